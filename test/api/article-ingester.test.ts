import type { ServerResponse } from 'node:http'
import { afterEach, describe, expect, test } from 'vitest'
import { ArticleIngester } from '../../src/api/ingest-articles.js'
import { ingestDocuments } from '../../src/corpus/index.js'
import { startServer } from '../ingest/test-server.js'
import { openSeedStore, type SeedStore } from './seed-store.js'

let seeded: SeedStore | undefined
afterEach(async () => {
  await seeded?.close()
  seeded = undefined
})

const FLOOD = [
  'Heavy rain flooded the city of Valencia in eastern Spain on Tuesday, and at least 200 people died in the floods,',
  'regional officials said on Wednesday. Rescue teams searched cars swept into the ravines south of the city while',
  'the national weather agency warned of more storms over the coast. The government declared three days of mourning',
  'and sent one thousand soldiers to help clear the mud from streets, tunnels and ground-floor homes in twenty towns.',
].join(' ')

describe('ArticleIngester (POST /api/articles)', () => {
  test('keeps its corpus state between posts and catches up with articles other writers stored meanwhile', async () => {
    seeded = await openSeedStore('parallax-ingester-')
    const { store } = seeded
    const ingester = new ArticleIngester(store, {})
    // A first post builds the ingester's state from the store (the seed pair).
    const first = await ingester.ingest({ text: 'Minsk hosted a chess tournament with 40 players from 12 countries on Sunday.', outlet: 'Wire' })
    expect(first.articles[0]?.outcome).toBe('stored')
    // Another writer (`parallax ingest`) stores an article the ingester has not seen...
    await ingestDocuments(store, [{ source: 'other-writer.txt', format: 'text', content: `${FLOOD}\n\nUpdated at 10:00.` }])
    const original = (await store.corpusSince(0)).at(-1)
    // ...and a reprint of it, posted next, is recognised as its copy: the ingester caught up before deciding.
    const reprint = await ingester.ingest({ text: `${FLOOD}\n\nUpdated at 11:30 with the toll.`, outlet: 'Reprinter' })
    const entry = (await store.corpusSince(0)).find((e) => e.articleId === reprint.articles[0]?.articleId)
    expect(reprint.articles[0]?.outcome).toBe('stored')
    expect(entry?.duplicateGroup).toBe(original?.articleId)
    expect(entry?.storyId).toBe(original?.storyId)
  })

  test('rebuilds its state when stored articles changed story meanwhile (a merge by another process)', async () => {
    seeded = await openSeedStore('parallax-ingester-')
    const { store } = seeded
    const ingester = new ArticleIngester(store, {})
    const flood = await ingester.ingest({ text: FLOOD, outlet: 'Wire' })
    const floodStory = flood.articles[0]?.storyId
    const seedStory = (await store.listStories()).find((story) => story.storyId !== floodStory)
    if (floodStory === undefined || seedStory === undefined) throw new Error('test: expected two stories')
    // `parallax stories merge`: the flood article moves into the seed story; its own story is gone.
    await store.write((tx) => tx.moveArticles([{ articleId: flood.articles[0]?.articleId ?? '', storyId: seedStory.storyId }]))
    const reprint = await ingester.ingest({ text: `${FLOOD}\n\nUpdated with the toll.`, outlet: 'Reprinter' })
    expect(reprint.articles[0]?.storyId).toBe(seedStory.storyId)
    expect(await store.getStory(floodStory)).toBeNull()
  })

  test('a posted feed is settled as an ingest run: two earthquakes that one pass merged end in two stories', async () => {
    seeded = await openSeedStore('parallax-ingester-')
    const { store } = seeded
    // Six items under one headline: grouped one at a time they all join the first story; the run's settle
    // (batch regrouping with the twin-event split) takes the two events apart, as `parallax ingest` would.
    const texts = [
      'A magnitude 6.1 earthquake struck near Tabriz in northwest Iran on Saturday, killing 306 people, officials said. Tabriz province sent its own emergency teams north toward Ahar before nightfall, the governor of Tabriz said.',
      'The Tabriz earthquake of magnitude 6.1 destroyed villages near Ahar and Varzaqan; 306 people died. In Varzaqan and Ahar, families from Tabriz drove north to look for relatives among the 306 dead.',
      'Rescuers in Ahar searched rubble after the Tabriz earthquake; the death toll stood at 306. The Tabriz governor said Ahar and Varzaqan would get tents and water from Tabriz on Sunday.',
      'A magnitude 7.8 earthquake struck Balochistan in southwest Pakistan on Tuesday, killing 328 people near Awaran. Quetta sent army teams south toward Awaran before nightfall, the Balochistan government said.',
      'In Awaran, Balochistan, the magnitude 7.8 earthquake flattened mud houses; 328 people died, officials said. Families from Quetta and Karachi drove to Awaran to look for relatives among the 328 dead.',
      'Rescuers in Awaran dug through rubble after the Balochistan earthquake killed 328. The Balochistan government said Awaran would get tents and water from Quetta and Karachi on Wednesday.',
    ]
    const items = texts.map((text, i) => `<item><title>Deadly earthquake</title><link>BASE/item-${i}</link><content:encoded><![CDATA[<p>${text}</p>]]></content:encoded></item>`)
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Quake wire</title>${items.join('')}</channel></rss>`
    // Short items are teasers to the feed reader, which then fetches each item's page.
    const pages = Object.fromEntries(
      texts.map((text, i) => [
        `/item-${i}`,
        (_: unknown, res: ServerResponse) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><head><title>Deadly earthquake</title></head><body><article><h1>Deadly earthquake</h1><p>${text}</p></article></body></html>`),
      ]),
    )
    const server = await startServer({ ...pages, '/feed.xml': (_, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss.replaceAll('BASE', server.base)) })
    try {
      const ingester = new ArticleIngester(store, { http: { isBlockedAddress: () => false, perHostDelayMs: 0 } })
      const result = await ingester.ingest({ url: `${server.base}/feed.xml`, outlet: 'Quake wire' })
      expect(result.skipped).toEqual([])
      expect(result.articles.map((a) => a.outcome)).toEqual(Array(6).fill('stored'))
      const stories = result.articles.map((a) => a.storyId)
      expect(new Set(stories.slice(0, 3)).size).toBe(1)
      expect(new Set(stories.slice(3)).size).toBe(1)
      expect(stories[0]).not.toBe(stories[3])
      // The response names the stories as stored.
      const stored = new Map((await store.corpusOf(result.articles.map((a) => a.articleId))).map((e) => [e.articleId, e.storyId]))
      expect(result.articles.map((a) => stored.get(a.articleId))).toEqual(stories)
    } finally {
      await server.close()
    }
  })
})
