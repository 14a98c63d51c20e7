import fc from 'fast-check'
import { expect, test } from 'vitest'
import { DocumentFrequencies } from './document-frequencies.js'

test('counts exactly while terms are few, and never under-counts when counters collide (seed 5)', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 300 }), (terms) => {
      // 2⁶ counters per row: collisions are certain, so the property is tested where it matters.
      const tiny = new DocumentFrequencies(6)
      const big = new DocumentFrequencies()
      const reference = new Map<string, number>()
      for (const t of terms) {
        tiny.add(t)
        big.add(t)
        reference.set(t, (reference.get(t) ?? 0) + 1)
      }
      for (const [t, n] of reference) {
        expect(tiny.get(t)).toBeGreaterThanOrEqual(n)
        expect(big.get(t)).toBe(n)
      }
      expect(big.get('never-added')).toBe(0)
    }),
    { seed: 5, numRuns: 30 },
  )
})
