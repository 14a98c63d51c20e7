import pg from 'pg'
import type { Store } from '../store.js'
import { migrate } from './migrate.js'
import { POSTGRES_MIGRATIONS } from './migrations.js'
import { PostgresStore } from './postgres-store.js'
import { describeDatabaseUrl, storeError } from './store-error.js'
import { refreshStoryViews } from './story-views.js'

export interface PostgresStoreOptions {
  /** How long a writer waits for another writer's transaction, in ms. Default 5000, as SQLite's busy timeout. */
  readonly busyTimeoutMs?: number
  /** Connections in the pool. Default 4: one writer at a time plus reads (`show`, workers' lookups). */
  readonly maxConnections?: number
}

/** 5 s: the same wait as the SQLite store (an ingest batch commits in well under a second). */
const DEFAULT_BUSY_TIMEOUT_MS = 5000

/**
 * Connects to PostgreSQL at `url` (postgres://user:pass@host:port/db) and applies pending migrations.
 * Failures (unreachable, login refused, no such database, newer schema) throw AppError 'store_unavailable'
 * with the URL minus its password. Example: `const store = await openPostgresStore(process.env.DATABASE_URL)`.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const where = describeDatabaseUrl(url)
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 4, connectionTimeoutMillis: 10_000 })
  // An idle pooled connection that the server drops (restart, network) must not crash the process.
  pool.on('error', () => {})
  try {
    const client = await pool.connect()
    try {
      // Migration 6 marks every story stale: its views are backfilled in the migration's own transaction.
      await migrate(client, 'schema_migrations', POSTGRES_MIGRATIONS, where, refreshStoryViews)
    } finally {
      client.release()
    }
    const store = new PostgresStore(pool, where, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS)
    // Views left stale by a write that bypassed the store (raw SQL) are recomputed once; normally none are.
    if ((await pool.query('SELECT 1 FROM stale_stories LIMIT 1')).rows.length > 0) await store.write(async () => {})
    return store
  } catch (error) {
    await pool.end().catch(() => {})
    throw storeError(error, where)
  }
}

export type { Store }
