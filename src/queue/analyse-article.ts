import { ANALYZER_VERSION, rawDocumentOf } from '../corpus/index.js'
import { analyzeArticle } from '../pipeline/index.js'
import type { StoredArticle } from '../store/index.js'
import type { AnalyseJob } from './job-data.js'
import type { QueueContext } from './queue-context.js'

/**
 * The analyse job: runs analyzeArticle on one stored article revision and caches the result under the key
 * `parallax show` reads, so reports of big stories open at once. Nothing to do when the result is cached or the
 * revision was superseded; an article moved since the job was queued is found in its new story.
 */
export async function analyseArticle(ctx: QueueContext, job: AnalyseJob): Promise<'analysed' | 'skipped' | 'cached'> {
  const key = { articleId: job.articleId, revision: job.revision, analyzer: ANALYZER_VERSION }
  if ((await ctx.store.getAnalysis(key)) !== null) return 'cached'
  const article = (await findInStory(ctx, job.storyId, job)) ?? (await findInStory(ctx, (await ctx.store.corpusOf([job.articleId]))[0]?.storyId, job))
  if (article === undefined) return 'skipped'
  const result = analyzeArticle(rawDocumentOf(article), { id: article.articleId, outlet: article.outlet })
  if ('kind' in result) return 'skipped'
  await ctx.store.putAnalysis(key, JSON.stringify(result))
  return 'analysed'
}

/** The job's article revision in the given story; the job names the story the article had when queued, and a settle, merge or split may have moved it since. */
async function findInStory(ctx: QueueContext, storyId: string | undefined, job: AnalyseJob): Promise<StoredArticle | undefined> {
  if (storyId === undefined) return undefined
  const story = await ctx.store.getStory(storyId)
  return story?.articles.find((a) => a.articleId === job.articleId && a.revision === job.revision)
}
