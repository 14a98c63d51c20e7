import type pg from 'pg'
import { AppError } from '../../model/index.js'
import type { AnalysisKey, CorpusEntry, Correction, Store, StoreWriter, StoryDetail, StoryQuery, StorySummary } from '../store.js'
import { readCorpus, readCorpusOf, readCorrections } from './corpus-rows.js'
import { PostgresWriter } from './postgres-writer.js'
import type { Queryable } from './queryable.js'
import { storeError } from './store-error.js'
import { findStory, findStoryVersion, listStories, storyListVersion } from './story-queries.js'
import { refreshStoryViews } from './story-views.js'

/**
 * Key of the transaction-scoped advisory lock every write takes first. It serialises writers across
 * processes and machines, as SQLite's BEGIN IMMEDIATE does on one file: ingest catches up with the corpus
 * and then decides duplicates and stories, which is only sound when no other writer commits in between.
 */
const WRITE_LOCK = 'parallax:store-write'

/** The PostgreSQL implementation of {@link Store}; open it with openPostgresStore. */
export class PostgresStore implements Store {
  readonly #pool: pg.Pool
  readonly #where: string
  readonly #busyTimeoutMs: number
  #isClosed = false

  constructor(pool: pg.Pool, where: string, busyTimeoutMs: number) {
    this.#pool = pool
    this.#where = where
    this.#busyTimeoutMs = busyTimeoutMs
  }

  async schemaVersion(): Promise<number> {
    return this.#run(async () => Number((await this.#pool.query<{ v: number }>('SELECT MAX(version) AS v FROM schema_migrations')).rows[0]?.v ?? 0))
  }

  async write<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T> {
    return this.writeWithSql((tx) => fn(tx))
  }

  /**
   * {@link write}, also handing `fn` the transaction's connection for the caller's own tables in the same
   * database: the job queue marks items grouped in the same commit that stores their articles. The writer
   * also has batch methods (findManyBySource, insertArticles, ...) that a busy grouper needs.
   */
  async writeWithSql<T>(fn: (tx: PostgresWriter, sql: Queryable) => Promise<T>): Promise<T> {
    const client = await this.#run(() => this.#pool.connect())
    try {
      await client.query('BEGIN')
      // lock_timeout bounds the wait for the advisory lock too: past it the server raises 55P03.
      await client.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.floor(this.#busyTimeoutMs))}`)
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [WRITE_LOCK])
      const result = await fn(new PostgresWriter(client), client)
      // The stories this write touched get their stored views in the same commit: readers never see them stale.
      await refreshStoryViews(client)
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw storeError(error, this.#where)
    } finally {
      client.release()
    }
  }

  async corpusSince(afterSeq: number, limit?: number): Promise<CorpusEntry[]> {
    return this.#run(() => readCorpus(this.#pool, afterSeq, limit))
  }

  async corpusOf(articleIds: readonly string[]): Promise<CorpusEntry[]> {
    return this.#run(() => readCorpusOf(this.#pool, articleIds))
  }

  async listStories(query: StoryQuery = {}): Promise<StorySummary[]> {
    return this.#run(() => listStories(this.#pool, query))
  }

  async storyListVersion(): Promise<number> {
    return this.#run(() => storyListVersion(this.#pool))
  }

  async getStory(storyId: string): Promise<StoryDetail | null> {
    return this.#run(() => findStory(this.#pool, storyId))
  }

  async getStoryVersion(storyId: string): Promise<{ storyId: string; version: string } | null> {
    return this.#run(() => findStoryVersion(this.#pool, storyId))
  }

  async getStoryReport(storyId: string, key: string): Promise<string | null> {
    return this.#run(async () => {
      const { rows } = await this.#pool.query<{ report: string }>('SELECT report FROM story_reports WHERE story_id = $1 AND key = $2', [storyId, key])
      return rows[0]?.report ?? null
    })
  }

  async putStoryReport(storyId: string, key: string, report: string): Promise<void> {
    // No write lock: one row upsert, which only waits for a writer that holds this story's row.
    await this.#run(() =>
      this.#pool.query(
        `INSERT INTO story_reports (story_id, key, report, created_at) SELECT story_id, $2, $3, $4 FROM stories WHERE story_id = $1
         ON CONFLICT (story_id) DO UPDATE SET key = EXCLUDED.key, report = EXCLUDED.report, created_at = EXCLUDED.created_at`,
        [storyId, key, report, new Date().toISOString()],
      ),
    )
  }

  async getAnalysis(key: AnalysisKey): Promise<string | null> {
    return this.#run(async () => {
      const { rows } = await this.#pool.query<{ result: string }>(
        'SELECT result FROM analyses WHERE article_id = $1 AND revision = $2 AND analyzer = $3',
        [key.articleId, key.revision, key.analyzer],
      )
      return rows[0]?.result ?? null
    })
  }

  async putAnalysis(key: AnalysisKey, result: string): Promise<void> {
    await this.#run(() =>
      this.#pool.query(
        `INSERT INTO analyses (article_id, revision, analyzer, result, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (article_id, revision, analyzer) DO UPDATE SET result = EXCLUDED.result, created_at = EXCLUDED.created_at`,
        [key.articleId, key.revision, key.analyzer, result, new Date().toISOString()],
      ),
    )
  }

  async corrections(): Promise<Correction[]> {
    return this.#run(() => readCorrections(this.#pool))
  }

  async close(): Promise<void> {
    if (this.#isClosed) return
    this.#isClosed = true
    await this.#pool.end()
  }

  async #run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#isClosed) throw new AppError('store_unavailable', `database ${this.#where} is closed`)
    try {
      return await fn()
    } catch (error) {
      throw storeError(error, this.#where)
    }
  }
}
