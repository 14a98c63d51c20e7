// Two outlets' ledes on one story tell its main event in their own words, each with details of its own: they link
// at a lower similarity than other sentences, when each is the other's best match and both name the same action.
// Articles written for this test.
import { describe, expect, test } from 'vitest'
import type { CoverageReport } from '../src/model/index.js'
import { DEFAULT_FACT_OPTIONS } from '../src/pipeline/align/align-facts.js'
import { compareCoverage } from '../src/pipeline/index.js'
import { analyzeText } from './compare-texts.js'

const A = [
  'In a sharp setback for the fishermen of Lindau, a regional court on Monday dismissed their lawsuit against the harbour expansion, ruling that the complaint about noise, dredging and lost catches had been filed too late.',
  'Nobody from the harbour office commented.',
  'An appeal is possible within a month.',
].join('\n\n')
const rest = ['Construction could begin in the autumn.', 'The quay will double the port’s capacity.']
const B = ['The port authority won a three-year fight over the new container quay after the regional court dismissed the fishermen’s lawsuit, a decision that clears the way for cranes to arrive from Rotterdam before winter.', ...rest].join('\n\n')
// The same story, a lede that tells another action of it, sharing about as many words.
const C = ['Dozens of fishermen rallied outside the regional court on Monday with banners and flares, while their lawyers made a final plea to the judges about noise and lost catches.', ...rest].join('\n\n')

function ledeFact(report: CoverageReport): readonly string[] | undefined {
  return report.facts.find((f) => f.spans.some((s) => s.articleId === 'a1' && s.start === 0))?.articleIds
}

describe('lede links', () => {
  const analyzed = [A, B, C].map((text, i) => analyzeText(text, `a${i + 1}`))

  test('two ledes that name the same action are one fact, though each adds details of its own', () => {
    expect(ledeFact(compareCoverage(analyzed.slice(0, 2)))).toEqual(['a1', 'a2'])
    // Without the lede rule they stay apart: the link is the rule's, not the general threshold's.
    expect(ledeFact(compareCoverage(analyzed.slice(0, 2), { facts: { ...DEFAULT_FACT_OPTIONS, lede: 1 } }))).toEqual(['a1'])
  })

  test('a lede that tells another action of the story stays its outlet\'s', () => {
    expect(ledeFact(compareCoverage([analyzed[0]!, analyzed[2]!]))).toEqual(['a1'])
  })
})
