import type { AnalyzedArticle, CoverageReport, OutletRegistry, RawDocument, Skipped } from '../model/index.js'
import { analyzeArticle, compareCoverage, type CompareOptions } from '../pipeline/index.js'
import { ApiError } from './errors.js'
import { estimateTextChars } from './estimate-text-chars.js'
import { MAX_COMPARE_CHARS } from './schemas.js'

/**
 * The coverage report of documents already read (pasted or fetched), stored nowhere: CPU-bound, so the server
 * runs it in a worker (ComparePool). Articles get ids a1, a2, … in input order (as `parallax compare`); inputs
 * that cannot be analysed are listed in `skipped`, never fatal. When no input could be analysed, returns only
 * the reasons. More than `maxChars` of article text is refused (too_large) before analysis when the raw
 * documents already hold more (estimateTextChars), else as soon as the analysed articles pass it.
 */
export function compareArticles(
  items: readonly (RawDocument | Skipped)[],
  maxChars: number = MAX_COMPARE_CHARS,
  compare: CompareOptions = {},
): { report: CoverageReport } | { skipped: Skipped[] } {
  const estimate = items.reduce((sum, item) => sum + ('kind' in item ? 0 : estimateTextChars(item.content, item.format)), 0)
  if (estimate > maxChars) throw tooLarge(estimate, maxChars, 'about ')
  const analyzed: AnalyzedArticle[] = []
  const skipped: Skipped[] = []
  let chars = 0
  for (const item of items) {
    if ('kind' in item) {
      skipped.push(item)
      continue
    }
    const result = analyzeSafely(item, `a${analyzed.length + skipped.length + 1}`, compare.outletRegistry)
    if ('kind' in result) {
      skipped.push(result)
      continue
    }
    analyzed.push(result)
    chars += result.article.text.length
    if (chars > maxChars) throw tooLarge(chars, maxChars, '')
  }
  if (analyzed.length === 0) return { skipped }
  const report = compareCoverage(analyzed, compare)
  return { report: { ...report, skipped: [...report.skipped, ...skipped.map(({ source, reason, message }) => ({ source, reason, message }))] } }
}

function tooLarge(chars: number, maxChars: number, about: string): ApiError {
  const count = (n: number): string => n.toLocaleString('en-US')
  return new ApiError('too_large', `the articles hold ${about}${count(chars)} characters of text; one comparison takes at most ${count(maxChars)} (parallax compare on the command line has no such limit)`)
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
