import type { ReadOptions } from '../ingest/index.js'
import type { AnalyzedArticle, CoverageReport, OutletRegistry, RawDocument, Skipped } from '../model/index.js'
import { analyzeArticle, compareCoverage, type CompareOptions } from '../pipeline/index.js'
import { ApiError } from './errors.js'
import { readArticleInputs } from './read-article-inputs.js'
import { MAX_COMPARE_CHARS, type ArticleInput } from './schemas.js'

/**
 * The coverage report of pasted or fetched articles, stored nowhere. Articles get ids a1, a2, … in input
 * order (as `parallax compare`); inputs that cannot be analysed are listed in `skipped`, never fatal.
 * When no input could be analysed, returns only the reasons.
 */
export async function compareArticles(
  inputs: readonly ArticleInput[],
  options: ReadOptions,
  maxChars: number = MAX_COMPARE_CHARS,
  compare: CompareOptions = {},
): Promise<{ report: CoverageReport } | { skipped: Skipped[] }> {
  const analyzed: AnalyzedArticle[] = []
  const skipped: Skipped[] = []
  for await (const item of readArticleInputs(inputs, options, (index) => `article ${index + 1}`)) {
    if ('kind' in item) {
      skipped.push(item)
      continue
    }
    const result = analyzeSafely(item, `a${analyzed.length + skipped.length + 1}`, compare.outletRegistry)
    if ('kind' in result) skipped.push(result)
    else analyzed.push(result)
  }
  if (analyzed.length === 0) return { skipped }
  const chars = analyzed.reduce((sum, a) => sum + a.article.text.length, 0)
  if (chars > maxChars) {
    const count = (n: number): string => n.toLocaleString('en-US')
    throw new ApiError('too_large', `the articles hold ${count(chars)} characters of text; one comparison takes at most ${count(maxChars)} (parallax compare on the command line has no such limit)`)
  }
  const report = compareCoverage(analyzed, compare)
  return { report: { ...report, skipped: [...report.skipped, ...skipped.map(({ source, reason, message }) => ({ source, reason, message }))] } }
}

/** A bug in one stage must not lose the batch: it becomes a skipped input. */
function analyzeSafely(raw: RawDocument, id: string, outletRegistry: OutletRegistry | undefined): AnalyzedArticle | Skipped {
  try {
    return analyzeArticle(raw, { id, ...(raw.outlet === undefined ? {} : { outlet: raw.outlet }), ...(outletRegistry === undefined ? {} : { outletRegistry }) })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { kind: 'skipped', source: raw.source, reason: 'parse-failed', message: `analysis failed: ${message}` }
  }
}
