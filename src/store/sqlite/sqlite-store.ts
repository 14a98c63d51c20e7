import type Database from 'better-sqlite3'
import { AppError } from '../../model/index.js'
import type { AnalysisKey, CorpusEntry, Correction, Store, StoreWriter, StoryDetail, StoryQuery, StorySummary } from '../store.js'
import { beginImmediate } from './begin-immediate.js'
import { readCorpus, readCorpusOf, readCorrections } from './corpus-rows.js'
import { SqliteWriter } from './sqlite-writer.js'
import { storeError } from './store-error.js'
import { findStory, listStories } from './story-queries.js'

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

  async getStory(storyId: string): Promise<StoryDetail | null> {
    return this.#run(() => findStory(this.#db, storyId))
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
