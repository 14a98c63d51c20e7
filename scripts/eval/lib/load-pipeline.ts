import type { AnalyzedArticle, CoverageReport, RawDocument, Skipped } from '../../../src/model/index.js'

/** `options` as `analyzeArticle` takes them: the id (a1, a2, … as the CLI numbers inputs) and the `--outlet` name. */
export type AnalyzeArticle = (raw: RawDocument, options?: { readonly id?: string; readonly outlet?: string }) => AnalyzedArticle | Skipped
export type CompareCoverage = (analyzed: readonly AnalyzedArticle[]) => CoverageReport

export interface Pipeline {
  readonly analyzeArticle: AnalyzeArticle
  /** The cross-article stage, when the pipeline exports it (entity merging is scored through it). */
  readonly compareCoverage?: CompareCoverage
}

/**
 * Loads the pipeline from src/pipeline at run time, so the harness still runs (baselines only) while the
 * pipeline is missing or fails to load. Returns its entry points, or the reason it is unavailable.
 */
export async function loadPipeline(): Promise<Pipeline | { unavailable: string }> {
  // A variable specifier keeps the type checker from requiring the module to exist.
  const specifier = '../../../src/pipeline/index.js'
  try {
    const mod: unknown = await import(specifier)
    const exported = (name: string): unknown => (typeof mod === 'object' && mod !== null && name in mod ? (mod as Record<string, unknown>)[name] : undefined)
    const analyze = exported('analyzeArticle')
    const compare = exported('compareCoverage')
    if (typeof analyze !== 'function') return { unavailable: 'src/pipeline/index.ts does not export analyzeArticle' }
    return {
      analyzeArticle: analyze as AnalyzeArticle,
      ...(typeof compare === 'function' ? { compareCoverage: compare as CompareCoverage } : {}),
    }
  } catch (error) {
    return { unavailable: `src/pipeline could not be loaded: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }
  }
}

/** True for the `Skipped` outcome of `analyzeArticle`. */
export function isSkipped(result: AnalyzedArticle | Skipped): result is Skipped {
  return 'kind' in result && result.kind === 'skipped'
}
