import { createHash } from 'node:crypto'
import { ANALYZER_VERSION, storyReport } from '../corpus/index.js'
import { AppError, type CoverageReport, type OutletRegistry } from '../model/index.js'
import type { Store } from '../store/index.js'
import { cachedBody, type CachedBody } from './cached-body.js'

/**
 * 64 reports: a report of a 2-article story is ~100 KB of JSON, so the cache stays under ~10 MB for
 * typical stories while serving the stories a newsroom has open at once.
 */
const MAX_CACHED = 64

/** A story as it stands now: enough to answer If-None-Match without reading its articles. */
export interface StoryHead {
  readonly storyId: string
  /** Names the report's content: the story's stored version, the analyser version and the outlet registry. */
  readonly key: string
  /** Strong ETag of the JSON report (quoted). */
  readonly etag: string
}

/** A story's report and its JSON body (serialised and compressed once, ~90 KB for the seed pair). */
export interface StoredReport {
  readonly report: CoverageReport
  readonly json: CachedBody
}

/**
 * Story reports, computed once per story content and kept in the store (issue 19): a report is keyed by the
 * story's version (which changes whenever a write changes the story, see Store.getStoryVersion), so a request
 * costs one indexed read of that version, then the report from memory, else from the store, and only when the
 * story changed since its report was stored is it analysed again (per-article analyses are cached in the store
 * too, as `parallax show` does). Concurrent misses share one computation.
 */
export class StoryReports {
  readonly #store: Store
  readonly #cache = new Map<string, Promise<StoredReport>>()
  readonly #outletRegistry: OutletRegistry | undefined
  /** What else a report depends on: the analyser and the registry the server was started with. */
  readonly #settings: string

  /** `outletRegistry`: the user's outlet registry, read once when the server starts (see storyReport). */
  constructor(store: Store, outletRegistry?: OutletRegistry) {
    this.#store = store
    this.#outletRegistry = outletRegistry
    this.#settings = hash(`${ANALYZER_VERSION}\n${JSON.stringify(outletRegistry ?? null)}`)
  }

  /** The story `storyId` (or a unique prefix) names and its report's key; AppError 'not_found' when there is none. */
  async head(storyId: string): Promise<StoryHead> {
    const found = await this.#store.getStoryVersion(storyId)
    if (found === null) throw new AppError('not_found', `no story "${storyId}"`)
    const key = `${found.storyId}:${found.version}:${this.#settings}`
    return { storyId: found.storyId, key, etag: `"${hash(key)}"` }
  }

  /** The report of the story as `head` found it. */
  async get(head: StoryHead): Promise<StoredReport> {
    let pending = this.#cache.get(head.key)
    if (pending === undefined) {
      pending = this.#load(head)
      this.#cache.set(head.key, pending)
      // A failure is not cached: the next request tries again.
      pending.catch(() => this.#cache.delete(head.key))
      while (this.#cache.size > MAX_CACHED) {
        const oldest = this.#cache.keys().next().value
        if (oldest === undefined) break
        this.#cache.delete(oldest)
      }
    } else {
      // Map order is insertion order: re-inserting makes this the most recently used.
      this.#cache.delete(head.key)
      this.#cache.set(head.key, pending)
    }
    return pending
  }

  async #load(head: StoryHead): Promise<StoredReport> {
    const stored = await this.#store.getStoryReport(head.storyId, head.key)
    if (stored !== null) return { report: JSON.parse(stored) as CoverageReport, json: cachedBody(stored) }
    const report = await storyReport(this.#store, head.storyId, this.#outletRegistry === undefined ? {} : { outletRegistry: this.#outletRegistry })
    const json = JSON.stringify(report)
    // Best effort: a store busy with a writer skips it, and the report is computed again after a restart.
    await this.#store.putStoryReport(head.storyId, head.key, json).catch(() => {})
    return { report, json: cachedBody(json) }
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24)
}
