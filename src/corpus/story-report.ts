import { AppError, type AnalyzedArticle, type CoverageReport, type RawDocument } from '../model/index.js'
import { analyzeArticle, compareCoverage } from '../pipeline/index.js'
import type { Store, StoredArticle } from '../store/index.js'

/** Bump when analyzeArticle's output changes shape or quality: cached analyses of older versions are recomputed. */
export const ANALYZER_VERSION = 'analyzeArticle@1'

/** Analyses a story's articles (cached per revision in the store) and compares them. */
export async function storyReport(store: Store, storyId: string): Promise<CoverageReport> {
  const story = await store.getStory(storyId)
  if (story === null) throw new AppError('not_found', `no story "${storyId}" (see \`parallax stories\`)`)
  const analyzed: AnalyzedArticle[] = []
  const skipped: { source: string; reason: string; message: string }[] = []
  for (const article of story.articles) {
    const key = { articleId: article.articleId, revision: article.revision, analyzer: ANALYZER_VERSION }
    const cached = await store.getAnalysis(key)
    if (cached !== null) {
      analyzed.push(JSON.parse(cached) as AnalyzedArticle)
      continue
    }
    const result = analyzeArticle(rawDocumentOf(article), { id: article.articleId, outlet: article.outlet })
    if ('kind' in result) {
      skipped.push({ source: result.source, reason: result.reason, message: result.message })
      continue
    }
    await store.putAnalysis(key, JSON.stringify(result))
    analyzed.push(result)
  }
  if (analyzed.length === 0) throw new AppError('invalid_input', `no article of story ${story.storyId} could be analysed`)
  const report = compareCoverage(analyzed)
  return { ...report, skipped: [...report.skipped, ...skipped] }
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
  }
}
