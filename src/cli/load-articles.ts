import type { AnalyzedArticle, OutletRegistry, RawDocument, Skipped } from '../model/index.js'
import { readInputs, type ReadOptions } from '../ingest/index.js'
import { analyzeArticle, DEFAULT_MAX_CHARS, type AnalyzeOptions } from '../pipeline/index.js'
import { outletsInOrder } from './outlets-in-order.js'

export interface LoadResult {
  readonly analyzed: AnalyzedArticle[]
  readonly skipped: Skipped[]
}

/**
 * Reads every input (files, directories, URLs, feeds, archives, stdin), analyses each article, and collects what
 * could not be analysed with the reason. Articles get ids a1, a2, … in input order; `outlets` are `--outlet` names in
 * order (see outletsInOrder).
 * With `outletRegistry`, an outlet the registry knows is named by its display name.
 */
export async function loadArticles(
  specs: readonly string[],
  options: ReadOptions & { readonly outlets?: readonly string[]; readonly outletRegistry?: OutletRegistry; readonly onProgress?: (line: string) => void },
): Promise<LoadResult> {
  const analyzed: AnalyzedArticle[] = []
  const skipped: Skipped[] = []
  let index = 0
  for await (const item of outletsInOrder(readInputs(specs, options), options.outlets ?? [], options.log)) {
    if ('kind' in item) {
      skipped.push(item)
      continue
    }
    index++
    // Raising --max-bytes asks for larger documents: their texts are analysed too, however long that takes.
    const result = analyzeSafely(item, { id: `a${index}`, ...(options.outletRegistry ? { outletRegistry: options.outletRegistry } : {}), ...(options.maxBytes ? { maxChars: Math.max(DEFAULT_MAX_CHARS, options.maxBytes) } : {}) })
    if ('kind' in result) skipped.push(result)
    else analyzed.push(result)
    options.onProgress?.(`analysed ${analyzed.length} article(s)`)
  }
  return { analyzed, skipped }
}

/** A bug in one stage must not lose the batch: report it as a skipped item and go on. */
function analyzeSafely(raw: RawDocument, options: AnalyzeOptions): AnalyzedArticle | Skipped {
  try {
    return analyzeArticle(raw, options)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { kind: 'skipped', source: raw.source, reason: 'parse-failed', message: `${raw.source}: analysis failed: ${message}` }
  }
}

/** Why a command had nothing to work on: inputs skipped, or inputs that held no document at all (an empty feed or WARC). */
export function nothingAnalysed(skipped: readonly Skipped[]): string {
  return skipped.length > 0 ? `nothing could be analysed (${skipped.length} input(s) skipped)` : 'nothing could be analysed: the inputs held no documents'
}

/** One line per skipped input, for stderr. */
export function describeSkipped(skipped: readonly Skipped[]): string {
  // Some messages already start with the source; the line names it once.
  return skipped.map((s) => `skipped ${s.source} (${s.reason}): ${s.message.startsWith(`${s.source}: `) ? s.message.slice(s.source.length + 2) : s.message}\n`).join('')
}
