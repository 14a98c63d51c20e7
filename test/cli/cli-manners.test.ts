// How the command line behaves around the work itself: version, usage errors, a closed pipe, input that is not an
// article (issue 15, item 3), through the built CLI.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { EXAMPLES_DIR } from '../example-paths.js'
import { buildCli, ROOT, runCli, SEED_A, SEED_B } from './built-cli.js'
import { STACK_FRAME } from './report-checks.js'

let bin = ''
const dir = mkdtempSync(join(tmpdir(), 'parallax-manners-'))
beforeAll(() => {
  bin = buildCli()
}, 240_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the command line', () => {
  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    const result = runCli(bin, ['--version'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`${version}\n`)
  })

  test.each([
    [['compare', SEED_A, '--bogus'], "error: unknown option '--bogus' (see: parallax compare --help)\n"],
    [['stories', 'merge', '--bogus'], "error: unknown option '--bogus' (see: parallax stories merge --help)\n"],
    [['compare', SEED_A, '--max-bytes', 'lots'], "error: option '--max-bytes <n>' argument 'lots' is invalid. expected a whole number of bytes greater than 0, e.g. 50000000 (see: parallax compare --help)\n"],
  ])('a usage error is one line with where to look, not the whole help: %j', (args, expected) => {
    const result = runCli(bin, args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(expected)
  })

  test('a reader that closes the pipe early (| head) ends the command quietly, exit 0, no EPIPE trace', async () => {
    const inputs = ['000_ab4b00356de3292d.txt', '002_5f50d3ae80105f63.txt'].map((f) => join(EXAMPLES_DIR, f))
    const child = spawn(process.execPath, [bin, 'compare', ...inputs, '--json'], { cwd: ROOT, env: { ...process.env, PARALLAX_DEBUG: '' } })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Like `head -c 100`: read one chunk, then close our end while the CLI still has most of its 70 kB to write.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).not.toMatch(/EPIPE|Error:/)
    expect(stderr).not.toMatch(STACK_FRAME)
    expect(code).toBe(0)
  })

  // Problem 3 named these: `parallax stories | head` (also extract, framing, cluster, profile) died with an EPIPE
  // trace. The pipe is closed before the command writes, so any write it makes meets EPIPE.
  test.each([
    [['stories', '--db', 'DB']],
    [['stories', '--db', 'DB', '--json']],
    [['profile', '--db', 'DB']],
    [['extract', SEED_A, SEED_B, '--jsonl']],
    [['framing', SEED_A, SEED_B]],
    [['cluster', SEED_A, SEED_B, '--jsonl']],
  ])('%j into a closed pipe ends quietly, exit 0, no EPIPE trace', async (args) => {
    const db = join(dir, 'epipe.db')
    if (!existsSync(db)) expect(runCli(bin, ['ingest', SEED_A, SEED_B, '--db', db, '--quiet']).code).toBe(0)
    const child = spawn(process.execPath, [bin, ...args.map((a) => (a === 'DB' ? db : a))], { cwd: ROOT, env: { ...process.env, PARALLAX_DEBUG: '' } })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.destroy()
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).not.toMatch(/EPIPE|Error:/)
    expect(stderr).not.toMatch(STACK_FRAME)
    expect(code).toBe(0)
  })

  test('a password file or a log is refused as not an article, named with the reason; the rest goes on', () => {
    const passwd = join(dir, 'passwd')
    writeFileSync(passwd, 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n')
    const log = join(dir, 'dpkg.log')
    writeFileSync(log, Array.from({ length: 20 }, (_, i) => `2024-12-06 10:00:${String(i).padStart(2, '0')} status unpacked libc6:amd64 2.36-9`).join('\n'))
    const result = runCli(bin, ['compare', passwd, log, SEED_A, SEED_B, '--json'])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(`skipped ${passwd} (not-an-article): the text is mostly data, not sentences`)
    expect(result.stderr).toContain(`skipped ${log} (not-an-article)`)
    const report = JSON.parse(result.stdout) as { articles: { source: string }[] }
    expect(report.articles.map((a) => a.source)).toEqual([SEED_A, SEED_B])
  })
})
