import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, test } from 'vitest'
import { ingestDocuments } from '../../src/corpus/index.js'
import { regroup } from '../../src/cli/commands/stories.js'
import type { RawDocument } from '../../src/model/index.js'
import { openSqliteStore } from '../../src/store/index.js'
import { syntheticArticle } from './synthetic-corpus.js'

const root = mkdtempSync(join(tmpdir(), 'parallax-faults-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const docs = (from: number, count: number, perEvent = 20): RawDocument[] =>
  Array.from({ length: count }, (_, i) => ({ source: `doc-${from + i}.txt`, format: 'text', content: syntheticArticle(Math.floor((from + i) / perEvent), from + i) }))

describe('full disk (SQLITE_FULL through max_page_count)', () => {
  test('the failing batch is rolled back with a clear error; earlier batches stay intact', async () => {
    const db = join(root, 'full.db')
    const first = await openSqliteStore(db)
    await ingestDocuments(first, docs(0, 500))
    await first.close()
    const pages = (new Database(db, { readonly: true }).pragma('page_count', { simple: true }) as number)
    // Room for a little more than the current file: the next 500-article batch cannot fit.
    const capped = await openSqliteStore(db, { maxPageCount: pages + 20 })
    await expect(ingestDocuments(capped, docs(500, 500))).rejects.toMatchObject({ code: 'store_unavailable', message: expect.stringContaining('disk full') })
    await capped.close()
    const reopened = await openSqliteStore(db)
    expect((await reopened.corpusSince(0)).length).toBe(500)
    // Once there is room again the same input goes in completely.
    const totals = await ingestDocuments(reopened, docs(500, 500))
    expect(totals.stored).toBe(500)
    await reopened.close()
    const check = new Database(db, { readonly: true })
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
    check.close()
  })
})

describe('schema', () => {
  test('a database from a newer Parallax is refused, not touched', async () => {
    const db = join(root, 'newer.db')
    await (await openSqliteStore(db)).close()
    const raw = new Database(db)
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01')").run()
    raw.close()
    await expect(openSqliteStore(db)).rejects.toMatchObject({ code: 'store_unavailable', message: expect.stringContaining('newer than this Parallax knows') })
  })
})

describe('settling an ingest run', () => {
  test('the run ends with reprints beside their originals and every article in a stored story; a rerun moves nothing', async () => {
    const store = await openSqliteStore(join(root, 'settle.db'))
    // Events interleaved (not one after another) and a reprint of each of the first ten articles.
    const articles = docs(0, 120, 6).sort((a, b) => a.content.length - b.content.length)
    const reprints = articles.slice(0, 10).map((d, i) => ({ ...d, source: `reprint-${i}.txt`, content: `${d.content}\n\nThis article first appeared elsewhere.` }))
    const first = await ingestDocuments(store, [...articles, ...reprints])
    expect(first.stored).toBe(130)
    expect(first.regrouped).toBeGreaterThan(0) // interleaved events: some early joins are undone
    const corpus = await store.corpusSince(0)
    const storyOf = new Map(corpus.map((e) => [e.articleId, e.storyId]))
    const reprinted = corpus.filter((e) => e.duplicateGroup !== e.articleId)
    expect(reprinted.length).toBeGreaterThanOrEqual(10)
    for (const e of reprinted) expect(e.storyId).toBe(storyOf.get(e.duplicateGroup))
    const stories = new Set((await store.listStories({ limit: 1000 })).map((s) => s.storyId))
    for (const e of corpus) expect(stories.has(e.storyId)).toBe(true)
    const again = await ingestDocuments(store, [...articles, ...reprints])
    expect(again).toMatchObject({ stored: 0, unchanged: 130, regrouped: 0 })
    expect(new Map((await store.corpusSince(0)).map((e) => [e.articleId, e.storyId]))).toEqual(storyOf)
    await store.close()
  })
})

describe('corrections survive regrouping', () => {
  test('a merge and a split are replayed after stories are recomputed from scratch', async () => {
    const store = await openSqliteStore(join(root, 'corrections.db'))
    await ingestDocuments(store, docs(0, 60, 20))
    const before = await store.listStories()
    expect(before.length).toBeGreaterThanOrEqual(2)
    const [a, b] = before
    if (a === undefined || b === undefined) throw new Error('test: expected two stories')
    // Merge two automatic stories, then split one article out of the merged one.
    const merged = [...a.members, ...b.members].map((m) => m.articleId)
    await store.write(async (tx) => {
      await tx.addCorrection({ kind: 'merge', storyId: a.storyId, articleIds: merged })
      await tx.moveArticles(merged.map((articleId) => ({ articleId, storyId: a.storyId })))
    })
    const loner = merged[0] ?? ''
    await store.write(async (tx) => {
      await tx.addCorrection({ kind: 'split', storyId: 'sloner', articleIds: [loner] })
      await tx.moveArticles([{ articleId: loner, storyId: 'sloner' }])
    })
    const snapshot = async () => new Map((await store.corpusSince(0)).map((e) => [e.articleId, e.storyId]))
    const corrected = await snapshot()
    expect(await regroup(store)).toBe(0)
    expect(await snapshot()).toEqual(corrected)
    expect(corrected.get(loner)).toBe('sloner')
    for (const id of merged.slice(1)) expect(corrected.get(id)).toBe(a.storyId)
    await store.close()
  })
})

describe('worker threads', () => {
  test('preparing in a worker stores the same articles in the same stories as inline', async () => {
    const snapshot = async (workers: number) => {
      const store = await openSqliteStore(join(root, `workers-${workers}.db`))
      const totals = await ingestDocuments(store, docs(0, 300, 15), () => {}, { workers })
      const rows = (await store.corpusSince(0)).map((e) => [e.articleId, e.storyId, e.duplicateGroup])
      await store.close()
      return { stored: totals.stored, rows }
    }
    const inline = await snapshot(0)
    expect(inline.stored).toBe(300)
    expect(await snapshot(1)).toEqual(inline)
  })
})
