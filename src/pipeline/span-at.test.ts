import { expect, test } from 'vitest'
import { indexAt } from './span-at.js'

test('indexAt finds the span holding an offset, and -1 in gaps and past either end', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 6, end: 9 },
    { start: 9, end: 20 },
  ]
  const scan = (offset: number): number => spans.findIndex((s) => s.start <= offset && offset < s.end)
  for (let offset = -2; offset <= 22; offset++) expect([offset, indexAt(spans, offset, (s) => s)]).toEqual([offset, scan(offset)])
  expect(indexAt(spans, 5, (s) => s)).toBe(-1)
  expect(indexAt(spans, 9, (s) => s)).toBe(2)
  expect(indexAt([], 3, (s: { start: number; end: number }) => s)).toBe(-1)
})
