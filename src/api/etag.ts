import type { Context } from 'hono'
import type { ApiEnv } from './api-env.js'

/**
 * Whether the client's If-None-Match (RFC 9110 §13.1.2: a list of entity tags, weak ones compared weakly, or "*")
 * names `etag`: then it still holds the current body and is answered 304 Not Modified.
 */
export function isFresh(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false
  if (ifNoneMatch.trim() === '*') return true
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag))
}

/**
 * Sets the ETag and a Cache-Control that lets the browser keep the body but ask again each time ("no-cache": the
 * story may change any minute; "private": reads may need a token). Returns a 304 when the client has it, else null.
 */
export function notModified(c: Context<ApiEnv>, etag: string): Response | null {
  c.header('ETag', etag)
  c.header('Cache-Control', 'private, no-cache')
  return isFresh(c.req.header('if-none-match'), etag) ? c.body(null, 304) : null
}
