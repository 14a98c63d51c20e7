import { AppError } from '../../model/index.js'

/**
 * Turns a SQLite failure into the one boundary error, with a message a user can act on; anything that is
 * not a SQLite error (a bug) is returned unchanged.
 */
export function storeError(error: unknown, path: string): unknown {
  if (error instanceof AppError) return error
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : ''
  if (!code.startsWith('SQLITE_')) return error
  const options = { cause: error }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('store_unavailable', `database ${path} is locked by another process (another ingest?); try again when it finishes`, options)
  }
  if (code === 'SQLITE_FULL') return new AppError('store_unavailable', `database ${path}: disk full; nothing from the failed batch was stored`, options)
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new AppError('store_unavailable', `database ${path} is corrupt or not a Parallax database; restore it from a backup or choose another path with --db`, options)
  }
  if (code.startsWith('SQLITE_CANTOPEN')) return new AppError('store_unavailable', `cannot open database ${path} (missing directory or no permission)`, options)
  if (code.startsWith('SQLITE_READONLY')) return new AppError('store_unavailable', `database ${path} is read-only`, options)
  if (code.startsWith('SQLITE_IOERR')) return new AppError('store_unavailable', `database ${path}: input/output error (${code})`, options)
  return new AppError('store_unavailable', `database ${path}: ${(error as Error).message} (${code})`, options)
}
