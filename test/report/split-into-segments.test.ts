import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { splitIntoSegments } from '../../src/report/split-into-segments.js'

describe('splitIntoSegments', () => {
  test('nested and overlapping marks become flat runs', () => {
    const segments = splitIntoSegments(10, [
      { start: 0, end: 6, data: 'fact' },
      { start: 4, end: 8, data: 'frame' },
      { start: 2, end: 3, data: 'quote' },
    ])
    expect(segments.map((s) => [s.start, s.end, s.marks.join('+'), s.opening.join('+')])).toEqual([
      [0, 2, 'fact', 'fact'],
      [2, 3, 'fact+quote', 'quote'],
      [3, 4, 'fact', ''],
      [4, 6, 'fact+frame', 'frame'],
      [6, 8, 'frame', ''],
      [8, 10, '', ''],
    ])
  })

  test('marks outside the text are clamped; empty ones dropped', () => {
    const segments = splitIntoSegments(5, [
      { start: -3, end: 2, data: 'a' },
      { start: 4, end: 99, data: 'b' },
      { start: 3, end: 3, data: 'empty' },
      { start: 4, end: 1, data: 'reversed' },
    ])
    expect(segments.map((s) => [s.start, s.end, s.marks.join('+')])).toEqual([
      [0, 2, 'a'],
      [2, 4, ''],
      [4, 5, 'b'],
    ])
  })

  test('an empty text has no runs', () => {
    expect(splitIntoSegments(0, [{ start: 0, end: 3, data: 'x' }])).toEqual([])
  })

  test('runs tile the text, and each run carries exactly the marks covering each of its positions', () => {
    const mark = fc.record({ start: fc.integer({ min: -2, max: 22 }), end: fc.integer({ min: -2, max: 22 }), data: fc.nat(99) })
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(mark, { maxLength: 8 }), (length, marks) => {
        const segments = splitIntoSegments(length, marks)
        expect(segments[0]?.start).toBe(0)
        expect(segments.at(-1)?.end).toBe(length)
        for (let i = 1; i < segments.length; i++) expect(segments[i]?.start).toBe(segments[i - 1]?.end)
        for (const segment of segments) {
          for (let pos = segment.start; pos < segment.end; pos++) {
            // Obvious version: a mark covers a position when start <= pos < end.
            const covering = marks.filter((m) => m.start <= pos && pos < m.end).map((m) => m.data)
            expect(segment.marks).toEqual(covering)
          }
        }
      }),
      { seed: 7, numRuns: 300 },
    )
  })
})
