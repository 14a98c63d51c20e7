import { AppError, type AnalyzedArticle, type CoverageReport, type OutletRegistry, type RawDocument, type Skipped } from '../model/index.js'
import { analyzeArticle, compareCoverage } from '../pipeline/index.js'
import { outletDisplayName } from '../pipeline/outlets/index.js'
import type { Store, StoredArticle } from '../store/index.js'

/** Bump when analyzeArticle's output changes shape or quality: cached analyses of older versions are recomputed.
 *  @2: Article.titleSource. @3: a headline given with the input is passed back to analysis.
 *  @4: framing spans carry their voice and source, and are shown above per-source thresholds (issue 18).
 *  @5: lexicon span confidences are calibrated probabilities (issue 18). */
export const ANALYZER_VERSION = 'analyzeArticle@6'

/**
 * Analyses a story's articles (cached per revision in the store) and compares them. With the user's outlet
 * registry, outlets are shown by its display names and the report carries their groups: the registry is read at
 * report time, so an edit to it shows without re-ingesting.
 */
export async function storyReport(
  store: Store,
  storyId: string,
  options: { readonly outletRegistry?: OutletRegistry; readonly briefWords?: number } = {},
): Promise<CoverageReport> {
  const registry = options.outletRegistry
  const story = await store.getStory(storyId)
  if (story === null) throw new AppError('not_found', `no story "${storyId}" (see \`parallax stories\`)`)
  const analyzed: AnalyzedArticle[] = []
  const skipped: { source: string; reason: string; message: string }[] = []
  for (const article of story.articles) {
    const result = await analyseStored(store, article)
    if ('kind' in result) skipped.push({ source: result.source, reason: result.reason, message: result.message })
    else analyzed.push(withOutletOf(article, result, registry))
  }
  if (analyzed.length === 0) throw new AppError('invalid_input', `no article of story ${story.storyId} could be analysed`)
  const report = compareCoverage(analyzed, { ...(registry === undefined ? {} : { outletRegistry: registry }), ...(options.briefWords ? { briefWords: options.briefWords } : {}) })
  return { ...report, skipped: [...report.skipped, ...skipped] }
}

/**
 * A stored article revision's analysis, from the store's cache when this analyzer version already made it, else
 * made and cached: the report and the outlet profile read the same analysis, so they measure framing alike.
 */
export async function analyseStored(store: Store, article: StoredArticle): Promise<AnalyzedArticle | Skipped> {
  const key = { articleId: article.articleId, revision: article.revision, analyzer: ANALYZER_VERSION }
  const cached = await store.getAnalysis(key)
  if (cached !== null) return JSON.parse(cached) as AnalyzedArticle
  const result = analyzeArticle(rawDocumentOf(article), { id: article.articleId, outlet: article.outlet })
  if (!('kind' in result)) await store.putAnalysis(key, JSON.stringify(result))
  return result
}

/** The analysis with the stored article's outlet as the registry names it (the cached analysis keeps the stored name). */
function withOutletOf(stored: StoredArticle, analyzed: AnalyzedArticle, registry: OutletRegistry | undefined): AnalyzedArticle {
  if (registry === undefined) return analyzed
  const name = outletDisplayName(registry, stored.outlet, stored.url)
  return name === analyzed.article.outlet ? analyzed : { ...analyzed, article: { ...analyzed.article, outlet: name } }
}

/** A stored article revision as analysis reads it: its input as stored, with its outlet, URL and date. */
export function rawDocumentOf(a: StoredArticle): RawDocument {
  return {
    source: a.source,
    format: a.format,
    content: a.content,
    outlet: a.outlet,
    ...(a.url === null ? {} : { url: a.url }),
    ...(a.publishedAt === null ? {} : { publishedAt: a.publishedAt }),
    ...(isGivenHeadline(a) ? { title: a.title } : {}),
  }
}

/**
 * A real headline (it has a framing score) that the stored input does not itself carry was given with the input
 * (feed item, JSON Lines, API `title`): without it, analysis would cut a title from the first sentence and the
 * story would lose the headline. One found in the input is found there again, with its offsets.
 */
function isGivenHeadline(a: StoredArticle): boolean {
  return a.headlineScore !== null && a.title.trim() !== '' && !a.content.slice(0, HEAD_CHARS).includes(a.title.trim())
}

// Where a headline of the input itself sits: its first lines, or an HTML page's <head> and first heading.
const HEAD_CHARS = 20_000
