import { AppError } from '../../model/index.js'

/**
 * Turns a PostgreSQL or connection failure into the one boundary error, with a message a user can act on;
 * anything else (a bug) is returned unchanged. `where` names the server without its password.
 */
export function storeError(error: unknown, where: string): unknown {
  if (error instanceof AppError) return error
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : ''
  const message = error instanceof Error ? error.message : String(error)
  const options = { cause: error }
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'ECONNRESET':
      return new AppError('store_unavailable', `cannot reach PostgreSQL at ${where} (${code}); is the server running and DATABASE_URL right?`, options)
    case '28P01':
    case '28000':
      return new AppError('store_unavailable', `PostgreSQL at ${where} refused the login: ${message}`, options)
    case '3D000':
      return new AppError('store_unavailable', `PostgreSQL at ${where}: ${message}; create it first (createdb)`, options)
    case '55P03':
      return new AppError('store_unavailable', `PostgreSQL at ${where}: another writer holds the write lock (another ingest?); try again when it finishes`, options)
    case '53100':
      return new AppError('store_unavailable', `PostgreSQL at ${where}: disk full; nothing from the failed batch was stored`, options)
    case '57P01':
    case '57P03':
      return new AppError('store_unavailable', `PostgreSQL at ${where} is shutting down or starting up; try again`, options)
    default:
  }
  // Class 08 (connection exception) and 53 (insufficient resources): the server, not the request, failed.
  if (code.startsWith('08') || code.startsWith('53')) return new AppError('store_unavailable', `PostgreSQL at ${where}: ${message} (${code})`, options)
  if (message.includes('Connection terminated')) return new AppError('store_unavailable', `PostgreSQL at ${where}: connection lost (${message})`, options)
  return error
}

/** "user@host:port/db" from a connection URL, without the password (error messages must not leak it). */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.username === '' ? '' : `${decodeURIComponent(u.username)}@`}${u.host}${u.pathname}`
  } catch {
    return '(unparseable DATABASE_URL)'
  }
}
