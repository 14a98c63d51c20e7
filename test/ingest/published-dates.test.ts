import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApp } from '../../src/api/index.js'
import { prepareDocument } from '../../src/corpus/index.js'
import { readInputs } from '../../src/ingest/index.js'
import type { CoverageReport, RawDocument } from '../../src/model/index.js'
import { analyzeArticle } from '../../src/pipeline/index.js'
import { openSqliteStore } from '../../src/store/index.js'

// Every way a publication date reaches an article (page metadata, feed, JSON Lines, API) ends up as the same
// ISO 8601 form, through normalizePublishedAt: the zone as stated, no zone invented, a bare date kept a date. The
// store keeps a zoned time as its UTC instant (it orders and filters stories by the string).
const PROSE =
  'Officials in Minsk said on Friday that the talks would continue next week, after the two leaders met for several hours. ' +
  'The ministers agreed to publish a joint statement once the remaining questions about the border had been settled.'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-dates-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function readAll(spec: string): Promise<RawDocument[]> {
  const out: RawDocument[] = []
  for await (const item of readInputs([spec], {})) if (!('kind' in item)) out.push(item)
  return out
}

/** The publication date as both the one-off comparison (analyzeArticle) and the store (prepareDocument) record it. */
function datesOf(raw: RawDocument): [string | undefined, string | null | undefined] {
  const analyzed = analyzeArticle(raw)
  const prepared = prepareDocument(raw)
  return ['kind' in analyzed ? undefined : analyzed.article.publishedAt, 'kind' in prepared ? undefined : prepared.publishedAt]
}

const page = (head: string): string => `<html><head><title>Talks</title>${head}</head><body><article><h1>Talks</h1><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`

describe('publication dates from every source are normalized alike', () => {
  test.each([
    ['JSON-LD, RFC 2822', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks","datePublished":"Fri, 06 Dec 2024 16:05:00 +0200"}</script>', '2024-12-06T16:05:00+02:00', '2024-12-06T14:05:00Z'],
    ['meta tag, offset without colon', '<meta property="article:published_time" content="2024-12-06T14:05:00+0000">', '2024-12-06T14:05:00+00:00', '2024-12-06T14:05:00Z'],
    ['meta tag, local time without zone', '<meta name="date" content="2024-12-06 14:05">', '2024-12-06T14:05:00', '2024-12-06T14:05:00'],
    ['meta tag, date only', '<meta name="pubdate" content="2024-12-06">', '2024-12-06', '2024-12-06'],
  ])('page metadata: %s', (_name, head, stated, stored) => {
    expect(datesOf({ source: 'page.html', format: 'html', content: page(head) })).toEqual([stated, stored])
  })

  test('a dateline at the top of a plain text, in the comparison and in the store alike', () => {
    const content = `Talks in Minsk\n\nPublished: Friday, December 6, 2024, 14:05\n\n${PROSE}`
    expect(datesOf({ source: 'talks.txt', format: 'text', content })).toEqual(['2024-12-06', '2024-12-06'])
    // A date given with the input wins.
    expect(datesOf({ source: 'talks.txt', format: 'text', content, publishedAt: '2024-12-07' })).toEqual(['2024-12-07', '2024-12-07'])
  })

  test('an RSS feed item', async () => {
    const path = join(dir, 'feed.rss')
    const body = `<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>`.replace(/</g, '&lt;').replace(/>/g, '&gt;')
    await writeFile(
      path,
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title><item><title>Talks</title><link>https://wire.example/talks</link>` +
        `<pubDate>Fri, 06 Dec 2024 14:05:00 +0000</pubDate><content:encoded>${body}</content:encoded></item></channel></rss>`,
    )
    const [doc] = await readAll(path)
    if (!doc) throw new Error('no feed item')
    expect(datesOf(doc)).toEqual(['2024-12-06T14:05:00+00:00', '2024-12-06T14:05:00Z'])
  })

  test('a JSON Lines record', async () => {
    const path = join(dir, 'batch.jsonl')
    await writeFile(path, [JSON.stringify({ text: PROSE, outlet: 'A', publishedAt: '2024-12-06T16:05:00+0200' }), JSON.stringify({ text: PROSE, outlet: 'B', publishedAt: '2024-12-06 14:05' })].join('\n'))
    const docs = await readAll(path)
    expect(docs.map(datesOf)).toEqual([
      ['2024-12-06T16:05:00+02:00', '2024-12-06T14:05:00Z'],
      ['2024-12-06T14:05:00', '2024-12-06T14:05:00'],
    ])
  })

  test('an API client', async () => {
    const store = await openSqliteStore(':memory:')
    try {
      const app = createApp({ store })
      const res = await app.request('/api/compare', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ articles: [{ text: PROSE, outlet: 'A', publishedAt: 'Fri, 06 Dec 2024 14:05:00 +0000' }, { text: PROSE, outlet: 'B', publishedAt: '2024-12-06' }] }),
      })
      expect(res.status).toBe(200)
      const report = (await res.json()) as CoverageReport
      expect(report.articles.map((a) => a.publishedAt)).toEqual(['2024-12-06T14:05:00+00:00', '2024-12-06'])
    } finally {
      await store.close()
    }
  })
})
