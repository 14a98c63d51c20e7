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

test('spansWithin and firstIndex: what lies inside a range of a list sorted by start', async () => {
  const { firstIndex, spansWithin } = await import('./span-at.js')
  expect(firstIndex(5, (k) => k * 10 >= 25)).toBe(3)
  expect(firstIndex(5, () => false)).toBe(5)
  expect(firstIndex(0, () => true)).toBe(0)
  const spans = [
    { start: 0, end: 2 },
    { start: 3, end: 5 },
    { start: 4, end: 9 },
    { start: 6, end: 7 },
  ]
  expect(spansWithin(spans, 3, 6)).toEqual([{ start: 3, end: 5 }])
  expect(spansWithin(spans, 1, 9)).toEqual(spans.slice(1))
  expect(spansWithin(spans, 9, 20)).toEqual([])
})
