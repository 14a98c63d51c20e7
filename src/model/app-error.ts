/** Closed set of failures at the boundary (files, network, database, requests). */
export type ErrorCode =
  | 'not_found'
  | 'invalid_input'
  | 'fetch_failed'
  | 'blocked_address'
  | 'too_large'
  | 'timeout'
  | 'store_unavailable'
  | 'conflict'
  | 'unauthorized'

/** The one error class thrown at boundaries; `code` maps to exit codes (cli/main.ts) and HTTP statuses (api/errors.ts). */
export class AppError extends Error {
  override name = 'AppError'
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options)
    this.code = code
  }
}
