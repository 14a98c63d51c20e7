import fc from 'fast-check'
import { expect, test } from 'vitest'
import type { Block } from './collect-blocks.js'
import { filterBlocks } from './filter-blocks.js'

const block = (text: string, linkChars = 0): Block => ({ text, linkChars, tag: 'p', isHeading: false })
const context = { title: 'Storm closes coastal road', byline: 'Tom Reed', urls: ['https://news.example/storm'] }

test.each([
  ['Storm closes coastal road', false],
  ['By Tom Reed', false],
  ['May 2, 2024 by Tom Reed', false],
  ['Tom Reed | Nov 19, 2019 10:48', false],
  ['By Justine Coleman - 11/18/19 11:04 PM EST', false],
  ['PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019', false],
  ['Updated 5:27 am CST, Wednesday, November 20, 2019', false],
  ['https://news.example/storm', false],
  ['Advertisement', false],
  ['Iklan', false],
  ['Поділитися', false],
  ['Related: What we know about the Oreshnik missile', false],
  ['© 2019 Harbour Times Media. All rights reserved.', false],
  ['This document is subject to copyright. No part may be reproduced without the written permission.', false],
  ['This post may contain affiliate and/or referral links. Please see my disclosure page.', false],
  // kept: sentences that hold a date, start with "By", or are plain numbers
  ['On December 6, 2024, in Minsk, Lukashenko asked for the missiles.', true],
  ['By noon, the crowd had grown to several thousand people.', true],
  ['1 Kyle Busch 5040 5 1 17 27', true],
  ['The road was last closed in February 2019.', true],
])('%s → kept: %s', (text, kept) => {
  expect(filterBlocks([block(text)], context)).toHaveLength(kept ? 1 : 0)
})

test('a short block that is all link text is a teaser; a long paragraph with links is body', () => {
  const teaser = 'Harbour festival draws record crowds'
  const paragraph = `The council, which ${'met for the third time this month and heard from residents, '.repeat(4)}approved the plan.`
  expect(filterBlocks([block(teaser, teaser.length), block(paragraph, 40)], context).map((b) => b.text)).toEqual([paragraph])
})

test('date-stamp check stays linear on adversarial runs of date tokens (was a ReDoS)', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('1', ' ', '19', 'jan', 'am', ',', '2019', ':', '|'), { maxLength: 60 }), (parts) => {
      const text = `${parts.join('').slice(0, 85)}x`
      expect(filterBlocks([block(text)], context)).toHaveLength(1)
    }),
    { seed: 20241206, numRuns: 300 },
  )
})
