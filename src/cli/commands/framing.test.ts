import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { main } from '../main.js'
import type { FramingResult } from './framing.js'

const seeds = new URL('../../../examples/', import.meta.url)
const loaded = fileURLToPath(new URL('000_ab4b00356de3292d.txt', seeds))
const neutral = fileURLToPath(new URL('002_5f50d3ae80105f63.txt', seeds))

function capture(): { out: () => string; err: () => string } {
  let out = ''
  let err = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true))
  return { out: () => out, err: () => err }
}

afterEach(() => {
  vi.restoreAllMocks()
  process.exitCode = undefined
})

describe('parallax framing', () => {
  test('--json gives source, score and spans whose offsets index the cleaned article text', async () => {
    const io = capture()
    expect(await main(['framing', '--json', loaded, neutral])).toBe(0)
    const results = JSON.parse(io.out()) as FramingResult[]
    expect(results.map((r) => r.source)).toEqual([loaded, neutral])
    const [first, second] = results
    expect(first!.spans.map((s) => s.text)).toContain('illegitimate president of the Russian Federation')
    expect(Object.keys(first!.spans[0]!).sort()).toEqual(['confidence', 'end', 'explanation', 'source', 'start', 'technique', 'text', 'voice'])
    // About a dozen labels in ~480 words at calibrated confidences near 0.5 (lexicon-calibration.ts).
    expect(first!.score).toBeGreaterThan(0.8)
    expect(second!.score).toBeLessThan(0.3)
  })

  test('--json rates each sentence for bias; the loaded article has a larger share of biased sentences', async () => {
    const io = capture()
    expect(await main(['framing', '--json', loaded, neutral])).toBe(0)
    const results = JSON.parse(io.out()) as FramingResult[]
    const shares = results.map((r) => r.sentences.filter((s) => s.isBiased).length / r.sentences.length)
    for (const result of results) {
      expect(result.sentences.length).toBeGreaterThan(10)
      for (const s of result.sentences) {
        expect(Object.keys(s).sort()).toEqual(['end', 'isBiased', 'probability', 'start', 'text'])
        expect(s.end).toBeGreaterThan(s.start)
        // probability is rounded to two decimals; the verdict is the classifier's threshold (0.5) on the raw value.
        expect(s.isBiased ? s.probability >= 0.5 : s.probability <= 0.5).toBe(true)
      }
    }
    expect(shares[0]).toBeGreaterThan(shares[1]! + 0.1)
    // The sentences cover the article in order, and their texts are the article's own words at those offsets.
    const { sentences } = results[0]!
    expect(sentences.every((s, i) => i === 0 || s.start >= sentences[i - 1]!.end)).toBe(true)
    expect(sentences.map((s) => s.text).join(' ')).toContain('Lukashenko')
  })

  test('the text output says how many sentences read as taking a side, and lists them', async () => {
    const io = capture()
    expect(await main(['framing', loaded])).toBe(0)
    expect(io.out()).toMatch(/; \d+ of \d+ sentences read as taking a side\n/)
    expect(io.out()).toMatch(/\n {2}\d+-\d+ biased sentence p=0\.\d\d {2}\S/)
  })

  test('a missing file is reported and the batch goes on; nothing readable is a usage error', async () => {
    const io = capture()
    expect(await main(['framing', '--json', '/nonexistent/a.txt', neutral])).toBe(0)
    expect(io.err()).toContain('skipped /nonexistent/a.txt (unreadable)')
    expect((JSON.parse(io.out()) as FramingResult[]).map((r) => r.source)).toEqual([neutral])
    expect(await main(['framing', '/nonexistent/a.txt'])).toBe(2)
    expect(io.err()).toContain('nothing could be analysed')
  })
})
