import { bufferOf, signatureFromBytes } from '../rows.js'
import type { ArticleRef, ArticleSource, CorpusEntry, Correction, NewArticle, NewCorrection, NewRevision, StoredSnapshot, StoreWriter } from '../store.js'
import { readCorpus, readCorpusOf, readCorpusOfStories, readCorrections, signatureToBytes } from './corpus-rows.js'
import type { Queryable } from './queryable.js'

const ARTICLE_REF = `SELECT a.article_id AS "articleId", a.story_id AS "storyId", a.revision AS revision, r.content_hash AS "contentHash"
  FROM articles a JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision`

/** Writes inside one open PostgreSQL transaction (see PostgresStore.write). */
export class PostgresWriter implements StoreWriter {
  readonly #db: Queryable

  constructor(db: Queryable) {
    this.#db = db
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
    const { rows } = await this.#db.query<{ id: string }>('SELECT p.article_id AS id FROM pending_settle p JOIN articles a ON a.article_id = p.article_id ORDER BY a.seq')
    return rows.map((r) => r.id)
  }

  async addPendingSettle(articleIds: readonly string[]): Promise<void> {
    if (articleIds.length === 0) return
    await this.#db.query('INSERT INTO pending_settle (article_id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [articleIds])
  }

  async clearPendingSettle(articleIds?: readonly string[]): Promise<void> {
    if (articleIds === undefined) await this.#db.query('DELETE FROM pending_settle')
    else await this.#db.query('DELETE FROM pending_settle WHERE article_id = ANY($1::text[])', [articleIds])
  }

  async corpusGeneration(): Promise<number> {
    const { rows } = await this.#db.query<{ generation: string }>('SELECT generation FROM corpus_generation WHERE id = 1')
    return Number(rows[0]?.generation ?? 0)
  }

  async corpusSnapshot(): Promise<StoredSnapshot | null> {
    const { rows } = await this.#db.query<{ seq: string; state: Buffer }>('SELECT seq, state FROM corpus_snapshot WHERE id = 1')
    const row = rows[0]
    if (row === undefined) return null
    // As SQLite's: the first part in the snapshot's row, the others a row each (migration 8).
    const parts = await this.#db.query<{ bytes: Buffer }>('SELECT bytes FROM corpus_snapshot_parts ORDER BY n')
    return { seq: Number(row.seq), parts: [row.state, ...parts.rows.map((r) => r.bytes)] }
  }

