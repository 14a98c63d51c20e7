import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test, vi } from 'vitest'
import { main } from '../../src/cli/main.js'
import { EXAMPLES_DIR } from '../example-paths.js'

const dir = mkdtempSync(join(tmpdir(), 'parallax-profile-'))
const db = join(dir, 'corpus.db')
const seeds = EXAMPLES_DIR
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = ''
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk)
    return true
  })
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    const code = await main(args)
    return { code, out }
  } finally {
    write.mockRestore()
    err.mockRestore()
  }
}

test('profile: per-outlet framing over the stored seed pair, loaded outlet above the neutral one', async () => {
  const files = ['000_ab4b00356de3292d.txt', '002_5f50d3ae80105f63.txt'].map((f) => join(seeds, f))
  expect((await run(['ingest', '--quiet', '--db', db, ...files])).code).toBe(0)
  const { code, out } = await run(['profile', '--db', db, '--json'])
  expect(code).toBe(0)
  const profiles = JSON.parse(out) as { outlet: string; score: number; ratePer1000Words: number; techniques: { technique: string; topPhrases: { text: string }[] }[] }[]
  expect(profiles).toHaveLength(2)
  const [loaded, neutral] = [...profiles].sort((a, b) => b.score - a.score)
  expect(loaded!.ratePer1000Words).toBeGreaterThan(4 * neutral!.ratePer1000Words)
  expect(loaded!.score).toBeGreaterThan(4 * neutral!.score)
  // The profile's score is the report's measure: for a one-article outlet, that article's framing score.
  const report = await run(['compare', '--json', files[0]!, files[1]!])
  const framing = (JSON.parse(report.out) as { framing: { score: number }[] }).framing
  expect(loaded!.score).toBe(Math.max(...framing.map((f) => f.score)))
  // The text view ranks outlets by that score, the most framing first.
  const text = (await run(['profile', '--db', db])).out
  expect(text.indexOf(loaded!.outlet)).toBeLessThan(text.indexOf(neutral!.outlet))
  expect(text).toContain(`score ${loaded!.score.toFixed(2)}`)
  const labels = loaded!.techniques.find((t) => t.technique === 'name-calling')
  expect(labels?.topPhrases.map((p) => p.text)).toContain('belarusian dictator')
})

test('profile --outlets: outlets are profiled under the registry names, aliases merged', async () => {
  const registry = join(dir, 'outlets.yaml')
  writeFileSync(registry, 'outlets:\n  - name: One Outlet\n    aliases: ["000_ab4b00356de3292d", "002_5f50d3ae80105f63"]\n')
  const files = ['000_ab4b00356de3292d.txt', '002_5f50d3ae80105f63.txt'].map((f) => join(seeds, f))
  const merged = join(dir, 'merged.db')
  expect((await run(['ingest', '--quiet', '--db', merged, ...files])).code).toBe(0)
  const { code, out } = await run(['profile', '--db', merged, '--outlets', registry, '--json'])
  expect(code).toBe(0)
  expect((JSON.parse(out) as { outlet: string; articles: number }[]).map((p) => [p.outlet, p.articles])).toEqual([['One Outlet', 2]])
})

test('profile: a bad --period is a usage error', async () => {
  expect((await run(['profile', '--db', db, '--period', 'week'])).code).toBe(2)
})
