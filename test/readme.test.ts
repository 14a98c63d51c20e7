// The README as a new user reads it (issue 15). Problem 8: it had no worked example for a URL, a folder of HTML
// pages or a feed, and no picture; here every `$ npx parallax …` line of its worked examples is run on the shipped
// examples, and each output line it shows must be a line of what the command prints, in order ("…" stands for
// lines left out; an ingest rate "(N/s)" may differ). Problem 1: its first command named ../shared/seeds, which a
// clone does not have; here the Quick start reads only files the repository tracks (scripts/ci/readme-on-bare-clone.sh
// runs both commands in a bare clone).
import { execFile, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCli, ROOT, runCli } from './cli/built-cli.js'
import { startServer } from './ingest/test-server.js'

const README = readFileSync(join(ROOT, 'README.md'), 'utf8')
/** Where the README's examples say they were served from: `python3 -m http.server 8765` in examples/html. */
const README_HOST = '127.0.0.1:8765'

interface Example {
  readonly command: string
  readonly shown: readonly string[]
}
/** One code block's examples, run in order: `head -8 report.md` reads what the command above it wrote. */
type Block = readonly Example[]

const blocks = workedExamples(README)
const examples = blocks.flat()
const work = mkdtempSync(join(tmpdir(), 'parallax-readme-'))
let bin = ''
let server: Awaited<ReturnType<typeof startServer>> | undefined
beforeAll(async () => {
  bin = buildCli()
  // Relative paths as in the README; what the commands write (news.db, report.md) stays in the temp dir.
  symlinkSync(join(ROOT, 'examples'), join(work, 'examples'))
  const page = (name: string) => () => readFileSync(join(ROOT, 'examples', 'html', name))
  server = await startServer(
    Object.fromEntries(
      ['en.html', 'pl.html', 'ru.html', 'uk.html'].map((name) => [
        `/${name}`,
        (_request, response) => {
          const body = page(name)()
          response.writeHead(200, { 'content-type': 'text/html', 'content-length': body.byteLength }).end(body)
        },
      ]),
    ),
  )
}, 240_000)
afterAll(async () => {
  await server?.close()
  rmSync(work, { recursive: true, force: true })
})

describe('README worked examples', () => {
  test('there is one for a URL, a folder of HTML pages, an RSS feed and a WARC archive, and the docker compose mode', () => {
    const commands = examples.map((e) => e.command)
    expect(commands.some((c) => /^npx parallax compare https?:\/\//.test(c))).toBe(true)
    expect(commands.some((c) => /^npx parallax compare examples\/html\/(\s|$)/.test(c))).toBe(true)
    expect(commands.some((c) => /^npx parallax ingest examples\/feed\.xml\s/.test(c))).toBe(true)
    expect(commands.some((c) => /^npx parallax compare \S+\.warc\.gz(\s|$)/.test(c))).toBe(true)
    expect(README).toContain('docker compose up')
  })

  test('it shows the story page, and every picture it shows exists', () => {
    const pictures = [...README.matchAll(/!\[[^\]]+\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '')
    expect(pictures).toContain('docs/screenshots/story.png')
    expect(pictures.filter((path) => !existsSync(join(ROOT, path)))).toEqual([])
  })

  test.each(blocks.map((block) => [block[0]?.command, block] as const))('$ %s … prints what the README shows', async (_command, block) => {
    const port = (text: string) => text.replaceAll(README_HOST, server!.base.replace('http://', ''))
    for (const example of block) {
      const printed = (await run(port(example.command))).map(normalize)
      const shown = example.shown.filter((line) => line.trim() !== '' && line.trim() !== '…').map((line) => normalize(port(line)))
      expect(shown.length, example.command).toBeGreaterThan(0)
      expect(missing(shown, printed), example.command).toEqual([])
    }
    // Up to three CLI runs of four articles each, on a loaded 2-core machine.
  }, 120_000)
})

test('the Quick start compares files the repository ships, and the command works as written', () => {
  const block = /^## Quick start\n+```sh\n([\s\S]*?)^```/m.exec(README)?.[1] ?? ''
  const compare = block.split('\n').map((line) => /npx parallax (compare .*?)\s*(#|$)/.exec(line)?.[1]).find((c) => c !== undefined)
  expect(compare).toBeDefined()
  const inputs = (compare ?? '').split(/\s+/).slice(1).filter((arg) => !arg.startsWith('-'))
  const tracked = inputs.flatMap((pattern) => {
    // :(glob): "*" stops at "/", as the shell's does.
    const listed = spawnSync('git', ['ls-files', '--', `:(glob)${pattern}`], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\n').filter(Boolean)
    expect(listed, `${pattern} names no file the repository tracks`).not.toEqual([])
    return listed
  })
  const result = runCli(bin, ['compare', ...tracked])
  expect(result.code).toBe(0)
  expect(result.stdout).toMatch(/^PARALLAX {2}2 articles · /)
}, 60_000)

/** The `$ …` lines of the Worked examples section's code blocks, each with the output lines under it, per block. */
function workedExamples(readme: string): Block[] {
  const found: { command: string; shown: string[] }[][] = []
  let heading = ''
  let inBlock = false
  let current: { command: string; shown: string[] } | undefined
  for (const line of readme.split('\n')) {
    if (line.startsWith('```')) {
      inBlock = !inBlock
      current = undefined
      if (inBlock && heading === 'Worked examples') found.push([])
    } else if (!inBlock) {
      // "## Articles" inside a block is a report's output, not a heading.
      if (line.startsWith('## ')) heading = line.slice(3)
    } else if (heading === 'Worked examples') {
      if (line.startsWith('$ ')) found.at(-1)?.push((current = { command: line.slice(2), shown: [] }))
      else current?.shown.push(line)
    }
  }
  return found.filter((block) => block.length > 0)
}

/**
 * Runs a README command line (`npx parallax …`, `head -N FILE`, joined by `&&`) in the temp dir: stderr, then
 * stdout, per command. Not spawnSync: the example pages are served from this process.
 */
async function run(line: string): Promise<string[]> {
  const lines: string[] = []
  for (const command of line.split(' && ')) {
    const [program, ...args] = command.trim().split(/\s+/)
    if (program === 'npx' && args[0] === 'parallax') {
      const env = { ...process.env, NO_COLOR: '1', PARALLAX_DEBUG: '', PARALLAX_OUTLETS: '', XDG_CONFIG_HOME: work, HOME: work }
      const result = await promisify(execFile)(process.execPath, [bin, ...args.slice(1)], { cwd: work, env, maxBuffer: 64 * 1024 * 1024 }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? 1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
      )
      lines.push(...result.stderr.split('\n'), ...result.stdout.split('\n'))
      if (result.code !== 0) break
    } else if (program === 'head' && /^-\d+$/.test(args[0] ?? '') && args.length === 2) {
      lines.push(...readFileSync(join(work, args[1] ?? ''), 'utf8').split('\n').slice(0, Number(args[0]?.slice(1))))
    } else {
      throw new Error(`readme test: cannot run "${command}" (only npx parallax and head -N FILE)`)
    }
  }
  return lines
}

/** Trailing space dropped; an ingest rate ("(4/s)") depends on the machine. */
function normalize(line: string): string {
  return line.trimEnd().replace(/\(\d+\/s\)$/, '(N/s)')
}

/** The shown lines that are not, in order, lines of the printed output. */
function missing(shown: readonly string[], printed: readonly string[]): string[] {
  const left: string[] = []
  let at = 0
  for (const line of shown) {
    const found = printed.indexOf(line, at)
    if (found === -1) left.push(line)
    else at = found + 1
  }
  return left
}
