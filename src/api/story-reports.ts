import { ANALYZER_VERSION, storyReport } from '../corpus/index.js'
import { AppError, type CoverageReport, type OutletRegistry } from '../model/index.js'
import type { Store } from '../store/index.js'

/**
 * 64 reports: a report of a 2-article story is ~100 KB of JSON, so the cache stays under ~10 MB for
 * typical stories while serving the stories a newsroom has open at once.
 */
const MAX_CACHED = 64

/**
 * Story reports, computed once per story content. Per-article analyses are cached in the store (as
 * `parallax show` does); the cross-article comparison is cached here in memory, keyed by the story's
 * article revisions, so a page under load costs one database read. Concurrent misses share one computation.
 */
export class StoryReports {
  readonly #store: Store
  readonly #cache = new Map<string, Promise<CoverageReport>>()
  readonly #outletRegistry: OutletRegistry | undefined

  /** `outletRegistry`: the user's outlet registry, read once when the server starts (see storyReport). */
  constructor(store: Store, outletRegistry?: OutletRegistry) {
    this.#store = store
    this.#outletRegistry = outletRegistry
  }

  /** The CoverageReport of `storyId` (or a unique prefix); AppError 'not_found' when there is no such story. */
  async get(storyId: string): Promise<{ storyId: string; title: string; report: CoverageReport }> {
    const story = await this.#store.getStory(storyId)
    if (story === null) throw new AppError('not_found', `no story "${storyId}"`)
    const key = [ANALYZER_VERSION, story.storyId, ...story.articles.map((a) => `${a.articleId}@${a.revision}`)].join('\n')
    let pending = this.#cache.get(key)
    if (pending === undefined) {
      pending = storyReport(this.#store, story.storyId, this.#outletRegistry === undefined ? {} : { outletRegistry: this.#outletRegistry })
      this.#cache.set(key, pending)
      // A failure is not cached: the next request tries again.
      pending.catch(() => this.#cache.delete(key))
      while (this.#cache.size > MAX_CACHED) {
        const oldest = this.#cache.keys().next().value
        if (oldest === undefined) break
        this.#cache.delete(oldest)
      }
    } else {
      // Map order is insertion order: re-inserting makes this the most recently used.
      this.#cache.delete(key)
      this.#cache.set(key, pending)
    }
    return { storyId: story.storyId, title: story.title, report: await pending }
  }
}
