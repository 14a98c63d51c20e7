import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { afterAll, describe, expect, test } from 'vitest'
import { ingestDocuments, regroupCorpus } from '../../src/corpus/index.js'
import type { RawDocument } from '../../src/model/index.js'
import { MIGRATIONS } from '../../src/store/migrations/index.js'
import { openPostgresStore } from '../../src/store/postgres/index.js'
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.js'
import { openSqliteStore, type Store } from '../../src/store/index.js'
import { DATABASE_URL, dropCreatedSchemas, freshSchemaUrl } from './postgres-schema.js'
import { syntheticArticle } from './synthetic-corpus.js'

/**
 * Issue 19: story rows carry what the list shows, kept up to date by every write. After ingest, a second run with a
 * revision and copies, merge, split and regroup, the list must equal an aggregate over the articles: every story
 * that has articles, once, newest first, with the members, title, first/last seen and outlets that reading the
 * story's articles (getStory, corpusSince) gives. Runs on SQLite, and on PostgreSQL when DATABASE_URL is set.
 */
const root = mkdtempSync(join(tmpdir(), 'parallax-views-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
if (DATABASE_URL !== null) afterAll(() => dropCreatedSchemas(DATABASE_URL as string))

const STORES: readonly { name: string; open: (tag: string) => Promise<Store> }[] = [
  { name: 'sqlite', open: (tag) => openSqliteStore(join(root, `${tag}.db`)) },
  ...(DATABASE_URL === null ? [] : [{ name: 'postgres', open: async (tag: string) => openPostgresStore(await freshSchemaUrl(DATABASE_URL as string, tag)) }]),
]

/** Articles of `events` events (5 each), from 4 outlets, an hour apart within an event; every 7th also stored as an exact copy elsewhere. */
function documents(events: readonly number[], revised = false): RawDocument[] {
  const docs: RawDocument[] = []
  let i = 0
  for (const event of events) {
    for (let n = 0; n < 5; n++, i++) {
      const content = syntheticArticle(event, n) + (revised && n === 0 ? '\n\nUpdated: officials gave a new count.' : '')
      // Events 10 days apart: grouping never joins articles dated more than 7 days apart, so each event is a story.
      const publishedAt = new Date(Date.UTC(2024, 2, 1) + event * 10 * 86_400_000 + n * 3_600_000).toISOString()
      docs.push({ source: `mem/${event}-${n}.txt`, format: 'text', content, outlet: `Outlet ${i % 4}`, publishedAt })
      if (n % 7 === 3) docs.push({ source: `mirror/${event}-${n}.txt`, format: 'text', content, outlet: 'Mirror', publishedAt })
    }
  }
  return docs
}

async function ingest(store: Store, docs: readonly RawDocument[]): Promise<void> {
  await ingestDocuments(store, docs, () => {}, { workers: 0 })
}

/** The list against an aggregate over the stored articles. */
async function expectListMatchesArticles(store: Store): Promise<void> {
  const list = await store.listStories({ limit: 100_000 })
  const byStory = new Map<string, string[]>()
  for (const entry of await store.corpusSince(0)) byStory.set(entry.storyId, [...(byStory.get(entry.storyId) ?? []), entry.articleId])
  expect(list.map((s) => s.storyId).sort()).toEqual([...byStory.keys()].sort())
  for (const summary of list) {
    const detail = await store.getStory(summary.storyId)
    expect(detail, summary.storyId).not.toBeNull()
    expect(summary.members.map((m) => m.articleId)).toEqual(detail?.articles.map((a) => a.articleId))
    expect(summary.members.length).toBe(byStory.get(summary.storyId)?.length)
    expect([summary.title, summary.firstSeen, summary.lastSeen, summary.version]).toEqual([detail?.title, detail?.firstSeen, detail?.lastSeen, detail?.version])
    expect(summary.members.map((m) => m.outlets)).toEqual(detail?.articles.map((a) => a.outlets))
  }
  const order = [...list].sort((a, b) => (a.lastSeen === b.lastSeen ? (a.storyId < b.storyId ? -1 : 1) : a.lastSeen < b.lastSeen ? 1 : -1))
  expect(list.map((s) => s.storyId)).toEqual(order.map((s) => s.storyId))
}

for (const { name, open } of STORES) {
  describe(`stored story views: ${name}`, () => {
    test('the list equals an aggregate over articles after ingest, a revision, merge, split and regroup', async () => {
      const store = await open('views')
      await ingest(store, documents([1, 2, 3, 4]))
      await expectListMatchesArticles(store)
      const versions = new Map((await store.listStories()).map((s) => [s.storyId, s.version]))
      expect(versions.size).toBeGreaterThanOrEqual(3)
      expect((await store.listStories()).some((s) => s.members.some((m) => m.outlets.includes('Mirror')))).toBe(true)

      // A second run: two new events, and a revision of one stored article (same source, changed text).
      let listVersion = await store.storyListVersion()
      await ingest(store, [...documents([5, 6]), ...documents([1], true).slice(0, 1)])
      expect(await store.storyListVersion()).not.toBe(listVersion)
      await expectListMatchesArticles(store)
      // The story holding the revised article has a new version.
      const details = await Promise.all((await store.listStories({ limit: 1000 })).map((s) => store.getStory(s.storyId)))
      const revised = details.find((d) => d?.articles.some((x) => x.revision === 2))
      expect(revised).toBeDefined()
      expect(versions.get(revised?.storyId ?? '')).not.toBe(revised?.version)

      // Merge the two newest stories, as `parallax stories merge` does.
      const [a, b] = await store.listStories({ limit: 2 })
      if (a === undefined || b === undefined) throw new Error('test: fewer than two stories')
      listVersion = await store.storyListVersion()
      const merged = [...a.members, ...b.members].map((m) => m.articleId)
      await store.write(async (tx) => {
        await tx.addCorrection({ kind: 'merge', storyId: a.storyId, articleIds: merged })
        await tx.moveArticles(merged.map((articleId) => ({ articleId, storyId: a.storyId })))
      })
      expect(await store.storyListVersion()).not.toBe(listVersion)
      expect(await store.getStory(b.storyId)).toBeNull()
      const after = (await store.listStories()).find((s) => s.storyId === a.storyId)
      expect(after?.members.length).toBe(merged.length)
      expect(after?.version).not.toBe(a.version)
      await expectListMatchesArticles(store)

      // Split two articles out again, as `parallax stories split` does.
      const out = merged.slice(0, 2)
      await store.write(async (tx) => {
        await tx.addCorrection({ kind: 'split', storyId: 'ssplit000001', articleIds: out })
        await tx.moveArticles(out.map((articleId) => ({ articleId, storyId: 'ssplit000001' })))
      })
      expect((await store.getStory('ssplit000001'))?.articles.map((x) => x.articleId)).toEqual(out)
      await expectListMatchesArticles(store)

      // Regroup from scratch, replaying the corrections.
      const corrections = await store.corrections()
      await store.write((tx) => regroupCorpus(tx, corrections))
      await expectListMatchesArticles(store)

      // A write that changes nothing a story shows leaves the list version where it was.
      listVersion = await store.storyListVersion()
      await ingest(store, documents([2]))
      expect(await store.storyListVersion()).toBe(listVersion)
      await store.close()
    })

    test('a stored report is kept per story and key, replaced by a newer key, and dropped with the story', async () => {
      const store = await open('reports')
      await ingest(store, documents([7, 8]))
      const [x, y] = await store.listStories()
      if (x === undefined || y === undefined) throw new Error('test: fewer than two stories')
      expect(await store.getStoryVersion(x.storyId)).toEqual({ storyId: x.storyId, version: x.version })
      expect(await store.getStoryVersion(x.storyId.slice(0, 8))).toEqual({ storyId: x.storyId, version: x.version })
      expect(await store.getStoryVersion('nothing')).toBeNull()
      await store.putStoryReport(y.storyId, 'k1', '{"r":1}')
      expect(await store.getStoryReport(y.storyId, 'k1')).toBe('{"r":1}')
      await store.putStoryReport(y.storyId, 'k2', '{"r":2}')
      expect(await store.getStoryReport(y.storyId, 'k1')).toBeNull()
      expect(await store.getStoryReport(y.storyId, 'k2')).toBe('{"r":2}')
      await store.write((tx) => tx.moveArticles(y.members.map((m) => ({ articleId: m.articleId, storyId: x.storyId }))))
      expect(await store.getStoryReport(y.storyId, 'k2')).toBeNull()
      await store.close()
    })
  })
}

/** Rows of an old store (schema 5): three stories, one article with a second source, one revised. */
const OLD_ROWS = {
  stories: [
    ['s1', '2024-01-01T00:00:00.000Z'],
    ['s2', '2024-01-01T00:00:00.000Z'],
  ],
  articles: [
    // article_id, story_id, outlet, published_at, first_seen_at, revision
    ['a1', 's1', 'Herald', '2024-03-01T10:00:00.000Z', '2024-03-02T00:00:00.000Z', 1],
    ['a2', 's1', 'Wrap', null, '2024-03-03T00:00:00.000Z', 2],
    ['a3', 's2', 'Herald', '2024-02-01T10:00:00.000Z', '2024-03-02T00:00:00.000Z', 1],
  ],
  revisions: [
    // article_id, revision, content_hash, title, headline_score
    ['a1', 1, 'h1', 'Loaded headline', 2.5],
    ['a2', 1, 'h2', 'Old title', null],
    ['a2', 2, 'h2b', 'Neutral headline', 0.5],
    ['a3', 1, 'h3', 'Floods', null],
  ],
  sources: [
    // location, article_id, outlet
    ['https://herald.example/a1', 'a1', 'Herald'],
    ['https://wrap.example/a2', 'a2', 'Wrap'],
    ['https://copy.example/a2', 'a2', 'Copy Daily'],
    ['https://herald.example/a3', 'a3', 'Herald'],
  ],
} as const

/** What the migrated store must list for OLD_ROWS (newest first). */
const EXPECTED_OLD = [
  ['s1', 'Neutral headline', '2024-03-01T10:00:00.000Z', '2024-03-03T00:00:00.000Z', ['a1', 'a2'], [['Herald'], ['Wrap', 'Copy Daily']]],
  ['s2', 'Floods', '2024-02-01T10:00:00.000Z', '2024-02-01T10:00:00.000Z', ['a3'], [['Herald']]],
]

async function expectMigrated(store: Store): Promise<void> {
  expect(await store.schemaVersion()).toBe(MIGRATIONS.at(-1)?.version)
  const list = await store.listStories()
  expect(list.map((s) => [s.storyId, s.title, s.firstSeen, s.lastSeen, s.members.map((m) => m.articleId), s.members.map((m) => m.outlets)])).toEqual(EXPECTED_OLD)
  expect((await store.corpusSince(0)).map((e) => e.articleId)).toEqual(['a1', 'a2', 'a3'])
  expect((await store.getStory('s1'))?.articles.map((a) => [a.articleId, a.revision, a.title])).toEqual([
    ['a1', 1, 'Loaded headline'],
    ['a2', 2, 'Neutral headline'],
  ])
  await expectListMatchesArticles(store)
}

describe('migration 6 on an old store: views backfilled, nothing lost', () => {
  test('sqlite', async () => {
    const path = join(root, 'old.db')
    const db = new Database(path)
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)')
    for (const m of MIGRATIONS.filter((m) => m.version <= 5)) {
      db.exec(m.sql)
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2024-01-01T00:00:00.000Z')
    }
    for (const r of OLD_ROWS.stories) db.prepare('INSERT INTO stories VALUES (?, ?)').run(...r)
    for (const [id, story, outlet, published, firstSeen, revision] of OLD_ROWS.articles) {
      db.prepare(
        `INSERT INTO articles (article_id, story_id, outlet, published_at, first_seen_at, language, revision, duplicate_group, wire, signature, terms)
         VALUES (?, ?, ?, ?, ?, 'en', ?, ?, NULL, ?, '[]')`,
      ).run(id, story, outlet, published, firstSeen, revision, id, Buffer.alloc(16))
    }
    for (const [id, revision, hash, title, score] of OLD_ROWS.revisions) {
      db.prepare(`INSERT INTO revisions VALUES (?, ?, ?, 'text', ?, ?, ?, '2024-01-01T00:00:00.000Z', ?)`).run(id, revision, hash, title, title, title, score)
    }
    for (const [location, id, outlet] of OLD_ROWS.sources) {
      db.prepare(`INSERT INTO article_sources VALUES (?, ?, ?, ?, ?, '2024-01-01T00:00:00.000Z')`).run(location, id, location, location, outlet)
    }
    db.close()
    const store = await openSqliteStore(path)
    await expectMigrated(store)
    await store.close()
  })

  test.skipIf(DATABASE_URL === null)('postgres', async () => {
    const url = await freshSchemaUrl(DATABASE_URL as string, 'old')
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      await client.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)')
      for (const m of POSTGRES_MIGRATIONS.filter((m) => m.version <= 5)) {
        await client.query(m.sql)
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [m.version, m.name, '2024-01-01T00:00:00.000Z'])
      }
      for (const r of OLD_ROWS.stories) await client.query('INSERT INTO stories VALUES ($1, $2)', [...r])
      for (const [id, story, outlet, published, firstSeen, revision] of OLD_ROWS.articles) {
        await client.query(
          `INSERT INTO articles (article_id, story_id, outlet, published_at, first_seen_at, language, revision, duplicate_group, wire, signature, terms)
           VALUES ($1, $2, $3, $4, $5, 'en', $6, $1, NULL, $7, '[]')`,
          [id, story, outlet, published, firstSeen, revision, Buffer.alloc(16)],
        )
      }
      for (const [id, revision, hash, title, score] of OLD_ROWS.revisions) {
        await client.query(`INSERT INTO revisions VALUES ($1, $2, $3, 'text', $4, $4, $4, '2024-01-01T00:00:00.000Z', $5)`, [id, revision, hash, title, score])
      }
      for (const [location, id, outlet] of OLD_ROWS.sources) {
        await client.query(`INSERT INTO article_sources (location, article_id, source, url, outlet, seen_at) VALUES ($1, $2, $1, $1, $3, '2024-01-01T00:00:00.000Z')`, [location, id, outlet])
      }
    } finally {
      await client.end()
    }
    const store = await openPostgresStore(url)
    await expectMigrated(store)
    await store.close()
  })
})
