import { gzipSync } from 'node:zlib'
import type { Context } from 'hono'
import type { ApiEnv } from './api-env.js'

/**
 * A response body kept between requests (a story list, a report, a story page), with its gzip form made once:
 * these bodies are 0.2–1 MB (a 14-article story's page is ~770 KB), so sending them plain made the bytes, not the
 * store, the limit (issue 19's bench: 20–25 MB/s at 50 clients on 2 shared cores); gzip makes them ~10× smaller.
 */
export interface CachedBody {
  readonly text: string
  readonly gzip: Uint8Array
}

export function cachedBody(text: string): CachedBody {
  // Level 6 (zlib's default): the body is compressed once per change and sent many times.
  return { text, gzip: gzipSync(text) }
}

/** Sends `body` gzip-encoded to a client that accepts it (every browser does), plain otherwise. */
export function sendCached(c: Context<ApiEnv>, body: CachedBody, type: string): Response {
  c.header('Vary', 'Accept-Encoding')
  c.header('Content-Type', type)
  if (/\bgzip\b/i.test(c.req.header('accept-encoding') ?? '')) {
    c.header('Content-Encoding', 'gzip')
    return c.body(body.gzip as Uint8Array<ArrayBuffer>)
  }
  return c.body(body.text)
}
