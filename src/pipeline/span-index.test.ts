import { expect, test } from 'vitest'
import { spanIndex } from './span-index.js'

test('spanIndex answers as a scan of the list does: overlapping, touching, containing, within, in list order', () => {
  // Deterministic pseudo-random spans, nested and overlapping, some empty, in no particular order.
  let seed = 12345
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return seed % n
  }
  for (const count of [0, 1, 2, 7, 100, 333]) {
    const spans = Array.from({ length: count }, () => {
      const start = next(500)
      return { start, end: start + (next(4) === 0 ? next(200) : next(12)) }
    })
    const index = spanIndex(spans)
    const scan = (test: (s: { start: number; end: number }) => boolean) => spans.filter(test)
    for (let q = 0; q < 300; q++) {
      const start = next(520) - 10
      const end = start + next(60)
      expect(index.overlapping(start, end)).toEqual(scan((s) => s.start < end && start < s.end))
      expect(index.touching(start, end)).toEqual(scan((s) => s.start <= end && start <= s.end))
      expect(index.containing(start, end)).toEqual(scan((s) => s.start <= start && end <= s.end))
      expect(index.within(start, end)).toEqual(scan((s) => start <= s.start && s.end <= end))
    }
  }
})
