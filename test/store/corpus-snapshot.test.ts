import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, test } from 'vitest'
import { CorpusState, ingestDocuments } from '../../src/corpus/index.js'
import type { RawDocument } from '../../src/model/index.js'
import { openPostgresStore } from '../../src/store/postgres/index.js'
import { openSqliteStore, type Store } from '../../src/store/index.js'
import { DATABASE_URL, dropCreatedSchemas, freshSchemaUrl } from './postgres-schema.js'
import { syntheticArticle } from './synthetic-corpus.js'

/**
 * Issue 19: ingest restores its dedupe and grouping state from the stored snapshot (migration 7) and replays only
 * the articles stored after it. That must decide exactly as replaying the whole corpus did: the same stories,
 * duplicate groups and ids run after run, and a snapshot made from a restored state must equal, byte for byte,
 * one made by replaying everything. Any change to a stored article the replay reads drops the snapshots that
 * include it. SQLite, and PostgreSQL when DATABASE_URL is set.
 */
const root = mkdtempSync(join(tmpdir(), 'parallax-snapshot-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
if (DATABASE_URL !== null) afterAll(() => dropCreatedSchemas(DATABASE_URL as string))

const STORES: readonly { name: string; open: (tag: string) => Promise<Store> }[] = [
  { name: 'sqlite', open: (tag) => openSqliteStore(join(root, `${tag}.db`)) },
  ...(DATABASE_URL === null ? [] : [{ name: 'postgres', open: async (tag: string) => openPostgresStore(await freshSchemaUrl(DATABASE_URL as string, tag)) }]),
]

/**
 * Run `run`'s documents: 4 events of 6 articles, events 3 days apart, so a later run's events join earlier
 * stories; every run also reprints (a near-duplicate at a new location) two articles of the run before, and
 * stores one exact copy.
 */
function documents(run: number): RawDocument[] {
  const docs: RawDocument[] = []
  for (let e = 0; e < 4; e++) {
    const event = run * 2 + e
    for (let n = 0; n < 6; n++) {
      const publishedAt = new Date(Date.UTC(2024, 2, 1) + event * 3 * 86_400_000 + (run * 6 + n) * 3_600_000).toISOString()
      docs.push({ source: `r${run}/${event}-${n}.txt`, format: 'text', content: syntheticArticle(event, run * 10 + n), outlet: `Outlet ${n % 3}`, publishedAt })
    }
  }
  if (run > 0) {
    for (const n of [1, 4]) {
      const content = `${syntheticArticle(run * 2 - 2, (run - 1) * 10 + n)}\n\nReporting by the wire.`
      docs.push({ source: `reprint/${run}-${n}.txt`, format: 'text', content, outlet: 'Reprints' })
    }
    docs.push({ ...(docs[0] as RawDocument), source: `copy/${run}.txt`, outlet: 'Copies' })
  }
  return docs
}

async function rows(store: Store): Promise<string[]> {
  return (await store.corpusSince(0)).map((e) => `${e.seq} ${e.articleId} ${e.storyId} ${e.duplicateGroup}`)
}

async function storedSnapshot(store: Store): Promise<{ seq: number; state: string } | null> {
  const snapshot = await store.write((tx) => tx.corpusSnapshot())
  return snapshot === null ? null : { seq: snapshot.seq, state: Buffer.concat(snapshot.parts).toString('base64') }
}

for (const { name, open } of STORES) {
  describe(`corpus snapshot: ${name}`, () => {
    test('runs that restore the stored snapshot decide as runs that replay the whole corpus, and store the same state', async () => {
      // `snapshotAfter: 1`: every run stores one. The other store never does: every run replays the corpus, as before.
      const withSnapshots = await open('with')
      const replaying = await open('without')
      for (let run = 0; run < 4; run++) {
        await ingestDocuments(withSnapshots, documents(run), () => {}, { workers: 0, snapshotAfter: 1 })
        await ingestDocuments(replaying, documents(run), () => {}, { workers: 0, snapshotAfter: Number.POSITIVE_INFINITY })
        expect(await rows(withSnapshots)).toEqual(await rows(replaying))
        const maxSeq = (await withSnapshots.corpusSince(0)).at(-1)?.seq
        expect((await storedSnapshot(withSnapshots))?.seq).toBe(maxSeq)
        expect(await storedSnapshot(replaying)).toBeNull()
      }
      const corpus = await withSnapshots.corpusSince(0)
      expect(new Set(corpus.map((e) => e.storyId)).size).toBeLessThan(corpus.length / 3)
      expect(corpus.filter((e) => e.duplicateGroup !== e.articleId).length).toBeGreaterThanOrEqual(6)
      // A snapshot made by replaying the whole corpus is the one made run by run from restored states, bit for bit.
      await replaying.write((tx) => new CorpusState({ snapshotAfter: 1 }).sync(tx))
      expect(await storedSnapshot(replaying)).toEqual(await storedSnapshot(withSnapshots))
      await withSnapshots.close()
      await replaying.close()
    })

    test('a move of a stored article drops the snapshots that include it; a revision keeps it', async () => {
      const store = await open('drop')
      await ingestDocuments(store, [...documents(0), ...documents(1)], () => {}, { workers: 0, snapshotAfter: 1 })
      const before = await storedSnapshot(store)
      expect(before).not.toBeNull()
      // A new revision of a stored article (same source, changed text) changes nothing the replay reads.
      const first = documents(0)[0] as RawDocument
      await ingestDocuments(store, [{ ...first, content: `${first.content}\n\nUpdated.` }], () => {}, { workers: 0, snapshotAfter: 1 })
      expect(await storedSnapshot(store)).toEqual(before)
      const [oldest] = await store.corpusSince(0, 1)
      if (oldest === undefined) throw new Error('test: empty corpus')
      await store.write((tx) => tx.moveArticles([{ articleId: oldest.articleId, storyId: 'smerged00001' }]))
      expect(await storedSnapshot(store)).toBeNull()
      // The next run replays from the start and decides as before.
      await ingestDocuments(store, documents(2), () => {}, { workers: 0, snapshotAfter: 1 })
      expect((await storedSnapshot(store))?.seq).toBe((await store.corpusSince(0)).at(-1)?.seq)
      await store.close()
    })

    test('a snapshot comes back in the parts it was stored in (migration 8), and dropping it drops them all', async () => {
      const store = await open('parts')
      await ingestDocuments(store, documents(0), () => {}, { workers: 0, snapshotAfter: Number.POSITIVE_INFINITY })
      const seq = (await store.corpusSince(0)).at(-1)?.seq ?? 0
      const part = (n: number, size: number) => Uint8Array.from({ length: size }, (_, i) => (n * 31 + i) % 251)
      const parts = async () => (await store.write((tx) => tx.corpusSnapshot()))?.parts.map((p) => [...p])
      await store.write((tx) => tx.putCorpusSnapshot({ seq, parts: [part(0, 10), part(1, 200_000), part(2, 5)] }))
      expect(await parts()).toEqual([[...part(0, 10)], [...part(1, 200_000)], [...part(2, 5)]])
      // A new snapshot replaces every part of the last.
      await store.write((tx) => tx.putCorpusSnapshot({ seq, parts: [part(3, 7), part(4, 9)] }))
      expect(await parts()).toEqual([[...part(3, 7)], [...part(4, 9)]])
      const [oldest] = await store.corpusSince(0, 1)
      await store.write((tx) => tx.moveArticles([{ articleId: oldest?.articleId ?? '', storyId: 'smoved000001' }]))
      expect(await parts()).toBeUndefined()
      if (name === 'sqlite') {
        const raw = new Database(join(root, 'parts.db'), { readonly: true })
        expect(raw.prepare('SELECT count(*) AS n FROM corpus_snapshot_parts').get()).toEqual({ n: 0 })
        raw.close()
      }
      await store.close()
    })
  })
}

test('an existing schema-6 SQLite store gains the snapshot table and loses nothing (migration 7)', async () => {
  const path = join(root, 'old.db')
  const store = await openSqliteStore(path)
  await ingestDocuments(store, documents(0), () => {}, { workers: 0 })
  const before = await rows(store)
  await store.close()
  // Back to schema 6 by hand: what a store written by the previous Parallax looks like.
  const db = new Database(path)
  db.exec('DROP TABLE corpus_snapshot_parts; DROP TRIGGER corpus_snapshot_article_changed; DROP TRIGGER corpus_snapshot_article_removed; DROP TABLE corpus_snapshot; DELETE FROM schema_migrations WHERE version IN (7, 8)')
  db.close()
  const reopened = await openSqliteStore(path)
  expect(await reopened.schemaVersion()).toBeGreaterThanOrEqual(7)
  expect(await rows(reopened)).toEqual(before)
  expect(await storedSnapshot(reopened)).toBeNull()
  // The first run after the migration replays once and stores the snapshot the next run starts from.
  await ingestDocuments(reopened, documents(1), () => {}, { workers: 0, snapshotAfter: 1 })
  expect((await storedSnapshot(reopened))?.seq).toBe((await reopened.corpusSince(0)).at(-1)?.seq)
  await reopened.close()
})
