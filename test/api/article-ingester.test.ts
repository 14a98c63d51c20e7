import { afterEach, describe, expect, test } from 'vitest'
import { ArticleIngester } from '../../src/api/ingest-articles.js'
import { ingestDocuments } from '../../src/corpus/index.js'
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
})
