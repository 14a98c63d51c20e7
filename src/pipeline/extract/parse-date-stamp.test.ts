import { expect, test } from 'vitest'
import { parseDateStamp } from './parse-date-stamp.js'

test.each([
  ['PUBLISHED: 10:48, Tue, Nov 19, 2019', '2019-11-19'],
  ['Updated 5:27 am CST, Wednesday, November 20, 2019', '2019-11-20'],
  ['6 December 2024', '2024-12-06'],
  ['Friday 6th Dec. 2024', '2024-12-06'],
  ['2024-12-06T10:00', '2024-12-06'],
  ['Sept 3, 2019', '2019-09-03'],
  ['Feb 30, 2019', undefined],
  ['11/18/19 11:04 PM EST', undefined],
  ['Updated Nov 19, 6:55 AM', undefined],
])('%s → %s', (text, date) => {
  expect(parseDateStamp(text)).toBe(date)
})
