import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { bCubed } from '../../scripts/eval/lib/b-cubed.js'
import { matchOneToOne } from '../../scripts/eval/lib/match-one-to-one.js'
import { prf, PrfCounter } from '../../scripts/eval/lib/prf.js'

describe('prf', () => {
  test('3 right of 4 predicted and 6 gold', () => {
    const { precision, recall, f1 } = prf(3, 4, 6)
    expect(precision).toBe(0.75)
    expect(recall).toBe(0.5)
    expect(f1).toBeCloseTo(0.6, 10)
  })

  test('nothing predicted scores 0, not NaN', () => {
    expect(prf(0, 0, 5)).toEqual({ precision: 0, recall: 0, f1: 0 })
  })

  test('more true positives than predictions is a bug', () => {
    expect(() => prf(3, 2, 5)).toThrow(/prf:/u)
  })

  test('the counter micro-averages: sums the counts, not the rates', () => {
    const counter = new PrfCounter()
    counter.add(1, 1, 1) // a document scoring 1.0
    counter.add(0, 9, 9) // a document scoring 0.0
    expect(counter.result().precision).toBe(0.1)
  })
})

describe('matchOneToOne', () => {
  test('takes the best pairs first and uses each side once', () => {
    const pairs = matchOneToOne(
      [
        { pred: 0, gold: 0, score: 0.9 },
        { pred: 0, gold: 1, score: 0.6 },
        { pred: 1, gold: 1, score: 0.7 },
        { pred: 2, gold: 1, score: 0.8 },
      ],
      0.5,
    )
    expect(pairs.map((p) => [p.pred, p.gold])).toEqual([
      [0, 0],
      [2, 1],
    ])
  })

  test('drops candidates under the threshold', () => {
    expect(matchOneToOne([{ pred: 0, gold: 0, score: 0.49 }], 0.5)).toEqual([])
  })
})

describe('bCubed', () => {
  test('gold {a,b}{c}, predicted {a}{b,c} → P = R = 2/3', () => {
    const result = bCubed([
      { goldCluster: 'x', predCluster: '1' },
      { goldCluster: 'x', predCluster: '2' },
      { goldCluster: 'y', predCluster: '2' },
    ])
    expect(result.precision).toBeCloseTo(2 / 3, 10)
    expect(result.recall).toBeCloseTo(2 / 3, 10)
  })

  test('all in one predicted cluster: recall 1, precision = Σ|gold cluster|² / n²', () => {
    const result = bCubed([
      { goldCluster: 'x', predCluster: 'all' },
      { goldCluster: 'x', predCluster: 'all' },
      { goldCluster: 'y', predCluster: 'all' },
    ])
    expect(result.recall).toBe(1)
    expect(result.precision).toBeCloseTo(5 / 9, 10)
  })

  test('all singletons: precision 1, each item recalls 1/|its gold cluster|', () => {
    const result = bCubed([
      { goldCluster: 'x', predCluster: '1' },
      { goldCluster: 'x', predCluster: '2' },
      { goldCluster: 'y', predCluster: '3' },
    ])
    expect(result.precision).toBe(1)
    expect(result.recall).toBeCloseTo((0.5 + 0.5 + 1) / 3, 10)
  })
})

describe('properties (fast-check, fixed seed)', () => {
  const items = fc.array(fc.record({ goldCluster: fc.constantFrom('a', 'b', 'c', 'd'), predCluster: fc.constantFrom('1', '2', '3') }), { minLength: 1, maxLength: 30 })

  test('bCubed equals the O(n²) definition and stays in [0, 1]', () => {
    fc.assert(
      fc.property(items, (list) => {
        let precision = 0
        let recall = 0
        for (const item of list) {
          const samePred = list.filter((other) => other.predCluster === item.predCluster)
          const sameGold = list.filter((other) => other.goldCluster === item.goldCluster)
          const both = samePred.filter((other) => other.goldCluster === item.goldCluster)
          precision += both.length / samePred.length
          recall += both.length / sameGold.length
        }
        const result = bCubed(list)
        expect(result.precision).toBeCloseTo(precision / list.length, 10)
        expect(result.recall).toBeCloseTo(recall / list.length, 10)
        expect(result.f1).toBeGreaterThanOrEqual(0)
        expect(result.f1).toBeLessThanOrEqual(1)
      }),
      { seed: 42, numRuns: 200 },
    )
  })

  test('matchOneToOne uses each prediction and gold item at most once, never below the threshold', () => {
    const candidates = fc.array(
      fc.record({ pred: fc.nat({ max: 6 }), gold: fc.nat({ max: 6 }), score: fc.double({ min: 0, max: 1, noNaN: true }) }),
      { maxLength: 40 },
    )
    fc.assert(
      fc.property(candidates, (list) => {
        const pairs = matchOneToOne(list, 0.5)
        expect(new Set(pairs.map((p) => p.pred)).size).toBe(pairs.length)
        expect(new Set(pairs.map((p) => p.gold)).size).toBe(pairs.length)
        expect(pairs.every((p) => p.score >= 0.5)).toBe(true)
        // Maximal: every candidate left out above the threshold shares a side with a chosen pair.
        for (const c of list.filter((c) => c.score >= 0.5)) {
          expect(pairs.some((p) => p.pred === c.pred || p.gold === c.gold)).toBe(true)
        }
      }),
      { seed: 42, numRuns: 200 },
    )
  })
})
