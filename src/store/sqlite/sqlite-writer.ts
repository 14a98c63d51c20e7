import type Database from 'better-sqlite3'
import { bufferOf, signatureFromBytes } from '../rows.js'
import type { ArticleRef, ArticleSource, CorpusEntry, Correction, NewArticle, NewCorrection, NewRevision, StoredSnapshot, StoreWriter } from '../store.js'
import { readCorpus, readCorpusOf, readCorpusOfStories, readCorrections, signatureToBytes } from './corpus-rows.js'

const ARTICLE_REF = `SELECT a.article_id AS articleId, a.story_id AS storyId, a.revision AS revision, r.content_hash AS contentHash
  FROM articles a JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision`

/** Writes inside one open SQLite transaction (see SqliteStore.write). */
export class SqliteWriter implements StoreWriter {
  readonly #db: Database.Database
  // Preparing a statement costs more than running it: ingest runs each one per article, so prepare once.
  readonly #statements = new Map<string, Database.Statement>()

  constructor(db: Database.Database) {
    this.#db = db
  }

  #sql(sql: string): Database.Statement {
    let statement = this.#statements.get(sql)
    if (statement === undefined) {
      statement = this.#db.prepare(sql)
      this.#statements.set(sql, statement)
    }
    return statement
  }

  async corpusSince(afterSeq: number, limit?: number): Promise<CorpusEntry[]> {
    return readCorpus(this.#db, afterSeq, limit)
  }

  async corpusOf(articleIds: readonly string[]): Promise<CorpusEntry[]> {
    return readCorpusOf(this.#db, articleIds)
  }

  async corpusOfStories(storyIds: readonly string[]): Promise<CorpusEntry[]> {
    return readCorpusOfStories(this.#db, storyIds)
  }

  async pendingSettle(): Promise<string[]> {
    // CROSS JOIN keeps pending_settle outside: SQLite otherwise scanned every article (whole rows, terms and all)
    // to probe the pending list, a cost that grew with the corpus (issue 19).
    const rows = this.#sql('SELECT p.article_id AS id FROM pending_settle p CROSS JOIN articles a ON a.article_id = p.article_id ORDER BY a.seq').all() as { id: string }[]
    return rows.map((r) => r.id)
  }

  async addPendingSettle(articleIds: readonly string[]): Promise<void> {
    const add = this.#sql('INSERT OR IGNORE INTO pending_settle (article_id) VALUES (?)')
    for (const id of articleIds) add.run(id)
  }

  async clearPendingSettle(articleIds?: readonly string[]): Promise<void> {
    if (articleIds === undefined) this.#sql('DELETE FROM pending_settle').run()
    else this.#sql('DELETE FROM pending_settle WHERE article_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(articleIds))
  }

  async corpusGeneration(): Promise<number> {
    const row = this.#sql('SELECT generation FROM corpus_generation WHERE id = 1').get() as { generation: number } | undefined
    return row?.generation ?? 0
  }

  async corpusSnapshot(): Promise<StoredSnapshot | null> {
    const row = this.#sql('SELECT seq, state FROM corpus_snapshot WHERE id = 1').get() as { seq: number; state: Buffer } | undefined
    if (row === undefined) return null
    // The first part in the snapshot's row, the others a row each (migration 8): every one a buffer of its own,
    // never joined (see encodeCorpusSnapshot).
    const rest = this.#sql('SELECT bytes FROM corpus_snapshot_parts ORDER BY n').pluck().all() as Buffer[]
    return { seq: row.seq, parts: [row.state, ...rest] }
  }

  async putCorpusSnapshot(snapshot: StoredSnapshot): Promise<void> {
    const [first = new Uint8Array(0), ...rest] = snapshot.parts
    this
      .#sql('INSERT INTO corpus_snapshot (id, seq, state, created_at) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, state = excluded.state, created_at = excluded.created_at')
      .run(snapshot.seq, bufferOf(first), new Date().toISOString())
    this.#sql('DELETE FROM corpus_snapshot_parts').run()
    const insert = this.#sql('INSERT INTO corpus_snapshot_parts (n, bytes) VALUES (?, ?)')
    rest.forEach((part, i) => insert.run(i + 1, bufferOf(part)))
  }

  async signaturesOf(articleIds: readonly string[]): Promise<Map<string, Uint32Array>> {
    const rows = this
      .#sql('SELECT article_id, signature FROM articles WHERE article_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(articleIds)) as { article_id: string; signature: Buffer }[]
    return new Map(rows.map((r) => [r.article_id, signatureFromBytes(r.signature)]))
  }

  async findBySource(location: string): Promise<ArticleRef | null> {
    const row = this.#sql(`${ARTICLE_REF} WHERE a.article_id = (SELECT article_id FROM article_sources WHERE location = ?)`).get(location)
    return (row as ArticleRef | undefined) ?? null
  }

  async findByContentHash(contentHash: string): Promise<ArticleRef | null> {
    const row = this.#sql(`${ARTICLE_REF} WHERE a.article_id = (SELECT article_id FROM revisions WHERE content_hash = ?)`).get(contentHash)
    return (row as ArticleRef | undefined) ?? null
  }

  // The batch methods loop: SQLite runs in-process, so a statement per row costs no round trip.
  async findManyBySource(locations: readonly string[]): Promise<Map<string, ArticleRef>> {
    return this.#findMany(locations, (location) => this.findBySource(location))
  }

  async findManyByContentHash(hashes: readonly string[]): Promise<Map<string, ArticleRef>> {
    return this.#findMany(hashes, (hash) => this.findByContentHash(hash))
  }

  async #findMany(keys: readonly string[], find: (key: string) => Promise<ArticleRef | null>): Promise<Map<string, ArticleRef>> {
    const found = new Map<string, ArticleRef>()
    for (const key of new Set(keys)) {
      const ref = await find(key)
      if (ref !== null) found.set(key, ref)
    }
    return found
  }

  async insertArticles(list: readonly NewArticle[]): Promise<number[]> {
    const seqs = list.map((a) => this.#insertArticleRows(a))
    // The full-text rows last, all together: FTS5 keeps its new rows in memory until the commit, but writes them
    // out as a segment of their own whenever a statement that needs a statement journal runs (it opens a
    // savepoint on every virtual table), as the inserts of articles and sources, with their triggers, do. One
    // search row between them made that a segment per article: ~60 µs each and as many small segments to merge
    // (issue 19). Same rows, same index.
    const search = this.#sql('INSERT INTO article_search (rowid, body) VALUES (?, ?)')
    list.forEach((a, i) => search.run(seqs[i], a.searchText))
    return seqs
  }

  async addSources(list: readonly { articleId: string; source: ArticleSource }[]): Promise<void> {
    for (const { articleId, source } of list) await this.addSource(articleId, source)
  }

  async insertArticle(a: NewArticle): Promise<number> {
    const [seq] = await this.insertArticles([a])
    return seq as number
  }

  /** An article's rows but its full-text one (see insertArticles). */
  #insertArticleRows(a: NewArticle): number {
    const now = new Date().toISOString()
    this.#sql('INSERT OR IGNORE INTO stories (story_id, created_at) VALUES (?, ?)').run(a.storyId, now)
    const { lastInsertRowid } = this
      .#sql(
        `INSERT INTO articles (article_id, story_id, outlet, published_at, first_seen_at, language, revision, duplicate_group, wire, signature, terms)
         VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
      )
      .run(a.articleId, a.storyId, a.sourceInfo.outlet, a.publishedAt, now, a.language, a.duplicateGroup, a.wire, signatureToBytes(a.signature), JSON.stringify(a.terms))
    const seq = Number(lastInsertRowid)
    this.#insertRevision(a.articleId, 1, a, now)
    this.#addSource(a.articleId, a.sourceInfo)
    return seq
  }

  async addSource(articleId: string, source: ArticleSource): Promise<void> {
    this.#addSource(articleId, source)
  }

  #addSource(articleId: string, source: ArticleSource): void {
    this
      .#sql('INSERT OR IGNORE INTO article_sources (location, article_id, source, url, outlet, seen_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(source.location, articleId, source.source, source.url, source.outlet, new Date().toISOString())
  }

  async addRevision(articleId: string, revision: NewRevision): Promise<number> {
    const row = this.#sql('SELECT seq, revision FROM articles WHERE article_id = ?').get(articleId) as { seq: number; revision: number } | undefined
    if (row === undefined) throw new Error(`store: no article ${articleId} to revise`)
    const next = row.revision + 1
    this.#insertRevision(articleId, next, revision, new Date().toISOString())
    this.#sql('UPDATE articles SET revision = ? WHERE article_id = ?').run(next, articleId)
    this.#sql('DELETE FROM article_search WHERE rowid = ?').run(row.seq)
    this.#sql('INSERT INTO article_search (rowid, body) VALUES (?, ?)').run(row.seq, revision.searchText)
    return next
  }

  async moveArticles(moves: readonly { articleId: string; storyId: string }[]): Promise<void> {
    const now = new Date().toISOString()
    const ensure = this.#sql('INSERT OR IGNORE INTO stories (story_id, created_at) VALUES (?, ?)')
    const move = this.#sql('UPDATE articles SET story_id = ? WHERE article_id = ?')
    const storyOf = this.#sql('SELECT story_id AS storyId FROM articles WHERE article_id = ?')
    const touched = new Set<string>()
    for (const m of moves) {
      const before = storyOf.get(m.articleId) as { storyId: string } | undefined
      if (before !== undefined) touched.add(before.storyId)
      touched.add(m.storyId)
      ensure.run(m.storyId, now)
      move.run(m.storyId, m.articleId)
    }
    // Only the stories these moves left or created can be empty now: every write keeps a story row per story with
    // articles and none other. Checking every story scanned the whole table (~700 pages at 6,000 articles) on each
    // settle (issue 19).
    this.#sql('DELETE FROM stories WHERE story_id IN (SELECT value FROM json_each(?)) AND story_id NOT IN (SELECT story_id FROM articles)').run(JSON.stringify([...touched]))
  }

  async addCorrection(c: NewCorrection): Promise<Correction> {
    const createdAt = new Date().toISOString()
    const { lastInsertRowid } = this
      .#sql('INSERT INTO corrections (kind, story_id, article_ids, created_at) VALUES (?, ?, ?, ?)')
      .run(c.kind, c.storyId, JSON.stringify(c.articleIds), createdAt)
    const stored = readCorrections(this.#db).find((x) => x.id === Number(lastInsertRowid))
    if (stored === undefined) throw new Error('store: correction vanished after insert')
    return stored
  }

  #insertRevision(articleId: string, revision: number, r: NewRevision, now: string): void {
    this
      .#sql('INSERT INTO revisions (article_id, revision, content_hash, format, content, text, title, headline_score, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(articleId, revision, r.contentHash, r.format, r.content, r.text, r.title, r.headlineScore ?? null, now)
  }
}
