import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { main } from '../../src/cli/main.js'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-extract-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true))
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true))
  process.exitCode = undefined
  try {
    const code = await main(args)
    return { code, stdout, stderr }
  } finally {
    out.mockRestore()
    err.mockRestore()
    process.exitCode = undefined
  }
}

const FIXTURE = join(import.meta.dirname, '../fixtures/articles/multi-container/source.html')

test('extract --jsonl prints one line per document and a summary of what was skipped', async () => {
  const binary = join(dir, 'image.html')
  await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
  const { code, stdout, stderr } = await run(['extract', '--jsonl', FIXTURE, binary, join(dir, 'missing.html')])
  expect(code).toBe(0)
  const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
  expect(lines).toEqual([
    {
      source: FIXTURE,
      outlet: 'Gazeta Przykładowa',
      title: 'Nowy most na Wiśle otwarty',
      byline: 'Adam Zygiel',
      publishedAt: '2024-12-06',
      language: 'pl',
      text: expect.stringMatching(/^W piątek otwarto nowy most[\s\S]*festyn dla mieszkańców\.$/),
    },
  ])
  expect(stderr).toContain(`skipped ${binary} (binary)`)
  expect(stderr).toContain('extracted 1 document; skipped 2 (1 binary, 1 unreadable)')
  expect(stderr).not.toMatch(/\n\s+at /) // no stack trace
})

test('extract exits 1 when nothing could be extracted, and --outlet names the document', async () => {
  const empty = join(dir, 'empty.html')
  await writeFile(empty, '')
  expect((await run(['extract', empty])).code).toBe(1)
  const { stdout } = await run(['extract', '--jsonl', '--outlet', 'My Outlet', FIXTURE])
  expect(JSON.parse(stdout)).toMatchObject({ outlet: 'My Outlet' })
})
