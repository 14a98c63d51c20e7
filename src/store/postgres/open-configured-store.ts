import { defaultDbPath } from '../default-db-path.js'
import { openSqliteStore } from '../sqlite/index.js'
import type { Store } from '../store.js'
import { openPostgresStore } from './open-postgres-store.js'

export interface ConfiguredStoreOptions {
  /** `--db` flag: a SQLite file. Given, it wins over DATABASE_URL (an explicit flag beats the environment). */
  readonly db?: string | undefined
  readonly busyTimeoutMs?: number | undefined
  /** Defaults to process.env; tests pass their own. */
  readonly env?: Readonly<Record<string, string | undefined>>
}

/**
 * The store the user configured: the SQLite file of `--db` when given; else PostgreSQL when DATABASE_URL is a
 * postgres:// or postgresql:// URL; else the SQLite file of $PARALLAX_DB or the default path.
 * Example: `const store = await openConfiguredStore({ db: opts.db })`.
 */
export async function openConfiguredStore(options: ConfiguredStoreOptions = {}): Promise<Store> {
  const env = options.env ?? process.env
  const hasFlag = options.db !== undefined && options.db !== ''
  const url = hasFlag ? null : postgresUrl(env)
  const timeout = options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }
  if (url !== null) return openPostgresStore(url, timeout)
  return openSqliteStore(defaultDbPath(options.db, { ...env }), timeout)
}

/** DATABASE_URL when it names PostgreSQL, else null (unset or empty: SQLite stays the default). */
export function postgresUrl(env: Readonly<Record<string, string | undefined>>): string | null {
  const url = env['DATABASE_URL']?.trim() ?? ''
  return /^postgres(ql)?:\/\//i.test(url) ? url : null
}