  async putCorpusSnapshot(snapshot: StoredSnapshot): Promise<void> {
    const [first = new Uint8Array(0), ...rest] = snapshot.parts
    await this.#db.query(
      'INSERT INTO corpus_snapshot (id, seq, state, created_at) VALUES (1, $1, $2, $3) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, state = excluded.state, created_at = excluded.created_at',
      [snapshot.seq, bufferOf(first), new Date().toISOString()],
    )
    await this.#db.query('DELETE FROM corpus_snapshot_parts')
    // A statement a part: a snapshot is stored at most once per SNAPSHOT_AFTER articles, in ~70 parts at 6,000.
    for (const [i, part] of rest.entries()) await this.#db.query('INSERT INTO corpus_snapshot_parts (n, bytes) VALUES ($1, $2)', [i + 1, bufferOf(part)])
  }

  async signaturesOf(articleIds: readonly string[]): Promise<Map<string, Uint32Array>> {
    const { rows } = await this.#db.query<{ article_id: string; signature: Buffer }>('SELECT article_id, signature FROM articles WHERE article_id = ANY($1)', [articleIds])
    return new Map(rows.map((r) => [r.article_id, signatureFromBytes(r.signature)]))
  }

  async findBySource(location: string): Promise<ArticleRef | null> {
    const { rows } = await this.#db.query<ArticleRef>(`${ARTICLE_REF} WHERE a.article_id = (SELECT article_id FROM article_sources WHERE location = $1)`, [location])
    return rows[0] ?? null
  }

  async findByContentHash(contentHash: string): Promise<ArticleRef | null> {
    const { rows } = await this.#db.query<ArticleRef>(`${ARTICLE_REF} WHERE a.article_id = (SELECT article_id FROM revisions WHERE content_hash = $1)`, [contentHash])
    return rows[0] ?? null
  }

  /** {@link findBySource} for many locations in one round trip: location → article (absent when unknown). */
  async findManyBySource(locations: readonly string[]): Promise<Map<string, ArticleRef>> {
    return this.#findMany('SELECT location AS key, article_id FROM article_sources', 'location', locations)
  }

  /** {@link findByContentHash} for many hashes in one round trip: hash → article (absent when unknown). */
  async findManyByContentHash(hashes: readonly string[]): Promise<Map<string, ArticleRef>> {
    return this.#findMany('SELECT content_hash AS key, article_id FROM revisions', 'content_hash', hashes)
  }

  /** `keyed` selects (key, article_id) rows; those whose `column` is among `keys` map to their article's ref. */
  async #findMany(keyed: string, column: string, keys: readonly string[]): Promise<Map<string, ArticleRef>> {
    const { rows } = await this.#db.query<ArticleRef & { key: string }>(
      `SELECT k.key, a.article_id AS "articleId", a.story_id AS "storyId", a.revision AS revision, r.content_hash AS "contentHash"
       FROM (${keyed} WHERE ${column} = ANY($1::text[])) k
       JOIN articles a ON a.article_id = k.article_id JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision`,
      [keys],
    )
    return new Map(rows.map(({ key, ...ref }) => [key, ref]))
  }

  /**
   * {@link insertArticle} for many new articles in four statements whatever their number (a round trip per
   * row made grouping wait on the network, not the CPU). Returns their sequence numbers, in order.
   */
  async insertArticles(list: readonly NewArticle[]): Promise<number[]> {
    if (list.length === 0) return []
    const now = new Date().toISOString()
    const col = <T>(f: (a: NewArticle) => T): T[] => list.map(f)
    await this.#db.query('INSERT INTO stories (story_id, created_at) SELECT DISTINCT s, $2 FROM unnest($1::text[]) AS s ON CONFLICT DO NOTHING', [col((a) => a.storyId), now])
    const { rows } = await this.#db.query<{ seq: string; article_id: string }>(
      `INSERT INTO articles (article_id, story_id, outlet, published_at, first_seen_at, language, revision, duplicate_group, wire, signature, terms, search)
       SELECT t.article_id, t.story_id, t.outlet, t.published_at, $11, t.language, 1, t.duplicate_group, t.wire, t.signature, t.terms, to_tsvector('simple', t.search)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bytea[], $9::text[], $10::text[])
         WITH ORDINALITY AS t(article_id, story_id, outlet, published_at, language, duplicate_group, wire, signature, terms, search, n)
       ORDER BY t.n RETURNING seq, article_id`,
      [
        col((a) => a.articleId),
        col((a) => a.storyId),
        col((a) => a.sourceInfo.outlet),
        col((a) => a.publishedAt),
        col((a) => a.language),
        col((a) => a.duplicateGroup),
        col((a) => a.wire),
        col((a) => signatureToBytes(a.signature)),
        col((a) => JSON.stringify(a.terms)),
        col((a) => a.searchText),
        now,
      ],
    )
    await this.#db.query(
      `INSERT INTO revisions (article_id, revision, content_hash, format, content, text, title, headline_score, stored_at)
       SELECT t.article_id, 1, t.content_hash, t.format, t.content, t.text, t.title, t.headline_score, $7
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $8::float8[]) AS t(article_id, content_hash, format, content, text, title, headline_score)`,
      [col((a) => a.articleId), col((a) => a.contentHash), col((a) => a.format), col((a) => a.content), col((a) => a.text), col((a) => a.title), now, col((a) => a.headlineScore ?? null)],
    )
    await this.#db.query(
      `INSERT INTO article_sources (location, article_id, source, url, outlet, seen_at)
       SELECT t.location, t.article_id, t.source, t.url, t.outlet, $6
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(location, article_id, source, url, outlet, n)
       ORDER BY t.n ON CONFLICT (location) DO NOTHING`,
      [col((a) => a.sourceInfo.location), col((a) => a.articleId), col((a) => a.sourceInfo.source), col((a) => a.sourceInfo.url), col((a) => a.sourceInfo.outlet), now],
    )
    const seqOf = new Map(rows.map((r) => [r.article_id, Number(r.seq)]))
    return list.map((a) => seqOf.get(a.articleId) ?? Number.NaN)
  }

  async insertArticle(a: NewArticle): Promise<number> {
    const now = new Date().toISOString()
    await this.#db.query('INSERT INTO stories (story_id, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [a.storyId, now])
    const { rows } = await this.#db.query<{ seq: string }>(
      `INSERT INTO articles (article_id, story_id, outlet, published_at, first_seen_at, language, revision, duplicate_group, wire, signature, terms, search)
       VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8, $9, $10, to_tsvector('simple', $11)) RETURNING seq`,
      [a.articleId, a.storyId, a.sourceInfo.outlet, a.publishedAt, now, a.language, a.duplicateGroup, a.wire, signatureToBytes(a.signature), JSON.stringify(a.terms), a.searchText],
    )
    await this.#insertRevision(a.articleId, 1, a, now)
    await this.addSource(a.articleId, a.sourceInfo)
    return Number(rows[0]?.seq)
  }

  async addSource(articleId: string, source: ArticleSource): Promise<void> {
    await this.#db.query(
      'INSERT INTO article_sources (location, article_id, source, url, outlet, seen_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (location) DO NOTHING',
      [source.location, articleId, source.source, source.url, source.outlet, new Date().toISOString()],
    )
  }

  /** {@link addSource} for many sources in one statement, in list order. */
  async addSources(list: readonly { articleId: string; source: ArticleSource }[]): Promise<void> {
    if (list.length === 0) return
    const col = <T>(f: (x: { articleId: string; source: ArticleSource }) => T): T[] => list.map(f)
    await this.#db.query(
      `INSERT INTO article_sources (location, article_id, source, url, outlet, seen_at)
       SELECT t.location, t.article_id, t.source, t.url, t.outlet, $6
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(location, article_id, source, url, outlet, n)
       ORDER BY t.n ON CONFLICT (location) DO NOTHING`,
      [col((x) => x.source.location), col((x) => x.articleId), col((x) => x.source.source), col((x) => x.source.url), col((x) => x.source.outlet), new Date().toISOString()],
    )
  }

  async addRevision(articleId: string, revision: NewRevision): Promise<number> {
    const { rows } = await this.#db.query<{ revision: number }>(
      `UPDATE articles SET revision = revision + 1, search = to_tsvector('simple', $2) WHERE article_id = $1 RETURNING revision`,
      [articleId, revision.searchText],
    )
    const next = rows[0]?.revision
    if (next === undefined) throw new Error(`store: no article ${articleId} to revise`)
    await this.#insertRevision(articleId, next, revision, new Date().toISOString())
    return next
  }

  async moveArticles(moves: readonly { articleId: string; storyId: string }[]): Promise<void> {
    if (moves.length === 0) return
    const now = new Date().toISOString()
    const articleIds = moves.map((m) => m.articleId)
    const storyIds = moves.map((m) => m.storyId)
    // One statement per step whatever the number of moves: a regroup moves thousands of articles.
    await this.#db.query('INSERT INTO stories (story_id, created_at) SELECT DISTINCT s, $2 FROM unnest($1::text[]) AS s ON CONFLICT DO NOTHING', [storyIds, now])
    await this.#db.query(
      `UPDATE articles a SET story_id = m.story_id
       FROM (SELECT DISTINCT ON (article_id) article_id, story_id FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(article_id, story_id, n) ORDER BY article_id, n DESC) m
       WHERE a.article_id = m.article_id`,
      [articleIds, storyIds],
    )
    await this.#db.query('DELETE FROM stories s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.story_id)')
  }

  async addCorrection(c: NewCorrection): Promise<Correction> {
    const { rows } = await this.#db.query<{ id: string }>(
      'INSERT INTO corrections (kind, story_id, article_ids, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
      [c.kind, c.storyId, JSON.stringify(c.articleIds), new Date().toISOString()],
    )
    const stored = (await readCorrections(this.#db, Number(rows[0]?.id)))[0]
    if (stored === undefined) throw new Error('store: correction vanished after insert')
    return stored
  }

  async #insertRevision(articleId: string, revision: number, r: NewRevision, now: string): Promise<void> {
    await this.#db.query(
      'INSERT INTO revisions (article_id, revision, content_hash, format, content, text, title, headline_score, stored_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [articleId, revision, r.contentHash, r.format, r.content, r.text, r.title, r.headlineScore ?? null, now],
    )
  }
}
