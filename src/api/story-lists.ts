import type { OutletRegistry } from '../model/index.js'
import type { Store, StoryCursor, StoryQuery } from '../store/index.js'
import { cachedBody, type CachedBody } from './cached-body.js'
import { summarizeStory, type StoryListItem } from './summarize-story.js'

/** Rendered lists kept (one per query and format): the pages and filters readers have open at once. */
const MAX_LISTS = 64
/** Summarised stories kept, by story version: several pages of the largest list (1,000 stories). */
const MAX_ITEMS = 20_000
/** Blindspots are looked for among this many newest stories of a window (the API's largest page). */
const BLINDSPOT_WINDOW = 1000

/** A page of the story list and where the next one starts (StoryQuery.after; null: this is the last page). */
export interface StoryPage {
  readonly items: readonly StoryListItem[]
  readonly next: StoryCursor | null
}

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
   * One page of the list: at most `limit` stories `window` lists after `window.after`, and the cursor of the next
   * page (null on the last). With `blindspots`, only the stories that are a blindspot under some group kind of
   * the registry, looked for among the next BLINDSPOT_WINDOW stories of the window (`GET /api/stories?blindspots=1`
   * and `/?blindspots=1`); the next page goes on from the last story looked at when none of these was cut.
   */
  async page(window: Omit<StoryQuery, 'limit'>, limit: number, blindspots = false): Promise<StoryPage> {
    if (!blindspots) {
      // One story more than the page tells whether there is a next page.
      const items = await this.items({ ...window, limit: limit + 1 })
      const shown = items.slice(0, limit)
      return { items: shown, next: items.length > limit ? cursorOf(shown) : null }
    }
    const scanned = await this.items({ ...window, limit: BLINDSPOT_WINDOW + 1 })
    const looked = scanned.slice(0, BLINDSPOT_WINDOW)
    const matching = looked.filter((s) => s.blindspots.length > 0)
    if (matching.length > limit) return { items: matching.slice(0, limit), next: cursorOf(matching.slice(0, limit)) }
    return { items: matching, next: scanned.length > BLINDSPOT_WINDOW ? cursorOf(looked) : null }
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

/** The cursor after the last of `items`. */
function cursorOf(items: readonly StoryListItem[]): StoryCursor | null {
  const last = items[items.length - 1]
  return last === undefined ? null : { lastSeen: last.lastSeen, storyId: last.id }
}
