import type { Article, CoverageReport, Span } from '../../../src/model/index.js'
import { inputSpansOf } from './compare-texts.js'
import type { LinkedSpans, PredictedCoverage } from './score-coverage.js'

/**
 * Reads a two-article report as the coverage of outlets A and B, in input offsets: a fact listing both articles
 * is shared, a fact listing one is single-source, a difference with status "conflict" that has a value in each
 * article is a number conflict (differences within one article are not A-vs-B conflicts).
 */
export function coverageFromReport(report: CoverageReport, a: Article, b: Article): PredictedCoverage {
  const shared: LinkedSpans[] = []
  const onlyA: Span[][] = []
  const onlyB: Span[][] = []
  for (const fact of report.facts) {
    const inA = fact.articleIds.includes(a.id)
    const inB = fact.articleIds.includes(b.id)
    if (inA && inB) shared.push({ a: inputSpansOf(fact.spans, a), b: inputSpansOf(fact.spans, b) })
    else if (inA) onlyA.push(inputSpansOf(fact.spans, a))
    else if (inB) onlyB.push(inputSpansOf(fact.spans, b))
  }
  const conflicts: LinkedSpans[] = []
  for (const difference of report.differences) {
    if (difference.status !== 'conflict') continue
    const spans = { a: inputSpansOf(difference.values, a), b: inputSpansOf(difference.values, b) }
    if (spans.a.length > 0 && spans.b.length > 0) conflicts.push(spans)
  }
  return { shared, onlyA, onlyB, conflicts }
}
