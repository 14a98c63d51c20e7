import type { PoolClient } from 'pg'
import { AppError } from '../../model/index.js'

export interface VersionedSql {
  readonly version: number
  readonly name: string
  readonly sql: string
}

/**
 * Applies pending migrations from `migrations` in one transaction, recording them in `table`. A transaction-
 * scoped advisory lock (key from the table name) makes concurrent openers — several workers starting at once —
 * wait for the first instead of both running migration 1. `afterwards` runs in the same transaction once any
 * migration ran (the store backfills its story views there). Returns the schema version afterwards.
 */
export async function migrate(
  client: PoolClient,
  table: string,
  migrations: readonly VersionedSql[],
  where: string,
  afterwards?: (client: PoolClient) => Promise<unknown>,
): Promise<number> {
  const latest = migrations.at(-1)?.version ?? 0
  await client.query('BEGIN')
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`parallax:migrate:${table}`])
    await client.query(`CREATE TABLE IF NOT EXISTS ${table} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`)
    const current = Number((await client.query<{ v: number | null }>(`SELECT MAX(version) AS v FROM ${table}`)).rows[0]?.v ?? 0)
    if (current > latest) {
      throw new AppError('store_unavailable', `database ${where} has schema version ${current} (${table}), newer than this Parallax knows (${latest}); upgrade Parallax`)
    }
    for (const m of migrations) {
      if (m.version <= current) continue
      await client.query(m.sql)
      await client.query(`INSERT INTO ${table} (version, name, applied_at) VALUES ($1, $2, $3)`, [m.version, m.name, new Date().toISOString()])
    }
    if (current < latest) await afterwards?.(client)
    await client.query('COMMIT')
    return Math.max(current, latest)
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  }
}
