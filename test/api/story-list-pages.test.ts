// Issue 19: the story list in pages. GET /api/stories answers 20 stories by default with a `next` link (a keyset
// cursor), the web list 50 with "Older stories"; following them visits every story once, newest first.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApp, type StoryListItem } from '../../src/api/index.js'
import { openSqliteStore, type NewArticle, type Store } from '../../src/store/index.js'

const STORIES = 120
let dir: string
let store: Store
let app: ReturnType<typeof createApp>

interface ListJson {
  stories: StoryListItem[]
  next: string | null
}

/** Story i has i % 3 + 1 articles; stories 40 and 41 share their last-seen instant (the id breaks the tie). */
function articlesOf(i: number): NewArticle[] {
  const storyId = `s${String(i).padStart(4, '0')}`
  const hour = i === 41 ? 40 : i
  return Array.from({ length: (i % 3) + 1 }, (_, k) => {
    const id = `a${i}-${k}`
    return {
      articleId: id,
      storyId,
      duplicateGroup: id,
      wire: null,
      signature: new Uint32Array([1, 2, 3, 4]),
      terms: [['w:story', 1]],
      publishedAt: new Date(Date.UTC(2024, 0, 1, hour, k)).toISOString(),
      language: 'en',
      sourceInfo: { location: `https://example.com/${id}`, source: `https://example.com/${id}`, url: `https://example.com/${id}`, outlet: `Outlet ${k}` },
      contentHash: `hash-${id}`,
      format: 'text',
      content: `Story ${i} article ${k}\n\nBody of ${i % 2 === 0 ? 'even' : 'odd'} story ${i}.`,
      text: `Body of ${i % 2 === 0 ? 'even' : 'odd'} story ${i}.`,
      title: `Story ${i} article ${k}`,
      searchText: `story ${i} article ${k} body of ${i % 2 === 0 ? 'even' : 'odd'} story`,
    }
  })
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-list-pages-'))
  store = await openSqliteStore(join(dir, 'parallax.db'))
  await store.write(async (tx) => {
    for (let i = 0; i < STORIES; i++) for (const a of articlesOf(i)) await tx.insertArticle(a)
  })
  app = createApp({ store })
})
afterAll(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

async function follow(first: string): Promise<{ pages: string[][]; links: string[] }> {
  const pages: string[][] = []
  const links: string[] = []
  let path: string | null = first
  while (path !== null) {
    const res = await app.request(path)
    expect(res.status, path).toBe(200)
    const body = (await res.json()) as ListJson
    pages.push(body.stories.map((s) => s.id))
    if (body.next !== null) links.push(body.next)
    path = body.next
  }
  return { pages, links }
}

describe('GET /api/stories in pages', () => {
  test('20 stories by default; following `next` lists every story once, newest first, and the last page has next: null', async () => {
    const newestFirst = (await store.listStories({ limit: 1000 })).map((s) => s.storyId)
    expect(newestFirst).toHaveLength(STORIES)
    const { pages } = await follow('/api/stories')
    expect(pages.map((p) => p.length)).toEqual([20, 20, 20, 20, 20, 20])
    expect(pages.flat()).toEqual(newestFirst)
  })

  test('`next` keeps the query and the limit, and a page boundary between two stories seen at once loses neither', async () => {
    const { pages, links } = await follow('/api/stories?q=odd&limit=7')
    expect(links[0]).toMatch(/^\/api\/stories\?q=odd&limit=7&after=[A-Za-z0-9_-]+$/)
    const odd = (await store.listStories({ limit: 1000, query: 'odd' })).map((s) => s.storyId)
    expect(pages.flat()).toEqual(odd)
    expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true)
    // Every page size, so that some boundary falls between s0041 and s0040 (the same last-seen instant).
    for (const limit of [1, 2, 3]) expect(new Set((await follow(`/api/stories?limit=${limit}`)).pages.flat()).size).toBe(STORIES)
  })

  test('each page has its own ETag; a cursor that is not one is a 400', async () => {
    const first = await app.request('/api/stories')
    const { next } = (await first.json()) as ListJson
    const second = await app.request(next ?? '')
    expect(second.headers.get('etag')).not.toBe(first.headers.get('etag'))
    for (const bad of ['nonsense', 'WyJ4Il0', 'a'.repeat(500)]) {
      const res = await app.request(`/api/stories?after=${bad}`)
      expect(res.status, bad).toBe(400)
      const body = (await res.json()) as { error: { code: string; issues: { path: string }[] } }
      expect(body.error.issues.map((i) => i.path)).toContain('query.after')
    }
  })
})

describe('the web list in pages', () => {
  const page = async (path: string) => {
    const res = await app.request(path)
    return { status: res.status, document: parseHTML(await res.text()).document }
  }

  test('50 stories a page; "Older stories" goes on to the last page, which links back to the newest', async () => {
    const seen: string[] = []
    let path: string | null = '/'
    let pages = 0
    while (path !== null) {
      const { status, document } = await page(path)
      expect(status, path).toBe(200)
      pages++
      seen.push(...[...document.querySelectorAll('li.story h2 a')].map((a) => (a.getAttribute('href') ?? '').replace('/stories/', '')))
      if (pages > 1) expect(document.querySelector('main > p.muted')?.textContent).toMatch(/^\d+ older stories, newest first; back to the newest\./)
      path = document.querySelector('a[rel="next"]')?.getAttribute('href') ?? null
    }
    expect(pages).toBe(3)
    expect(seen).toEqual((await store.listStories({ limit: 1000 })).map((s) => s.storyId))
  })

  test('the filters carry over to the next page; a bad cursor is a 400 page', async () => {
    const { document } = await page('/?q=even')
    expect(document.querySelectorAll('li.story')).toHaveLength(50)
    expect(document.querySelector('a[rel="next"]')?.getAttribute('href')).toMatch(/^\/\?q=even&after=/)
    expect((await page('/?after=nonsense')).status).toBe(400)
  })
})
