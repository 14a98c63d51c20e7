import type { AnalyzedArticle, CoverageReport } from '../src/model/index.js'
import { analyzeArticle, compareCoverage } from '../src/pipeline/index.js'

/** A plain-text article analysed as `parallax compare` reads `<id>.txt` from outlet `outlet-<id>`; throws when skipped. */
export function analyzeText(content: string, id: string): AnalyzedArticle {
  const result = analyzeArticle({ source: `${id}.txt`, format: 'text', content }, { id, outlet: `outlet-${id}` })
  if ('kind' in result) throw new Error(result.message)
  return result
}

/** The report on plain texts, as articles a1, a2, … */
export function compareTexts(...texts: readonly string[]): CoverageReport {
  return compareCoverage(texts.map((text, i) => analyzeText(text, `a${i + 1}`)))
}
