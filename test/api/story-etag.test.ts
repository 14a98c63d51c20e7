import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApp, type StoryListItem } from '../../src/api/index.js'
import { ingestDocuments } from '../../src/corpus/index.js'
import { openSeedStore, type SeedStore } from './seed-store.js'

/**
 * Issue 19: a story's report is computed when the story changes and served from the store with an ETag; the list
 * too. Unchanged → 304 to a client that has it; changed (another article merged in) → a new ETag and a new body.
 */
const FLOODS = `Floods hit Valencia

Torrential rain flooded Valencia in Spain; more than 200 people died. Rescue teams searched Paiporta and Catarroja for survivors as the regional government faced criticism over late alerts.`

let seeds: SeedStore
let app: ReturnType<typeof createApp>
let storyId: string

beforeAll(async () => {
  seeds = await openSeedStore('parallax-etag-')
  app = createApp({ store: seeds.store })
  storyId = ((await (await app.request('/api/stories')).json()) as { stories: StoryListItem[] }).stories[0]?.id ?? ''
}, 60_000)
afterAll(async () => seeds.close())

const get = (path: string, etag?: string) => app.request(path, etag === undefined ? {} : { headers: { 'if-none-match': etag } })

describe('ETag and 304 on stored views', () => {
  test('report, page and list answer 304 while the story is unchanged, and a new ETag and body once it changes', async () => {
    const json = await get(`/api/stories/${storyId}`)
    expect(json.status).toBe(200)
    const jsonTag = json.headers.get('etag') ?? ''
    expect(jsonTag).toMatch(/^"[0-9a-f]+"$/)
    expect(json.headers.get('cache-control')).toBe('private, no-cache')
    const report = (await json.json()) as { articles: unknown[] }
    expect(report.articles).toHaveLength(2)
    const page = await get(`/stories/${storyId}`)
    const pageTag = page.headers.get('etag') ?? ''
    expect(page.status).toBe(200)
    expect(pageTag).not.toBe(jsonTag)
    const pageHtml = await page.text()
    const list = await get('/api/stories')
    const listTag = list.headers.get('etag') ?? ''
    expect(listTag).not.toBe('')

    for (const [path, tag] of [[`/api/stories/${storyId}`, jsonTag], [`/stories/${storyId}`, pageTag], ['/api/stories', listTag]] as const) {
      const again = await get(path, tag)
      expect(again.status, path).toBe(304)
      expect(await again.text()).toBe('')
      expect(again.headers.get('etag')).toBe(tag)
      // A list of tags, or the weak form of the same tag, matches too.
      expect((await get(path, `"other", W/${tag}`)).status).toBe(304)
    }
    // A unique prefix of the id names the same report.
    expect((await get(`/api/stories/${storyId.slice(0, 6)}`, jsonTag)).status).toBe(304)

    // Change the story: a third article (another event) ingested, then merged in as `parallax stories merge` does.
    await ingestDocuments(seeds.store, [{ source: 'floods.txt', format: 'text', content: FLOODS, outlet: 'Valencia Post' }])
    const other = (await seeds.store.listStories()).find((s) => s.storyId !== storyId)
    if (other === undefined) throw new Error('test: the third article joined the seed story')
    await seeds.store.write((tx) => tx.moveArticles(other.members.map((m) => ({ articleId: m.articleId, storyId }))))

    const changed = await get(`/api/stories/${storyId}`, jsonTag)
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(jsonTag)
    expect(((await changed.json()) as { articles: unknown[] }).articles).toHaveLength(3)
    const changedPage = await get(`/stories/${storyId}`, pageTag)
    expect(changedPage.status).toBe(200)
    expect(changedPage.headers.get('etag')).not.toBe(pageTag)
    expect(await changedPage.text()).not.toBe(pageHtml)
    const changedList = await get('/api/stories', listTag)
    expect(changedList.status).toBe(200)
    expect(((await changedList.json()) as { stories: StoryListItem[] }).stories[0]?.articleCount).toBe(3)
  }, 60_000)

  test('the report is served from the store: a new server (a restart) does not analyse the story again', async () => {
    const head = await get(`/api/stories/${storyId}`)
    const tag = head.headers.get('etag') ?? ''
    const stored = await seeds.store.getStoryVersion(storyId)
    expect(stored).not.toBeNull()
    // Mark the stored report: a server that analysed the story again would not serve the mark.
    const key = await keyOfStoredReport()
    await seeds.store.putStoryReport(storyId, key, '{"marked":true}')
    const restarted = createApp({ store: seeds.store })
    const res = await restarted.request(`/api/stories/${storyId}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBe(tag)
    expect(await res.json()).toEqual({ marked: true })
  })
})

/** The key the first server stored its report under (one row per story). */
async function keyOfStoredReport(): Promise<string> {
  const Database = (await import('better-sqlite3')).default
  const db = new Database(seeds.dbPath, { readonly: true })
  try {
    return (db.prepare('SELECT key FROM story_reports WHERE story_id = ?').get(storyId) as { key: string }).key
  } finally {
    db.close()
  }
}
