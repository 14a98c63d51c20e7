import { expect, test } from 'vitest'
import { formatDateRange, formatPublishedAt } from '../../src/report/index.js'

test.each([
  ['2024-12-06', false, '6 Dec 2024'],
  ['2024-12-06T14:05:00+00:00', false, '6 Dec 2024, 14:05 UTC'],
  ['2024-12-06T14:05:00Z', false, '6 Dec 2024, 14:05 UTC'],
  ['2024-12-06T16:05:00+02:00', false, '6 Dec 2024, 16:05 UTC+02:00'],
  // A time the source gave without a zone is shown as written, with no zone claimed.
  ['2024-12-06T14:05:00', false, '6 Dec 2024, 14:05'],
  ['2026-01-02T10:00:00.000Z', false, '2 Jan 2026, 10:00 UTC'],
  ['2024-12-07T09:30:00Z', true, '≈ 7 Dec 2024 (estimated)'],
  ['2024-12-07', true, '≈ 7 Dec 2024 (estimated)'],
  [undefined, false, ''],
  ['sometime', false, 'sometime'],
])('formatPublishedAt(%j, estimated %s) → %j', (value, estimated, expected) => {
  expect(formatPublishedAt(value, estimated)).toBe(expected)
})

test('formatDateRange spans the days the dates fall on', () => {
  expect(formatDateRange(['2024-12-07T09:30:00Z', null, '2024-12-06'])).toBe('6 Dec 2024 – 7 Dec 2024')
  expect(formatDateRange(['2024-12-06T23:00:00-05:00', '2024-12-06'])).toBe('6 Dec 2024')
  expect(formatDateRange([null, undefined])).toBe('')
})
