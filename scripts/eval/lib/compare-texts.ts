import type { AnalyzedArticle, Article, ArticleSpan, CoverageReport, Span } from '../../../src/model/index.js'
import { isSkipped, loadPipeline, type AnalyzeArticle, type CompareCoverage } from './load-pipeline.js'
import { mapToInput } from './map-to-input.js'

/** The two entry points `compare` runs. */
export interface ComparePipeline {
  readonly analyzeArticle: AnalyzeArticle
  readonly compareCoverage: CompareCoverage
}

/** The two entry points `compare` needs from src/pipeline, or why they are not there. */
export async function loadComparePipeline(): Promise<ComparePipeline | { unavailable: string }> {
  const pipeline = await loadPipeline()
  if (!('analyzeArticle' in pipeline)) return pipeline
  const { analyzeArticle, compareCoverage } = pipeline
  return compareCoverage ? { analyzeArticle, compareCoverage } : { unavailable: 'src/pipeline/index.ts does not export compareCoverage' }
}

/** One `compare` run over plain texts: the report, and each input's article (undefined where it was skipped). */
export interface ComparedTexts {
  readonly report?: CoverageReport
  readonly articles: readonly (Article | undefined)[]
  /** Why inputs were skipped or the run failed ("skipped (not-an-article)", "error: …"), one entry per input or run. */
  readonly failures: readonly string[]
}

/**
 * Runs what `parallax compare outlet-a.txt outlet-b.txt … --outlet outlet-a --outlet outlet-b …` runs, in process:
 * each text is a plain-text input named by a neutral outlet, with ids a1, a2, … as the CLI gives them, then the
 * analysed ones are compared. A pipeline error is a failure of the run, never an exception.
 * Example: `compareTexts(p, ['A said x.', 'B said x.']).report?.facts`.
 */
export function compareTexts(pipeline: ComparePipeline, texts: readonly string[]): ComparedTexts {
  const articles: (Article | undefined)[] = []
  const analyzed: AnalyzedArticle[] = []
  const failures: string[] = []
  try {
    texts.forEach((content, index) => {
      const outlet = neutralOutlet(index)
      const result = pipeline.analyzeArticle({ source: `${outlet}.txt`, format: 'text', content }, { id: `a${index + 1}`, outlet })
      if (isSkipped(result)) {
        failures.push(`skipped (${result.reason})`)
        articles.push(undefined)
      } else {
        analyzed.push(result)
        articles.push(result.article)
      }
    })
    if (analyzed.length < 2) return { articles, failures }
    return { report: pipeline.compareCoverage(analyzed), articles, failures }
  } catch (error) {
    return { articles, failures: [...failures, `error: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`] }
  }
}

/** "outlet-a", "outlet-b", …: names that tell the pipeline nothing. */
export function neutralOutlet(index: number): string {
  return `outlet-${String.fromCharCode(97 + (index % 26))}${index >= 26 ? Math.floor(index / 26) : ''}`
}

/**
 * The passages of `spans` that belong to `article`, mapped from `Article.text` back to input offsets through its
 * source map (headline renderings through the title's place in the input). Example: a fact's spans in a1 and a2 →
 * a1's passages in a1's input.
 */
export function inputSpansOf(spans: readonly (ArticleSpan & { readonly field?: 'title' })[], article: Article | undefined): Span[] {
  if (!article) return []
  const title = article.titleSource
  return spans
    .filter((span) => span.articleId === article.id)
    .flatMap((span) => {
      // A headline rendering indexes the title, which is a line of the input when the cleaner took it from there.
      if (span.field !== 'title') return mapToInput(span, article.sourceMap)
      return title.kind === 'text' ? [{ start: title.start + span.start, end: title.start + span.end }] : []
    })
}

/** The input's character ranges kept in `Article.text` (the cleaner removed the rest: headlines, furniture). */
export function keptInput(article: Article | undefined): Span[] {
  return article ? article.sourceMap.map((run) => ({ start: run.inputStart, end: run.inputStart + run.length })) : []
}
