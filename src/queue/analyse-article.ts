import { ANALYZER_VERSION, rawDocumentOf } from '../corpus/index.js'
import { analyzeArticle } from '../pipeline/index.js'
import type { AnalyseJob } from './job-data.js'
import type { QueueContext } from './queue-context.js'

/**
 * The analyse job: runs analyzeArticle on one stored article revision and caches the result under the key
 * `parallax show` reads, so reports of big stories open at once. Nothing to do when the result is cached, the
 * revision was superseded, or the article moved (then `show` analyses it on demand).
 */
export async function analyseArticle(ctx: QueueContext, job: AnalyseJob): Promise<'analysed' | 'skipped' | 'cached'> {
  const key = { articleId: job.articleId, revision: job.revision, analyzer: ANALYZER_VERSION }
  if ((await ctx.store.getAnalysis(key)) !== null) return 'cached'
  const story = await ctx.store.getStory(job.storyId)
  const article = story?.articles.find((a) => a.articleId === job.articleId && a.revision === job.revision)
  if (article === undefined) return 'skipped'
  const result = analyzeArticle(rawDocumentOf(article), { id: article.articleId, outlet: article.outlet })
  if ('kind' in result) return 'skipped'
  await ctx.store.putAnalysis(key, JSON.stringify(result))
  return 'analysed'
}
