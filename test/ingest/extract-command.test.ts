import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import type { ExtractLine } from '../../src/cli/commands/extract.js'
import { main } from '../../src/cli/main.js'
import { prepareDocument } from '../../src/corpus/index.js'
import { analyzeArticle } from '../../src/pipeline/index.js'

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

// Datelines at the top of a plain text, as compare (analyzeArticle) and ingest (prepareDocument) read them.
const DATELINED: readonly { name: string; content: string; title: string; publishedAt: string; dateline: string }[] = [
  {
    name: 'above.txt',
    content: 'Friday, June 7, 2013\n\nHollywood mermaid Esther Williams dies\n\nEsther Williams, the swimming champion who became a film star, has died. She was 91.\n\nShe died in her sleep at her home in Beverly Hills, her publicist said.\n',
    title: 'Hollywood mermaid Esther Williams dies',
    publishedAt: '2013-06-07',
    dateline: 'Friday, June 7, 2013',
  },
  {
    name: 'under.txt',
    content: 'Лукашенко попросил у Путина «Орешник»\nОпубликовано: 06.12.2024\n\nПрезидент Беларуси Александр Лукашенко попросил президента России разместить в стране ракетный комплекс.\n\nОб этом он заявил на встрече в Минске.\n',
    title: 'Лукашенко попросил у Путина «Орешник»',
    publishedAt: '2024-12-06',
    dateline: 'Опубликовано: 06.12.2024',
  },
  {
    name: 'polish.txt',
    content: '6 grudnia 2024, 14:30\nNowy most na Wiśle otwarty\n\nW piątek otwarto nowy most na Wiśle. Prezydent miasta przeciął wstęgę.\n\nWieczorem odbył się festyn dla mieszkańców.\n',
    title: 'Nowy most na Wiśle otwarty',
    publishedAt: '2024-12-06',
    dateline: '6 grudnia 2024',
  },
]

test('extract reads the datelines at the top of a plain text as compare and ingest do: not the title, not body, the date', async () => {
  for (const example of DATELINED) {
    const file = join(dir, example.name)
    await writeFile(file, example.content)
    const { code, stdout } = await run(['extract', '--jsonl', file])
    expect(code, example.name).toBe(0)
    const line = JSON.parse(stdout) as ExtractLine
    expect(line.title, example.name).toBe(example.title)
    expect(line.publishedAt, example.name).toBe(example.publishedAt)
    expect(line.text, example.name).not.toContain(example.dateline)
    // The rest of the text is kept as it was, the headline line included (a text passes through extract).
    const [head = '', ...paragraphs] = example.content.split('\n\n')
    const headline = head.split('\n').filter((l) => !l.includes(example.dateline))
    expect(line.text, example.name).toBe([...headline, ...paragraphs].join('\n\n'))

    const document = { source: file, format: 'text' as const, content: example.content }
    const analyzed = analyzeArticle(document)
    const prepared = prepareDocument(document)
    if ('kind' in analyzed || 'kind' in prepared) throw new Error(`${example.name}: skipped`)
    expect([analyzed.article.title, analyzed.article.publishedAt], `${example.name}: compare`).toEqual([line.title, line.publishedAt])
    expect([prepared.title, prepared.publishedAt], `${example.name}: ingest`).toEqual([line.title, line.publishedAt])
    expect(analyzed.article.removed.filter((r) => r.reason === 'dateline').map((r) => r.text)).toEqual([example.content.split('\n').find((l) => l.includes(example.dateline))])

    const plain = await run(['extract', file])
    expect(plain.stdout.startsWith(`# ${example.title}\n${file} · ${example.publishedAt} · `), example.name).toBe(true)
    expect(plain.stdout).not.toContain(example.dateline)
  }
})

test('extract keeps a text without a dateline as it was: its first line the title, its content the text', async () => {
  const file = join(dir, 'plain.txt')
  const content = 'Big title\n\nThe body of the story, which goes on for a while.\n'
  await writeFile(file, content)
  const line = JSON.parse((await run(['extract', '--jsonl', file])).stdout) as ExtractLine
  expect(line).toMatchObject({ title: 'Big title', text: content })
  expect(line.publishedAt).toBeUndefined()
  // A given date beats the dateline's, as in compare; the dateline is still no body.
  const jsonl = join(dir, 'given.jsonl')
  await writeFile(jsonl, `${JSON.stringify({ text: DATELINED[0]!.content, publishedAt: '2013-06-08' })}\n`)
  const given = JSON.parse((await run(['extract', '--jsonl', jsonl])).stdout) as ExtractLine
  expect(given).toMatchObject({ title: DATELINED[0]!.title, publishedAt: '2013-06-08' })
  expect(given.text.startsWith(DATELINED[0]!.title)).toBe(true)
})
