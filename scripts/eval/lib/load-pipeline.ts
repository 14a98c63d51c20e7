import type { AnalyzedArticle, RawDocument, Skipped } from '../../../src/model/index.js'

export type AnalyzeArticle = (raw: RawDocument) => AnalyzedArticle | Skipped

/**
 * Loads `analyzeArticle` from src/pipeline at run time, so the harness still runs (baselines only) while
 * the pipeline is missing or fails to load. Returns the function, or the reason it is unavailable.
 */
export async function loadPipeline(): Promise<{ analyzeArticle: AnalyzeArticle } | { unavailable: string }> {
  // A variable specifier keeps the type checker from requiring the module to exist.
  const specifier = '../../../src/pipeline/index.js'
  try {
    const mod: unknown = await import(specifier)
    const analyze = typeof mod === 'object' && mod !== null && 'analyzeArticle' in mod ? mod.analyzeArticle : undefined
    if (typeof analyze !== 'function') return { unavailable: 'src/pipeline/index.ts does not export analyzeArticle' }
    return { analyzeArticle: analyze as AnalyzeArticle }
  } catch (error) {
    return { unavailable: `src/pipeline could not be loaded: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }
  }
}

/** True for the `Skipped` outcome of `analyzeArticle`. */
export function isSkipped(result: AnalyzedArticle | Skipped): result is Skipped {
  return 'kind' in result && result.kind === 'skipped'
}
