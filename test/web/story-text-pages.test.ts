// Issue 19: a story page shows each article's text in pages (`?page=N`), the report's sections on every page,
// and every highlight still at its exact span: offsets and anchor ids are those of the whole text, and a section's
// link to a span on another page goes to that page.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApp, type StoryListItem } from '../../src/api/index.js'
import { ingestDocuments } from '../../src/corpus/index.js'
import type { CoverageReport } from '../../src/model/index.js'
import { openSeedStore, SEED_DIR, SEEDS, type SeedStore } from '../api/seed-store.js'
import { syntheticArticle } from '../store/synthetic-corpus.js'

let seeds: SeedStore
let app: ReturnType<typeof createApp>
let storyId: string
let report: CoverageReport
let long: CoverageReport['articles'][number]

beforeAll(async () => {
  seeds = await openSeedStore('parallax-text-pages-')
  app = createApp({ store: seeds.store })
  storyId = ((await (await app.request('/api/stories')).json()) as { stories: StoryListItem[] }).stories[0]?.id ?? ''
  // A third, long article: ~9,000 characters of other paragraphs, then the first seed's own text, so its facts and
  // quotes shared with the seed pair fall on its second text page (3 articles: 6,666 characters of each a page).
  const seed = readFileSync(join(SEED_DIR, SEEDS[0].file), 'utf8')
  const [, ...body] = seed.split('\n\n')
  const filler = Array.from({ length: 9 }, (_, i) => syntheticArticle(7, i).split('\n\n')[1]).join('\n\n')
  const content = `Minsk talks: the long version\n\n${filler}\n\n${body.join('\n\n')}`
  await ingestDocuments(seeds.store, [{ source: 'long.txt', format: 'text', content, outlet: 'Long Read' }])
  const other = (await seeds.store.listStories()).filter((s) => s.storyId !== storyId)
  await seeds.store.write((tx) => tx.moveArticles(other.flatMap((s) => s.members.map((m) => ({ articleId: m.articleId, storyId })))))
  report = (await (await app.request(`/api/stories/${storyId}`)).json()) as CoverageReport
  long = report.articles.find((a) => a.outlet === 'Long Read')!
}, 120_000)
afterAll(async () => seeds.close())

async function page(path: string) {
  const res = await app.request(path)
  return { res, document: parseHTML(await res.text()).document }
}

/** The offset in `Article.text` of every anchor in an article's text element, walking its text from data-start. */
function anchorOffsets(text: Element): Map<string, number> {
  const offsets = new Map<string, number>()
  let at = Number(text.getAttribute('data-start') ?? 0)
  for (const node of text.childNodes) {
    if (node.nodeType === 1 && (node as Element).classList.contains('anchor')) offsets.set((node as Element).id, at)
    else at += node.textContent?.length ?? 0
  }
  return offsets
}

