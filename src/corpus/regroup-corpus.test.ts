import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import type { RawDocument } from '../model/index.js'
import { openSqliteStore, type Store } from '../store/index.js'
import { seededRandom } from '../../scripts/lib/seeded-random.js'
import { clusterDocuments } from './cluster-documents.js'
import { ingestDocuments } from './ingest-documents.js'
import { regroupCorpus } from './regroup-corpus.js'

const root = mkdtempSync(join(tmpdir(), 'parallax-regroup-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
const GENERIC = 'officials said the report would follow after talks with residents and local groups'.split(' ')

/** Letters-only word `k` of event `e` ("qezab"): events share only GENERIC words. */
function eventWord(e: number, k: number): string {
  return `q${LETTERS[e % 26]}${LETTERS[(e * 7 + k) % 26]}${LETTERS[k % 26]}${LETTERS[(k * 3 + e) % 26]}`
}

/** Article `n` of event `e`: its event's words and name, some generic words. */
function eventArticle(e: number, n: number): string {
  const rnd = seededRandom(e * 1_000 + n)
  const words = Array.from({ length: 40 }, () => (rnd() < 0.6 ? eventWord(e, Math.floor(rnd() * 12)) : GENERIC[Math.floor(rnd() * GENERIC.length)]))
  const name = `Mayor ${LETTERS[e % 26]?.toUpperCase()}${eventWord(e, 99)}`
  return `${name} on ${eventWord(e, 0)} ${n}\n\n${name} said ${words.join(' ')}.`
}

/** 180 articles: 9 events of 20, interleaved in pairs so events straddle window boundaries, plus 6 reprints. */
function corpus(): RawDocument[] {
  const docs: RawDocument[] = []
  for (let i = 0; i < 180; i++) {
    const event = Math.min(2 * Math.floor(i / 40) + (i % 2), 8)
    docs.push({ source: `doc-${i}.txt`, format: 'text', content: eventArticle(event, i) })
  }
  for (const i of [3, 77, 150, 151, 152, 179]) docs.push({ source: `reprint-${i}.txt`, format: 'text', content: `${docs[i]?.content ?? ''}\n\nDistributed by a wire service.` })
  return docs
}

async function storedCorpus(name: string): Promise<Store> {
  const store = await openSqliteStore(join(root, name))
  await ingestDocuments(store, corpus())
  // Scramble the stories, so a regroup has everything to do.
  const ids = (await store.corpusSince(0)).map((e) => e.articleId)
  await store.write((tx) => tx.moveArticles(ids.map((articleId, k) => ({ articleId, storyId: `scrambled${k % 3}` }))))
  return store
}

/** Stories as sets of article ids, in a canonical order. */
function partition(stories: ReadonlyMap<string, string>): string[][] {
  const byStory = new Map<string, string[]>()
  for (const [id, story] of stories) byStory.set(story, [...(byStory.get(story) ?? []), id])
  return [...byStory.values()].map((ids) => ids.sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''))
}

const snapshot = async (store: Store) => new Map((await store.corpusSince(0)).map((e) => [e.articleId, e.storyId]))

describe('regroupCorpus', () => {
  test('in one window it gives the stories of `cluster` and of the ingest that stored the corpus; reprints follow their originals', async () => {
    const store = await storedCorpus('one-window.db')
    const entries = await store.corpusSince(0)
    expect(entries.some((e) => e.duplicateGroup !== e.articleId)).toBe(true)
    const fresh = await openSqliteStore(join(root, 'one-window-fresh.db'))
    await ingestDocuments(fresh, corpus())
    const ingested = await snapshot(fresh)
    await fresh.close()
    const clustered = await clusterDocuments(corpus())
    expect(await store.write((tx) => regroupCorpus(tx, []))).toBeGreaterThan(0)
    const stories = await snapshot(store)
    expect(partition(stories)).toEqual(partition(ingested))
    // cluster's rows are in input order, which is storage order here (no copies among the inputs).
    expect(partition(new Map(entries.map((e, i) => [e.articleId, clustered[i]?.story ?? ''])))).toEqual(partition(ingested))
    for (const e of entries) if (e.duplicateGroup !== e.articleId) expect(stories.get(e.articleId)).toBe(stories.get(e.duplicateGroup))
    // The scrambled ids stay with the largest part of each old story; nothing left to move.
    for (const id of ['scrambled0', 'scrambled1', 'scrambled2']) expect([...stories.values()]).toContain(id)
    expect(await store.write((tx) => regroupCorpus(tx, []))).toBe(0)
    await store.close()
  })

  test('on a corpus as ingest grouped it, regroup renames nothing', async () => {
    const store = await openSqliteStore(join(root, 'unchanged.db'))
    await ingestDocuments(store, corpus())
    const before = await snapshot(store)
    expect(await store.write((tx) => regroupCorpus(tx, []))).toBe(0)
    expect(await snapshot(store)).toEqual(before)
    await store.close()
  })

  test.each([
    // `stories split STORY ARTICLE` of a story of two, where the split's id sorts first: a tie, which went to it.
    ['its first article, out of two', 2, (ids: readonly string[]) => ids.slice(0, 1), 's0000split'],
    ['the larger part of a story', 20, (ids: readonly string[]) => ids.slice(0, -3), 'szzzzsplit'],
  ])('a split of %s survives regrouping: both parts keep their ids, nothing moves', async (_name, size, part, splitId) => {
    const store = await openSqliteStore(join(root, `split-${size}.db`))
    // Two articles of one event (events alternate in the corpus), or the whole corpus.
    await ingestDocuments(store, size === 2 ? [corpus()[0]!, corpus()[2]!] : corpus())
    const before = await snapshot(store)
    const story = [...before.values()].find((s) => [...before.values()].filter((x) => x === s).length >= size)
    const members = [...before].filter(([, s]) => s === story).map(([id]) => id)
    expect(members.length).toBeGreaterThanOrEqual(size)
    const moved = part(members)
    await store.write(async (tx) => {
      await tx.addCorrection({ kind: 'split', storyId: splitId, articleIds: moved })
      await tx.moveArticles(moved.map((articleId) => ({ articleId, storyId: splitId })))
    })
    const split = await snapshot(store)
    // Before, the automatic story was named after the larger (or, in a tie, the smaller-id) part, which is the
    // split: the articles left behind moved into it, undoing the split.
    expect(await store.write(async (tx) => regroupCorpus(tx, await store.corrections()))).toBe(0)
    expect(await snapshot(store)).toEqual(split)
    await store.close()
  })

  test('in windows smaller than the corpus, events that straddle windows still end in one story each', async () => {
    const whole = await storedCorpus('whole.db')
    await whole.write((tx) => regroupCorpus(tx, []))
    const expected = partition(await snapshot(whole))
    await whole.close()
    // Nine events, each with its reprints: the batch finds them exactly.
    expect(expected.length).toBe(9)
    const windowed = await storedCorpus('windows.db')
    // Windows of 50: an event's 20 articles are spread over 40 stored places, so most cross a boundary.
    await windowed.write((tx) => regroupCorpus(tx, [], 50))
    expect(partition(await snapshot(windowed))).toEqual(expected)
    await windowed.close()
  })
})
