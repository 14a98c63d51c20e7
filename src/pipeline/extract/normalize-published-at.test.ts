import { expect, test } from 'vitest'
import { normalizePublishedAt } from './normalize-published-at.js'

test.each([
  // Zone given: kept as stated, offsets written ±HH:MM, UTC names as Z.
  ['2024-12-06T14:05:00+00:00', '2024-12-06T14:05:00+00:00'],
  ['2024-12-06T14:05:00Z', '2024-12-06T14:05:00Z'],
  ['2024-12-06T14:05:00.123Z', '2024-12-06T14:05:00Z'],
  ['2024-12-06T14:05:00+0000', '2024-12-06T14:05:00+00:00'],
  ['2024-12-06T16:05:00+0200', '2024-12-06T16:05:00+02:00'],
  ['2024-12-06T09:05-05', '2024-12-06T09:05:00-05:00'],
  ['Fri, 06 Dec 2024 14:05:00 +0000', '2024-12-06T14:05:00+00:00'],
  ['Fri, 06 Dec 2024 14:05:00 GMT', '2024-12-06T14:05:00Z'],
  ['Fri, 6 Dec 2024 09:05:00 EST', '2024-12-06T09:05:00-05:00'],
  ['Dec 6, 2024 2:05 PM UTC', '2024-12-06T14:05:00Z'],
  ['6 December 2024 14:05 GMT+1', '2024-12-06T14:05:00+01:00'],
  ['1733493900', '2024-12-06T14:05:00Z'],
  // Time without zone: local time as written, no zone invented.
  ['2024-12-06 14:05', '2024-12-06T14:05:00'],
  ['2024-12-06T14:05:30', '2024-12-06T14:05:30'],
  ['Friday, December 6, 2024 at 2:05 pm', '2024-12-06T14:05:00'],
  // Date alone stays a date.
  ['2024-12-06', '2024-12-06'],
  ['  6 December 2024 ', '2024-12-06'],
  ['December 6th, 2024', '2024-12-06'],
  ['Published 6 Dec 2024, updated 7 Dec', '2024-12-06'],
])('%j → %s', (input, expected) => {
  expect(normalizePublishedAt(input)).toBe(expected)
  // Idempotent: what it returns it accepts unchanged.
  expect(normalizePublishedAt(expected)).toBe(expected)
})

test.each(['', 'yesterday', '11/12/19', '2024-13-01', '2024-02-30T10:00:00Z', '2024-12-06T25:00:00Z', '2024-12-06T10:00:00+1500', 'Dec 6, 2024 13:05 PM'])(
  '%j is not a date',
  (input) => {
    expect(normalizePublishedAt(input)).toBeUndefined()
  },
)