describe('a story page with its texts in pages', () => {
  test('the long text is cut into pages that show it whole and in order, the short ones end on page 1', async () => {
    expect(long.text.length).toBeGreaterThan(7000)
    const first = await page(`/stories/${storyId}`)
    expect(first.res.status).toBe(200)
    expect(first.document.querySelector('.text-pager')?.textContent).toMatch(/^Text page 1 of 2 \(6,666 characters of each article a page\)/)
    let shown = ''
    for (const n of [1, 2]) {
      const { res, document } = await page(n === 1 ? `/stories/${storyId}` : `/stories/${storyId}?page=${n}`)
      expect(res.status).toBe(200)
      // Every page carries the report's sections.
      for (const id of ['brief', 'facts', 'quotes', 'framing']) expect(document.getElementById(id), id).not.toBeNull()
      const column = [...document.querySelectorAll('article.article')].find((a) => a.querySelector('h3')?.textContent?.includes('Long Read'))!
      const text = column.querySelector('.text')!
      const [start, end] = [Number(text.getAttribute('data-start')), Number(text.getAttribute('data-end'))]
      expect(start).toBe(shown.length)
      expect(text.textContent).toBe(long.text.slice(start, end))
      shown += text.textContent
      expect(column.querySelector('.text-place')?.textContent).toBe(`Characters ${(start + 1).toLocaleString('en-US')}–${end.toLocaleString('en-US')} of ${long.text.length.toLocaleString('en-US')}: page ${n} of 2.`)
      expect(column.querySelector('.more a')?.getAttribute('href') ?? null).toBe(n === 1 ? `/stories/${storyId}?page=2#${column.id}` : null)
      // The seed pair's texts are whole on page 1, and said to have ended on page 2.
      const seedTexts = [...document.querySelectorAll('article.article')].filter((a) => a !== column).map((a) => a.querySelector('.text-place')?.textContent ?? a.querySelector('.text')?.textContent)
      expect(seedTexts).toEqual(n === 1 ? report.articles.filter((a) => a !== long).map((a) => a.text) : ['The whole text is on page 1.', 'The whole text is on page 1.'])
    }
    expect(shown).toBe(long.text)
  })

  test('every fact span of the long text has its anchor at its exact offset, on the page that shows it; links from any page reach it', async () => {
    const pages = await Promise.all([1, 2].map((n) => page(n === 1 ? `/stories/${storyId}` : `/stories/${storyId}?page=${n}`)))
    const longText = (n: number) => [...pages[n - 1]!.document.querySelectorAll('article.article')].find((a) => a.querySelector('h3')?.textContent?.includes('Long Read'))!.querySelector('.text')!
    const anchors = [anchorOffsets(longText(1)), anchorOffsets(longText(2))]
    const spans = report.facts.flatMap((f) => f.spans.filter((s) => s.articleId === long.id))
    expect(spans.length).toBeGreaterThan(0)
    const onPage2 = spans.filter((s) => s.start >= Number(longText(2).getAttribute('data-start')))
    expect(onPage2.length).toBeGreaterThan(0)
    for (const span of spans) {
      const n = onPage2.includes(span) ? 2 : 1
      expect([...anchors[n - 1]!.values()], `${span.text} on page ${n}`).toContain(span.start)
    }
    // Section links: "#sN" to an anchor on the same page, the other page's URL otherwise; ids agree across pages.
    const across = pages.map(({ document }) => [...document.querySelectorAll('a.cite')].filter((a) => (a.getAttribute('href') ?? '').startsWith('/stories/')).length)
    expect(across.every((n) => n > 0), `links to the other page: ${across.join(', ')}`).toBe(true)
    for (const [i, { document }] of pages.entries()) {
      const links = [...document.querySelectorAll('#facts a.cite, #quotes a.cite, #brief a.cite, #differences a.cite, #framing a.cite')].map((a) => a.getAttribute('href') ?? '')
      expect(links.length).toBeGreaterThan(0)
      for (const href of links) {
        const [path, id] = href.split('#') as [string, string]
        const target = path === '' ? i + 1 : path === `/stories/${storyId}` ? 1 : Number(/\?page=(\d+)$/.exec(path)?.[1])
        expect(target, href).not.toBe(path === '' ? 0 : i + 1)
        expect(pages[target - 1]!.document.getElementById(id), `${href} from page ${i + 1}`).not.toBeNull()
      }
    }
  })

  test('highlights name their notes by number, each note listed once per page', async () => {
    const { document } = await page(`/stories/${storyId}?page=2`)
    expect(document.querySelectorAll('#articles .text [data-note]')).toHaveLength(0)
    const runs = [...document.querySelectorAll('#articles .text [data-notes]')]
    expect(runs.length).toBeGreaterThan(0)
    const notes = [...document.querySelectorAll('ol#notes[hidden] > li')].map((li) => li.textContent)
    expect(new Set(notes).size).toBe(notes.length)
    for (const run of runs) for (const n of run.getAttribute('data-notes')!.split(' ')) expect(document.getElementById(`note-${n}`), n).not.toBeNull()
    expect(notes.some((n) => n?.startsWith('Fact, reported by'))).toBe(true)
  })

  test('each page has its own ETag and 304; a page past the last or not a number is a 404', async () => {
    const one = await app.request(`/stories/${storyId}`)
    const two = await app.request(`/stories/${storyId}?page=2`)
    const [tagOne, tagTwo] = [one.headers.get('etag') ?? '', two.headers.get('etag') ?? '']
    expect(tagTwo).not.toBe(tagOne)
    expect((await app.request(`/stories/${storyId}?page=2`, { headers: { 'if-none-match': tagTwo } })).status).toBe(304)
    expect((await app.request(`/stories/${storyId}?page=2`, { headers: { 'if-none-match': tagOne } })).status).toBe(200)
    for (const bad of ['3', '0', 'abc', '-1']) expect((await app.request(`/stories/${storyId}?page=${bad}`)).status, bad).toBe(404)
  })
})
