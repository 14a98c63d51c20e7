import { describe, expect, test } from 'vitest'
import { addOverlap, emptyOverlapCounts, mergeOverlapping, overlapScore } from '../../scripts/eval/framing-metrics.js'

describe('SemEval-2020 Task 11 partial-overlap score', () => {
  test('half of a predicted span inside a gold span of twice its length: P 0.5, R 0.25', () => {
    const counts = emptyOverlapCounts()
    addOverlap(counts, [{ start: 10, end: 20 }], [{ start: 15, end: 35 }])
    expect(overlapScore(counts)).toEqual({ precision: 0.5, recall: 0.25, f1: (2 * 0.5 * 0.25) / 0.75 })
  })

  test('overlapping spans on one side are merged first, so a double prediction is not counted twice', () => {
    expect(mergeOverlapping([{ start: 5, end: 9 }, { start: 0, end: 6 }, { start: 9, end: 12 }])).toEqual([
      { start: 0, end: 9 },
      { start: 9, end: 12 },
    ])
    const counts = emptyOverlapCounts()
    addOverlap(counts, [{ start: 0, end: 10 }, { start: 0, end: 10 }], [{ start: 0, end: 10 }])
    expect(overlapScore(counts)).toEqual({ precision: 1, recall: 1, f1: 1 })
  })

  test('micro-average over documents; no prediction gives zeros, not NaN', () => {
    const counts = emptyOverlapCounts()
    addOverlap(counts, [{ start: 0, end: 4 }], [{ start: 0, end: 4 }])
    addOverlap(counts, [], [{ start: 0, end: 4 }])
    expect(overlapScore(counts)).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 })
    expect(overlapScore(emptyOverlapCounts())).toEqual({ precision: 0, recall: 0, f1: 0 })
  })
})
