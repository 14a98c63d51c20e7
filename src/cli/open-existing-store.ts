import { existsSync } from 'node:fs'
import { AppError } from '../model/index.js'
import { defaultDbPath, type Store } from '../store/index.js'
import { openConfiguredStore, postgresUrl } from '../store/postgres/index.js'

/**
 * Opens an existing store (PostgreSQL when DATABASE_URL names one and no --db is given): reading commands must not
 * leave an empty SQLite file behind a typo in --db.
 */
export async function openExistingStore(db: string | undefined): Promise<Store> {
  const isSqlite = (db !== undefined && db !== '') || postgresUrl(process.env) === null
  const path = defaultDbPath(db)
  if (isSqlite && path !== ':memory:' && !existsSync(path)) throw new AppError('not_found', `no database at ${path}; run \`parallax ingest\` first or pass --db`)
  return openConfiguredStore({ db })
}
