import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../model/index.js'
import { MIGRATIONS } from '../migrations/index.js'
import type { Store } from '../store.js'
import { beginImmediate } from './begin-immediate.js'
import { SqliteStore } from './sqlite-store.js'
import { storeError } from './store-error.js'
import { refreshStoryViews } from './story-views.js'

export interface SqliteStoreOptions {
  /** How long a writer waits for another process's write transaction to commit, in ms. Default 30,000. */
  readonly busyTimeoutMs?: number
  /** Caps the file at this many pages (4 KiB each): lets tests provoke SQLITE_FULL without a full disk. */
  readonly maxPageCount?: number
}

/**
 * 30 s without any other writer committing (see beginImmediate: while others commit, a writer waits on). A batch
 * commits in about a second, but a writer's first transaction catches up with the whole corpus and a settle
 * regroups a whole run, both several seconds on a large corpus; only a stuck writer should make another fail.
 */
const DEFAULT_BUSY_TIMEOUT_MS = 30_000

/**
 * Opens (creating if needed) the SQLite database at `path` in WAL mode and applies pending migrations.
 * Failures (locked, corrupt, unwritable, newer schema) throw AppError 'store_unavailable'.
 * Example: `const store = await openSqliteStore(defaultDbPath(opts.db))`.
 */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  let db: Database.Database | undefined
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
    db = new Database(path, { timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS })
    db.pragma('journal_mode = WAL')
    // NORMAL in WAL mode: a killed process loses nothing committed; only a power cut may lose the last commits.
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    if (options.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.floor(options.maxPageCount)}`)
    migrate(db, path)
    refreshLeftViews(db)
    return new SqliteStore(db, path)
  } catch (error) {
    db?.close()
    throw storeError(error, path)
  }
}

function migrate(db: Database.Database, path: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)')
  const latest = MIGRATIONS.at(-1)?.version ?? 0
  const current = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0
  if (current > latest) {
    throw new AppError('store_unavailable', `database ${path} has schema version ${current}, newer than this Parallax knows (${latest}); upgrade Parallax`)
  }
  if (current === latest) return
  // IMMEDIATE: two processes opening a fresh file at once must not both run migration 1.
  beginImmediate(db)
  try {
    const applied = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
    for (const migration of MIGRATIONS) {
      if (migration.version <= applied) continue
      db.exec(migration.sql)
      record.run(migration.version, migration.name, new Date().toISOString())
    }
    // Migration 6 marks every story stale: its views are backfilled in the migration's own transaction.
    refreshStoryViews(db)
    db.exec('COMMIT')
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK')
    throw error
  }
}

/**
 * Story views left stale by a write that bypassed SqliteStore.write (raw SQL, as the catch-up bench copies rows):
 * recomputed once on open. A store's own writes never leave any, so this is one empty read.
 */
function refreshLeftViews(db: Database.Database): void {
  if (db.prepare('SELECT 1 FROM stale_stories LIMIT 1').get() === undefined) return
  beginImmediate(db)
  try {
    refreshStoryViews(db)
    db.exec('COMMIT')
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK')
    throw error
  }
}
