import type { OutletRegistry } from '../model/index.js'
import type { Store, StoryQuery } from '../store/index.js'
import { cachedBody, type CachedBody } from './cached-body.js'
import { summarizeStory, type StoryListItem } from './summarize-story.js'

/** Rendered lists kept (one per query and format): the pages and filters readers have open at once. */
const MAX_LISTS = 64
/** Summarised stories kept, by story version: several pages of the largest list (1,000 stories). */
const MAX_ITEMS = 20_000
/** Blindspots are looked for among this many newest stories of a window (the API's largest page). */
const BLINDSPOT_WINDOW = 1000

/**
 * The story list for the API and the web UI (issue 19). The store keeps each story's view up to date as writes
 * change it, so a list is one indexed read (Store.listStories); on top of that, a rendered list (JSON body or HTML
 * page) is kept per query until the store's story-list version moves, so a request that finds nothing changed
 * costs one read of that version. Each story's summary (outlet groups, blindspots: it depends on the registry) is
 * kept by story version, so a list after a write summarises only the stories that changed.
 */
export class StoryLists {
  readonly #store: Store
  readonly #registry: OutletRegistry | undefined
  readonly #items = new Map<string, StoryListItem>()
  readonly #rendered = new Map<string, { readonly version: number; readonly body: Promise<CachedBody> }>()

  constructor(store: Store, registry?: OutletRegistry) {
    this.#store = store
    this.#registry = registry
  }

  /** The store's story-list version now: a list rendered at this version is current. */
  version(): Promise<number> {
    return this.#store.storyListVersion()
  }

  /** The stories `query` lists, summarised for the list. */
  async items(query: StoryQuery): Promise<StoryListItem[]> {
    const stories = await this.#store.listStories(query)
    return stories.map((story) => {
      const key = `${story.storyId}@${story.version}`
      let item = this.#items.get(key)
      if (item === undefined) {
        item = summarizeStory(story, this.#registry)
        this.#items.set(key, item)
        if (this.#items.size > MAX_ITEMS) this.#items.delete(this.#items.keys().next().value as string)
      }
      return item
    })
  }

  /**
   * The stories `query` lists that are a blindspot under some group kind of the registry, at most `limit`, looked
   * for among the newest BLINDSPOT_WINDOW stories of the window (`GET /api/stories?blindspots=1` and `/?blindspots=1`).
   */
  async blindspotItems(query: Omit<StoryQuery, 'limit'>, limit: number): Promise<StoryListItem[]> {
    const items = await this.items({ ...query, limit: BLINDSPOT_WINDOW })
    return items.filter((s) => s.blindspots.length > 0).slice(0, limit)
  }

  /**
   * `render()`'s body, reused while the story-list version is still `version` (read before rendering, so a write
   * committed meanwhile makes the next request render again, never the reverse). `key` names query and format.
   */
  rendered(key: string, version: number, render: () => Promise<string>): Promise<CachedBody> {
    const cached = this.#rendered.get(key)
    if (cached !== undefined && cached.version === version) return cached.body
    const body = render().then(cachedBody)
    this.#rendered.delete(key)
    this.#rendered.set(key, { version, body })
    body.catch(() => {
      if (this.#rendered.get(key)?.body === body) this.#rendered.delete(key)
    })
    if (this.#rendered.size > MAX_LISTS) this.#rendered.delete(this.#rendered.keys().next().value as string)
    return body
  }
}
