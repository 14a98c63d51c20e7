import { expect, test } from 'vitest'
import { estimatePublishedAt, findDates, findNumbers, isConsistentNumber } from './index.js'

test.each([
  ['Putin promised to fulfill this request in 2025.', '2024-12-06', 'in 2025', '2025'],
  ['It will be possible in the second half of next year.', '2024-12-06', 'the second half of next year', '2025-H2'],
  ['The last time was on May 23, 2024.', undefined, 'May 23, 2024', '2024-05-23'],
  ['A meeting in Minsk on December 6 with a request', '2024-12-10', 'December 6', '2024-12-06'],
  ['the Union State for 2024-2026.', undefined, '2024-2026', '2024/2026'],
  ['expected in early 2026', undefined, 'early 2026', '2026-early'],
])('%s → %s', (text, reference, span, normalized) => {
  const [date] = findDates(text, reference)
  expect(date?.text).toBe(span)
  expect(date?.normalized).toBe(normalized)
})

test('year-less dates take the latest year the text names when estimating the publication date', () => {
  const text = 'On December 6, Putin arrived. The last time Putin flew to Belarus was on May 23, 2024.'
  expect(estimatePublishedAt(text)).toBe('2024-12-06')
  expect(estimatePublishedAt('No dates here at all.')).toBeUndefined()
})

test('numbers carry units and ranges; dates are not numbers', () => {
  const text = 'Troops are deployed 15 kilometres from the border; why spend billions of dollars? It rose 30 percent.'
  const found = findNumbers(text)
  expect(found.map((n) => [n.text, n.kind, n.unit])).toEqual([
    ['15 kilometres', 'quantity', 'kilometre'],
    ['billions of dollars', 'money', 'dollar'],
    ['30 percent', 'percent', '%'],
  ])
  const dated = 'On May 23, 2024, 12 people died.'
  expect(findNumbers(dated, findDates(dated)).map((n) => n.text)).toEqual(['12 people'])
})

test('consistency: overlapping ranges and rounding agree; different tolls conflict', () => {
  const [a] = findNumbers('1.2 million people')
  const [b] = findNumbers('1,190,000 people')
  const [c] = findNumbers('12 people')
  const [d] = findNumbers('15 people')
  expect(isConsistentNumber(a!, b!)).toBe(true)
  expect(isConsistentNumber(c!, d!)).toBe(false)
})

test('a number word with a scale word is one figure: "eight thousand rescuers" is 8,000 rescuers', () => {
  expect(findNumbers('more than eight thousand rescuers and three soldiers').map((n) => [n.text, n.low, n.unit])).toEqual([
    ['eight thousand rescuers', 8000, 'rescuer'],
    ['three soldiers', 3, 'soldier'],
  ])
})
