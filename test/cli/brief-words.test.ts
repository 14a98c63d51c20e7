// `--brief-words N` on compare: the brief stays about N words; a bad value is a usage error before anything is read.
import { afterEach, describe, expect, test, vi } from 'vitest'
import { main } from '../../src/cli/main.js'
import type { CoverageReport } from '../../src/model/index.js'
import { EXAMPLES_DIR, POLISH, UKRAINIAN } from '../example-paths.js'
import { join } from 'node:path'

const SEEDS = [join(EXAMPLES_DIR, UKRAINIAN), join(EXAMPLES_DIR, POLISH)]

async function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true))
  const code = await main(argv)
  vi.restoreAllMocks()
  return { code, stdout, stderr }
}

const words = (report: CoverageReport): number => report.brief.map((s) => s.text).join(' ').split(/\s+/).length

afterEach(() => {
  vi.restoreAllMocks()
  process.exitCode = undefined
})

describe('compare --brief-words', () => {
  test('a shorter brief with --brief-words 40 than by default (120), each within its length (+10 %)', async () => {
    const short = JSON.parse((await run(['compare', ...SEEDS, '--json', '--brief-words', '40'])).stdout) as CoverageReport
    const full = JSON.parse((await run(['compare', ...SEEDS, '--json'])).stdout) as CoverageReport
    expect(words(short)).toBeLessThanOrEqual(44)
    expect(words(short)).toBeGreaterThan(10)
    expect(words(full)).toBeLessThanOrEqual(132)
    expect(words(full)).toBeGreaterThan(words(short))
  }, 60_000)

  test('--brief-words many: exit 2 with one line naming the flag', async () => {
    const result = await run(['compare', ...SEEDS, '--brief-words', 'many'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--brief-words must be a whole number/)
  })
})
