// Two outlets' sentences with figures the other lacks are one fact when those figures are only readings of one
// value ("47 percent" / "46.7 percent"), and two facts when a figure was replaced ("killed 40" / "at least 43").
// Articles written for this test.
import { describe, expect, test } from 'vitest'
import type { CoverageReport } from '../src/model/index.js'
import { compareTexts } from './compare-texts.js'



function articlesOf(report: CoverageReport, words: RegExp): readonly string[] | undefined {
  return report.facts.find((f) => f.spans.some((s) => words.test(s.text)))?.articleIds
}

const TAIL = 'Turnout in the district was low.\n\nThe county will certify the result next week.'

describe('figures in aligned sentences', () => {
  test('figures that read one value in two ways do not keep the sentences apart', () => {
    const report = compareTexts(
      `Mayor Tom Ellis beat his rival Anna Berg 53 percent to 47 percent in the runoff for the Riverton council seat.\n\n${TAIL}`,
      `Tom Ellis won the runoff for the Riverton council seat with just over 53 percent, with Anna Berg taking 46.7 percent.\n\n${TAIL}`,
    )
    expect(articlesOf(report, /Ellis/)).toEqual(['a1', 'a2'])
  })

  test('a replaced figure keeps them apart', () => {
    const report = compareTexts(
      `The storm killed 40 people in the coastal villages of Riverton province, officials said on Monday.\n\n${TAIL}`,
      `The storm killed at least 43 people in the coastal villages of Riverton province, officials said on Monday.\n\n${TAIL}`,
    )
    expect(articlesOf(report, /storm killed 40/)).toEqual(['a1'])
  })
})
