import { describe, expect, test } from 'vitest'
import type { NewArticle, Store } from './store.js'

/**
 * The behaviour every Store must have, as one vitest suite. The SQLite test calls it always; a PostgreSQL
 * test will call it when DATABASE_URL is set. `makeStore` returns a fresh, empty, migrated store.
 */
export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    test('is migrated to a known schema version', async () => {
      const store = await makeStore()
      expect(await store.schemaVersion()).toBeGreaterThanOrEqual(2)
      await store.close()
    })

    test('stores an article and finds it by source and by content hash', async () => {
      const store = await makeStore()
      const seq = await store.write((tx) => tx.insertArticle(article('a1', 's1')))
      expect(seq).toBeGreaterThan(0)
      const bySource = await store.write((tx) => tx.findBySource('https://example.com/a1'))
      expect(bySource).toEqual({ articleId: 'a1', storyId: 's1', revision: 1, contentHash: 'hash-a1' })
      expect(await store.write((tx) => tx.findByContentHash('hash-a1'))).toEqual(bySource)
      expect(await store.write((tx) => tx.findByContentHash('nope'))).toBeNull()
      await store.close()
    })

    test('a failed write stores nothing', async () => {
      const store = await makeStore()
      await expect(
        store.write(async (tx) => {
          await tx.insertArticle(article('a1', 's1'))
          throw new Error('boom')
        }),
      ).rejects.toThrow('boom')
      expect(await store.corpusSince(0)).toEqual([])
      expect(await store.listStories()).toEqual([])
      await store.close()
    })

    test('corpusSince returns what grouping needs, in storage order, after a sequence number', async () => {
      const store = await makeStore()
      const first = await store.write((tx) => tx.insertArticle(article('a1', 's1')))
      await store.write((tx) => tx.insertArticle(article('a2', 's1', { publishedAt: '2024-12-06T10:00:00.000Z' })))
      const all = await store.corpusSince(0)
      expect(all.map((e) => e.articleId)).toEqual(['a1', 'a2'])
      expect(all[1]).toMatchObject({ storyId: 's1', duplicateGroup: 'a2', wire: null, outlet: 'Outlet a2', publishedAt: '2024-12-06T10:00:00.000Z' })
      expect([...(all[0]?.signature ?? [])]).toEqual([1, 2, 3, 4])
      expect(all[0]?.terms).toEqual([['e:lukashenk', 2], ['w:missile', 1]])
      expect((await store.corpusSince(first)).map((e) => e.articleId)).toEqual(['a2'])
      // Pages: at most `limit` entries, from the sequence number on.
      expect(await store.corpusSince(0, 1)).toEqual(all.slice(0, 1))
      expect(await store.write((tx) => tx.corpusSince(first, 5))).toEqual(all.slice(1))
      // The same entries for chosen articles, in storage order whatever the order asked; unknown ids left out.
      expect(await store.write((tx) => tx.corpusOf(['a2', 'nope', 'a1']))).toEqual(all)
      expect(await store.write((tx) => tx.corpusOf([]))).toEqual([])
      expect(await store.corpusOf(['a2'])).toEqual(all.slice(1))
      await store.close()
    })

    test('pending settle: recorded with a batch, listed in storage order, cleared in part or whole; stories read back whole', async () => {
      const store = await makeStore()
      await store.write(async (tx) => {
        await tx.insertArticle(article('a1', 's1'))
        await tx.insertArticle(article('a2', 's2'))
        await tx.insertArticle(article('a3', 's1'))
        await tx.addPendingSettle(['a3', 'a1'])
        await tx.addPendingSettle(['a1'])
      })
      // A failed batch leaves nothing pending either.
      await expect(store.write(async (tx) => { await tx.addPendingSettle(['a2']); throw new Error('boom') })).rejects.toThrow('boom')
      expect(await store.write((tx) => tx.pendingSettle())).toEqual(['a1', 'a3'])
      expect((await store.write((tx) => tx.corpusOfStories(['s1', 'nope']))).map((e) => e.articleId)).toEqual(['a1', 'a3'])
      await store.write((tx) => tx.clearPendingSettle(['a1']))
      expect(await store.write((tx) => tx.pendingSettle())).toEqual(['a3'])
      await store.write((tx) => tx.clearPendingSettle())
      expect(await store.write((tx) => tx.pendingSettle())).toEqual([])
      await store.close()
    })

    test('a revision keeps the article and story, and becomes the current text', async () => {
      const store = await makeStore()
      await store.write((tx) => tx.insertArticle(article('a1', 's1')))
      const revision = await store.write((tx) =>
        tx.addRevision('a1', { contentHash: 'hash-a1-v2', format: 'text', content: 'v2', text: 'Body v2', title: 'Title v2', searchText: 'title v2 body v2' }),
      )
      expect(revision).toBe(2)
      expect(await store.write((tx) => tx.findByContentHash('hash-a1'))).toMatchObject({ articleId: 'a1', revision: 2, contentHash: 'hash-a1-v2' })
      const story = await store.getStory('s1')
      expect(story?.articles.map((a) => [a.articleId, a.revision, a.text, a.title])).toEqual([['a1', 2, 'Body v2', 'Title v2']])
      await store.close()
    })

    test('lists stories with members, outlets of every copy, and filters by date and words', async () => {
      const store = await makeStore()
      await store.write(async (tx) => {
        await tx.insertArticle(article('a1', 's1', { publishedAt: '2024-12-06T10:00:00.000Z', searchText: 'lukashenko asks putin for oreshnik' }))
        await tx.insertArticle(article('a2', 's1', { publishedAt: '2024-12-07T10:00:00.000Z', wire: 'ap' }))
        await tx.addSource('a2', { location: 'https://copy.example/a2', source: 'https://copy.example/a2', url: 'https://copy.example/a2', outlet: 'Copy Daily' })
        await tx.insertArticle(article('a3', 's2', { publishedAt: '2024-11-01T10:00:00.000Z', searchText: 'floods in valencia' }))
      })
      const all = await store.listStories()
      expect(all.map((s) => [s.storyId, s.title, s.firstSeen, s.lastSeen, s.members.length])).toEqual([
        ['s1', 'Title a1', '2024-12-06T10:00:00.000Z', '2024-12-07T10:00:00.000Z', 2],
        ['s2', 'Title a3', '2024-11-01T10:00:00.000Z', '2024-11-01T10:00:00.000Z', 1],
      ])
      expect(all[0]?.members[1]).toMatchObject({ articleId: 'a2', wire: 'ap', outlets: ['Outlet a2', 'Copy Daily'] })
      expect((await store.listStories({ since: '2024-12-01T00:00:00.000Z' })).map((s) => s.storyId)).toEqual(['s1'])
      expect((await store.listStories({ query: 'oreshnik putin' })).map((s) => s.storyId)).toEqual(['s1'])
      expect((await store.listStories({ query: 'valencia' })).map((s) => s.storyId)).toEqual(['s2'])
      expect(await store.listStories({ query: 'oreshnik valencia' })).toEqual([])
      expect(await store.listStories({ query: '" OR * NEAR(' })).toEqual([])
      await store.close()
    })

    test('pages through the story list after a cursor: every story once, in list order, ties broken by id', async () => {
      const store = await makeStore()
      await store.write(async (tx) => {
        // s2 and s3 share their last-seen instant: the id orders them, and a page boundary between them loses neither.
        await tx.insertArticle(article('a1', 's1', { publishedAt: '2024-12-08T10:00:00.000Z' }))
        await tx.insertArticle(article('a2', 's3', { publishedAt: '2024-12-07T10:00:00.000Z' }))
        await tx.insertArticle(article('a3', 's2', { publishedAt: '2024-12-07T10:00:00.000Z' }))
        await tx.insertArticle(article('a4', 's4', { publishedAt: '2024-12-06T10:00:00.000Z', searchText: 'floods in valencia' }))
        await tx.insertArticle(article('a5', 's5', { publishedAt: '2024-12-05T10:00:00.000Z', searchText: 'valencia again' }))
      })
      const all = (await store.listStories()).map((s) => s.storyId)
      expect(all).toEqual(['s1', 's2', 's3', 's4', 's5'])
      const pages: string[][] = []
      let after: { lastSeen: string; storyId: string } | undefined
      for (;;) {
        const page = await store.listStories({ limit: 2, ...(after === undefined ? {} : { after }) })
        if (page.length === 0) break
        pages.push(page.map((s) => s.storyId))
        const last = page[page.length - 1]!
        after = { lastSeen: last.lastSeen, storyId: last.storyId }
      }
      expect(pages).toEqual([['s1', 's2'], ['s3', 's4'], ['s5']])
      // The cursor combines with the filters.
      expect((await store.listStories({ query: 'valencia', after: { lastSeen: '2024-12-06T10:00:00.000Z', storyId: 's4' } })).map((s) => s.storyId)).toEqual(['s5'])
      await store.close()
    })

    test('getStory accepts a unique prefix, rejects an ambiguous one, and returns null for none', async () => {
      const store = await makeStore()
      await store.write(async (tx) => {
        await tx.insertArticle(article('a1', 'sabc1'))
        await tx.insertArticle(article('a2', 'sabc2'))
        await tx.insertArticle(article('a3', 'sxyz'))
      })
      expect((await store.getStory('sxy'))?.storyId).toBe('sxyz')
      expect((await store.getStory('sabc1'))?.articles.map((a) => a.articleId)).toEqual(['a1'])
      await expect(store.getStory('sab')).rejects.toMatchObject({ code: 'invalid_input' })
      expect(await store.getStory('nothing')).toBeNull()
      await store.close()
    })

    test('moveArticles regroups and removes emptied stories; every article stays in exactly one story', async () => {
      const store = await makeStore()
      await store.write(async (tx) => {
        await tx.insertArticle(article('a1', 's1'))
        await tx.insertArticle(article('a2', 's2'))
        await tx.moveArticles([{ articleId: 'a2', storyId: 's1' }])
      })
      const stories = await store.listStories()
      expect(stories.map((s) => [s.storyId, s.members.map((m) => m.articleId)])).toEqual([['s1', ['a1', 'a2']]])
      expect(await store.getStory('s2')).toBeNull()
      await store.close()
    })

    test('the batch methods store and find as the single ones do, in order', async () => {
      const store = await makeStore()
      const seqs = await store.write((tx) => tx.insertArticles([article('a1', 's1'), article('a2', 's1'), article('a3', 's2')]))
      expect(seqs).toHaveLength(3)
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs)
      await store.write((tx) => tx.addSources([{ articleId: 'a1', source: { location: 'https://mirror.example/a1', source: 'mirror', url: null, outlet: 'Mirror' } }]))
      const bySource = await store.write((tx) => tx.findManyBySource(['https://example.com/a2', 'https://mirror.example/a1', 'https://example.com/none']))
      expect([...bySource.entries()].sort()).toEqual([
        ['https://example.com/a2', { articleId: 'a2', storyId: 's1', revision: 1, contentHash: 'hash-a2' }],
        ['https://mirror.example/a1', { articleId: 'a1', storyId: 's1', revision: 1, contentHash: 'hash-a1' }],
      ])
      const byHash = await store.write((tx) => tx.findManyByContentHash(['hash-a3', 'nope']))
      expect([...byHash.entries()]).toEqual([['hash-a3', { articleId: 'a3', storyId: 's2', revision: 1, contentHash: 'hash-a3' }]])
      expect(await store.write((tx) => tx.insertArticles([]))).toEqual([])
      await store.close()
    })

    test('the corpus generation changes when stored articles change story, not when articles are added', async () => {
      const store = await makeStore()
      const before = await store.write((tx) => tx.corpusGeneration())
      await store.write(async (tx) => {
        await tx.insertArticle(article('a1', 's1'))
        await tx.insertArticle(article('a2', 's2'))
      })
      expect(await store.write((tx) => tx.corpusGeneration())).toBe(before)
      await store.write((tx) => tx.moveArticles([{ articleId: 'a2', storyId: 's1' }]))
      expect(await store.write((tx) => tx.corpusGeneration())).not.toBe(before)
      await store.close()
    })

    test('keeps corrections in order and caches analyses per revision and analyser', async () => {
      const store = await makeStore()
      await store.write((tx) => tx.insertArticle(article('a1', 's1')))
      const merge = await store.write((tx) => tx.addCorrection({ kind: 'merge', storyId: 's1', articleIds: ['a1', 'a9'] }))
      await store.write((tx) => tx.addCorrection({ kind: 'split', storyId: 's3', articleIds: ['a1'] }))
      expect((await store.corrections()).map((c) => [c.id, c.kind, c.storyId, c.articleIds])).toEqual([
        [merge.id, 'merge', 's1', ['a1', 'a9']],
        [merge.id + 1, 'split', 's3', ['a1']],
      ])
      const key = { articleId: 'a1', revision: 1, analyzer: 'test@1' }
      expect(await store.getAnalysis(key)).toBeNull()
      await store.putAnalysis(key, '{"ok":true}')
      expect(await store.getAnalysis(key)).toBe('{"ok":true}')
      expect(await store.getAnalysis({ ...key, analyzer: 'test@2' })).toBeNull()
      await store.close()
    })
  })
}

function article(id: string, storyId: string, extra: Partial<NewArticle> = {}): NewArticle {
  return {
    articleId: id,
    storyId,
    duplicateGroup: id,
    wire: null,
    signature: new Uint32Array([1, 2, 3, 4]),
    terms: [['e:lukashenk', 2], ['w:missile', 1]],
    publishedAt: null,
    language: 'en',
    sourceInfo: { location: `https://example.com/${id}`, source: `https://example.com/${id}`, url: `https://example.com/${id}`, outlet: `Outlet ${id}` },
    contentHash: `hash-${id}`,
    format: 'text',
    content: `Title ${id}\n\nBody ${id}`,
    text: `Body ${id}`,
    title: `Title ${id}`,
    searchText: `title ${id} body ${id}`,
    ...extra,
  }
}
