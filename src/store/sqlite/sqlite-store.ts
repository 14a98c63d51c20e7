import type Database from 'better-sqlite3'
import { AppError } from '../../model/index.js'
import type { AnalysisKey, CorpusEntry, Correction, Store, StoreWriter, StoryDetail, StoryQuery, StorySummary } from '../store.js'
import { beginImmediate } from './begin-immediate.js'
import { readCorpus, readCorpusOf, readCorrections } from './corpus-rows.js'
import { SqliteWriter } from './sqlite-writer.js'
import { storeError } from './store-error.js'
import { findStory, findStoryVersion, listStories, storyListVersion } from './story-queries.js'
import { refreshStoryViews } from './story-views.js'

/** How long putStoryReport waits for another writer: a page must not stall behind an ingest (the default is 30 s). */
const REPORT_BUSY_TIMEOUT_MS = 200

/** The SQLite implementation of {@link Store}; open it with openSqliteStore. */
export class SqliteStore implements Store {
  readonly #db: Database.Database
  readonly #path: string
  #isWriting = false
  #writer: SqliteWriter | undefined

  constructor(db: Database.Database, path: string) {
    this.#db = db
    this.#path = path
  }

  async schemaVersion(): Promise<number> {
    return this.#run(() => (this.#db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number }).v)
  }

  async write<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T> {
    if (this.#isWriting) throw new Error('store: write() called inside write()')
    this.#run(() => beginImmediate(this.#db))
    this.#isWriting = true
    try {
      this.#writer ??= new SqliteWriter(this.#db)
      const result = await fn(this.#writer)
      // The stories this write touched get their stored views in the same commit: readers never see them stale.
      this.#run(() => refreshStoryViews(this.#db))
      this.#run(() => this.#db.exec('COMMIT'))
      return result
    } catch (error) {
      // SQLite may already have rolled back (SQLITE_FULL does); a second ROLLBACK would throw and hide the cause.
      if (this.#db.inTransaction) this.#db.exec('ROLLBACK')
      throw storeError(error, this.#path)
    } finally {
      this.#isWriting = false
    }
  }

  async corpusSince(afterSeq: number, limit?: number): Promise<CorpusEntry[]> {
    return this.#run(() => readCorpus(this.#db, afterSeq, limit))
  }

  async corpusOf(articleIds: readonly string[]): Promise<CorpusEntry[]> {
    return this.#run(() => readCorpusOf(this.#db, articleIds))
  }

  async listStories(query: StoryQuery = {}): Promise<StorySummary[]> {
    return this.#run(() => listStories(this.#db, query))
  }

  async storyListVersion(): Promise<number> {
    return this.#run(() => storyListVersion(this.#db))
  }

  async getStory(storyId: string): Promise<StoryDetail | null> {
    return this.#run(() => findStory(this.#db, storyId))
  }

  async getStoryVersion(storyId: string): Promise<{ storyId: string; version: string } | null> {
    return this.#run(() => findStoryVersion(this.#db, storyId))
  }

  async getStoryReport(storyId: string, key: string): Promise<string | null> {
    return this.#run(() => {
      const row = this.#db.prepare('SELECT report FROM story_reports WHERE story_id = ? AND key = ?').get(storyId, key) as { report: string } | undefined
      return row?.report ?? null
    })
  }

  async putStoryReport(storyId: string, key: string, report: string): Promise<void> {
    if (this.#isWriting || !this.#db.open) return
    // better-sqlite3 waits for a lock on this thread: a short wait, then give up (the caller keeps its copy).
    const timeout = this.#db.pragma('busy_timeout', { simple: true }) as number
    this.#db.pragma(`busy_timeout = ${REPORT_BUSY_TIMEOUT_MS}`)
    try {
      this.#db
        .prepare(
          `INSERT INTO story_reports (story_id, key, report, created_at) SELECT story_id, ?, ?, ? FROM stories WHERE story_id = ?
           ON CONFLICT (story_id) DO UPDATE SET key = excluded.key, report = excluded.report, created_at = excluded.created_at`,
        )
        .run(key, report, new Date().toISOString(), storyId)
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw storeError(error, this.#path)
    } finally {
      this.#db.pragma(`busy_timeout = ${timeout}`)
    }
  }

  async getAnalysis(key: AnalysisKey): Promise<string | null> {
    return this.#run(() => {
      const row = this.#db
        .prepare('SELECT result FROM analyses WHERE article_id = ? AND revision = ? AND analyzer = ?')
        .get(key.articleId, key.revision, key.analyzer) as { result: string } | undefined
      return row?.result ?? null
    })
  }

  async putAnalysis(key: AnalysisKey, result: string): Promise<void> {
    this.#run(() => {
      this.#db
        .prepare('INSERT OR REPLACE INTO analyses (article_id, revision, analyzer, result, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(key.articleId, key.revision, key.analyzer, result, new Date().toISOString())
    })
  }

  async corrections(): Promise<Correction[]> {
    return this.#run(() => readCorrections(this.#db))
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close()
  }

  #run<T>(fn: () => T): T {
    if (!this.#db.open) throw new AppError('store_unavailable', `database ${this.#path} is closed`)
    try {
      return fn()
    } catch (error) {
      throw storeError(error, this.#path)
    }
  }
}
