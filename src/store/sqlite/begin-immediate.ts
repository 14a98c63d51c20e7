import type Database from 'better-sqlite3'

/**
 * Starts a write transaction (BEGIN IMMEDIATE), waiting for other writers for as long as they make progress.
 * Each attempt waits up to the connection's busy timeout; when it runs out but another connection committed
 * meanwhile (`PRAGMA data_version` moved), the lock is changing hands, not stuck, so it tries again: four ingests
 * into one file each wait their turn however long the queue, where one used to fail with "database is locked"
 * after 5 s behind three others' batches. Only a writer that holds the lock for a whole busy timeout without
 * committing (a stuck process) makes it throw SQLITE_BUSY.
 */
export function beginImmediate(db: Database.Database): void {
  for (;;) {
    const version = dataVersion(db)
    try {
      db.exec('BEGIN IMMEDIATE')
      return
    } catch (error) {
      if (!isBusy(error) || dataVersion(db) === version) throw error
    }
  }
}

function dataVersion(db: Database.Database): number {
  return db.pragma('data_version', { simple: true }) as number
}

function isBusy(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : ''
  return code.startsWith('SQLITE_BUSY')
}
