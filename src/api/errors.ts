import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { z } from 'zod'
import { AppError, type ErrorCode } from '../model/index.js'

/** Every error code a response can carry: the boundary codes of AppError plus the HTTP-only ones. */
export type ApiErrorCode = ErrorCode | 'forbidden' | 'internal' | 'rate_limited' | 'busy' | 'client_closed'

/** An HTTP-only failure (a refused write, a wrong Host): thrown by middleware, turned into JSON by {@link errorResponse}. */
export class ApiError extends Error {
  override name = 'ApiError'
  readonly code: ApiErrorCode
  /** The fields that failed validation, for 400s. */
  readonly issues: readonly FieldIssue[] | undefined
  /** Seconds after which the same request may succeed (429, 503): sent as `Retry-After`. */
  readonly retryAfter: number | undefined
  constructor(code: ApiErrorCode, message: string, options?: ErrorOptions & { issues?: readonly FieldIssue[]; retryAfter?: number }) {
    super(message, options)
    this.code = code
    this.issues = options?.issues
    this.retryAfter = options?.retryAfter
  }
}

/** The one place error codes become HTTP statuses. */
const STATUS: Readonly<Record<ApiErrorCode, ContentfulStatusCode>> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  blocked_address: 422,
  rate_limited: 429,
  fetch_failed: 502,
  store_unavailable: 503,
  busy: 503,
  timeout: 504,
  internal: 500,
  // nginx's "client closed request": nobody reads it (the connection is gone); the access log shows why the job ended.
  client_closed: 499 as ContentfulStatusCode,
}

export function statusFor(code: ApiErrorCode): ContentfulStatusCode {
  return STATUS[code]
}

/** One field that failed validation: where (dotted path, "" for the body itself) and why. */
export interface FieldIssue {
  readonly path: string
  readonly message: string
}

/** The body of every error response: `{ error: { code, message, issues? } }`. */
export interface ErrorBody {
  readonly error: { readonly code: ApiErrorCode; readonly message: string; readonly issues?: readonly FieldIssue[] }
}

/** A JSON error response for `code`; `issues` lists the fields a validation error found. */
export function errorJson(c: Context, code: ApiErrorCode, message: string, issues?: readonly FieldIssue[]): Response {
  const body: ErrorBody = { error: { code, message, ...(issues === undefined ? {} : { issues }) } }
  if (code === 'unauthorized') c.header('WWW-Authenticate', 'Bearer realm="parallax"')
  return c.json(body, statusFor(code))
}

/**
 * What anything thrown by a route means for the client: AppError and ApiError by their code (ApiError's
 * `retryAfter` as the Retry-After header), zod errors as
 * 400 with the failing fields, Hono's HTTPException by its status; anything else is a bug, logged on the
 * server and described generically (no stack trace or internal message reaches the client).
 */
export function describeError(error: unknown, c: Context): ErrorBody['error'] {
  // Set here, the one path both JSON and page errors take, so a refused page says when to retry too.
  if (error instanceof ApiError && error.retryAfter !== undefined) c.header('Retry-After', String(Math.max(1, Math.ceil(error.retryAfter))))
  if (error instanceof ApiError) return { code: error.code, message: error.message, ...(error.issues === undefined ? {} : { issues: error.issues }) }
  if (error instanceof AppError) return { code: error.code, message: error.message }
  if (error instanceof z.ZodError) return { code: 'invalid_input', message: 'request is not valid', issues: issuesOf(error) }
  if (error instanceof HTTPException) {
    const code: ApiErrorCode = error.status === 413 ? 'too_large' : error.status === 401 ? 'unauthorized' : error.status < 500 ? 'invalid_input' : 'internal'
    return { code, message: error.message || 'request refused' }
  }
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`parallax serve: internal error on ${c.req.method} ${new URL(c.req.url).pathname}: ${message}\n`)
  return { code: 'internal', message: 'internal error (see the server log)' }
}

/** Anything thrown by an API route, as a JSON error response. */
export function errorResponse(error: unknown, c: Context): Response {
  const { code, message, issues } = describeError(error, c)
  return errorJson(c, code, message, issues)
}

/** zod issues as `{ path: "articles.0.url", message }`. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
}
