import { expect, test } from 'vitest'
import type { FramingSpan } from '../../model/index.js'
import { resolveOverlaps } from './resolve-overlaps.js'

function span(start: number, end: number, confidence: number): FramingSpan {
  return { start, end, text: '', technique: 'loaded-language', source: 'lexicon', voice: { kind: 'outlet' }, explanation: '', confidence }
}

test('the longer span wins, then the more confident, and kept spans never overlap', () => {
  const spans = [span(0, 4, 0.9), span(2, 12, 0.3), span(12, 15, 0.5), span(13, 15, 0.9), span(20, 22, 0.4), span(20, 22, 0.6)]
  expect(resolveOverlaps(spans).map((s) => [s.start, s.end, s.confidence])).toEqual([
    [2, 12, 0.3],
    [12, 15, 0.5],
    [20, 22, 0.6],
  ])
})

test('agrees with checking every kept span, on random spans', () => {
  let seed = 7
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  for (let round = 0; round < 50; round++) {
    const spans = Array.from({ length: 40 }, () => {
      const start = Math.floor(random() * 200)
      return span(start, start + 1 + Math.floor(random() * 15), Math.round(random() * 100) / 100)
    })
    const ranked = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start)
    const naive: FramingSpan[] = []
    for (const s of ranked) if (naive.every((o) => s.end <= o.start || s.start >= o.end)) naive.push(s)
    expect(resolveOverlaps(spans)).toEqual(naive.sort((a, b) => a.start - b.start))
  }
})
