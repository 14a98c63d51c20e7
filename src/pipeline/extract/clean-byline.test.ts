import { expect, test } from 'vitest'
import { cleanByline } from './clean-byline.js'

test.each([
  ['by Ruth Akers', 'Ruth Akers'],
  ['Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read', 'Bryan DeArdo'],
  ['Madeline Fry | November 18, 2019 12:01 PM Print this article', 'Madeline Fry'],
  ['JERUSALEM POST STAFF NOVEMBER 20, 2019 10:43', 'JERUSALEM POST STAFF'],
  ['By Justine Coleman - 11/18/19 11:04 PM EST', 'Justine Coleman'],
  ['Amy Kuperinsky | NJ Advance Media for NJ.com', 'Amy Kuperinsky | NJ Advance Media for NJ.com'],
  ['Lia Eustachewich, Yaron Steinbuch', 'Lia Eustachewich, Yaron Steinbuch'],
  ['Sandee LaMotte, CNN', 'Sandee LaMotte, CNN'],
  ['Nov 18, 2019', undefined],
])('%s → %s', (raw, name) => {
  expect(cleanByline(raw)).toBe(name)
})
