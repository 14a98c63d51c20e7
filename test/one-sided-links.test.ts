// An outlet that tells one action in several sentences: each may join the other outlet's sentence for it, when it
// names the same action and brings no figure of its own, or names the same person doing it; otherwise a sentence
// that adds its own figure keeps that detail its outlet's. Articles written for this test.
import { describe, expect, test } from 'vitest'
import type { CoverageReport } from '../src/model/index.js'
import { compareTexts } from './compare-texts.js'

function factOf(report: CoverageReport, words: RegExp): readonly string[] | undefined {
  return report.facts.find((f) => f.spans.some((s) => words.test(s.text)))?.articleIds
}

const A = [
  'Marta Kowalczyk, the sculptor whose bronze horses stand in the Riverton park, has died at the age of 85, her agent said.',
  'Her last work was unveiled in the town hall in the spring.',
].join('\n\n')

describe('one-sided links', () => {
  test('a sentence without figures joins the other outlet\'s statement that adds the age', () => {
    const B = [
      'Marta Kowalczyk, the sculptor of the Riverton horses, has died.',
      'Kowalczyk died late on Tuesday in a Riverton hospice, her agent said in a statement.',
      'Tributes came from the town council.',
    ].join('\n\n')
    const report = compareTexts(A, B)
    expect(factOf(report, /hospice/)).toEqual(['a1', 'a2'])
  })

  test('a sentence that adds its own figure does not join the other outlet\'s sentence without it', () => {
    const lighthouse = [
      'The old lighthouse on the northern cape, whose lamp guided ships into the bay, has closed, the harbour office said.',
      'Its last keeper left in the spring.',
    ].join('\n\n')
    const B = [
      'The old lighthouse on the northern cape has closed.',
      'The lighthouse closed after a storm, which damaged its lamp for 3 weeks, the harbour office said in a statement.',
      'Ships will be guided by a buoy.',
    ].join('\n\n')
    const report = compareTexts(lighthouse, B)
    expect(factOf(report, /storm/)).toEqual(['a2'])
  })

  test('a sentence that names the same person doing the same thing joins even with a figure of its own', () => {
    const B = [
      'Marta Kowalczyk, the sculptor of the Riverton horses, has died.',
      'Kowalczyk died in a Riverton hospice, where she had lived for 3 years, her agent said in a statement.',
      'Tributes came from the town council.',
    ].join('\n\n')
    const report = compareTexts(A.replace(' at the age of 85', ''), B)
    expect(factOf(report, /hospice/)).toEqual(['a1', 'a2'])
  })
})
