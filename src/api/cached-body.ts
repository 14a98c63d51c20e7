import { brotliCompress, constants, gzipSync } from 'node:zlib'
import type { Context } from 'hono'
import type { ApiEnv } from './api-env.js'

/**
 * A response body kept between requests (a story list, a report, a story page), with its compressed forms made
 * once: these bodies are 50–400 KB (a 14-article story's page ~380 KB, its report ~390 KB), so sending them plain
 * made the bytes, not the store, the limit (issue 19's bench: 20–25 MB/s at 50 clients on 2 shared cores). gzip
 * (level 6, made at once) makes them 7–15× smaller; brotli at its best quality another 30–45 % smaller than that
 * (the 14-article page: 26.6 KB gzip, 15.5 KB brotli), but takes ~0.5 s for the largest page, so it is made on
 * libuv's thread pool and sent once it is ready: the event loop never waits for it.
 */
export class CachedBody {
  readonly text: string
  readonly gzip: Uint8Array
  #br: Uint8Array | undefined

  constructor(text: string) {
    this.text = text
    // Level 6 (zlib's default): the body is compressed once per change and sent many times.
    this.gzip = gzipSync(text)
    const params = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text) }
    // A failure leaves the gzip form in use.
    brotliCompress(text, { params }, (error, result) => {
      if (error === null) this.#br = result
    })
  }

  /** The brotli form, once it is made (undefined until then). */
  get br(): Uint8Array | undefined {
    return this.#br
  }
}

export function cachedBody(text: string): CachedBody {
  return new CachedBody(text)
}

/**
 * Sends `body` brotli-encoded to a client that accepts it (`Accept-Encoding: br`: browsers over HTTPS, curl
 * --compressed, most HTTP libraries) once that form is made, else gzip-encoded to one that accepts gzip (every
 * browser), else plain.
 */
export function sendCached(c: Context<ApiEnv>, body: CachedBody, type: string): Response {
  c.header('Vary', 'Accept-Encoding')
  c.header('Content-Type', type)
  const accepted = acceptedCodings(c.req.header('accept-encoding'))
  const br = body.br
  if (br !== undefined && accepted.has('br')) {
    c.header('Content-Encoding', 'br')
    return c.body(br as Uint8Array<ArrayBuffer>)
  }
  if (accepted.has('gzip')) {
    c.header('Content-Encoding', 'gzip')
    return c.body(body.gzip as Uint8Array<ArrayBuffer>)
  }
  return c.body(body.text)
}

/** The content codings an Accept-Encoding header accepts (RFC 9110 §12.5.3), lower-cased; one with q=0 is refused. */
function acceptedCodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>()
  for (const item of (header ?? '').split(',')) {
    const [name = '', ...params] = item.split(';').map((s) => s.trim().toLowerCase())
    const q = params.find((p) => p.startsWith('q='))
    if (name !== '' && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name)
  }
  return accepted
}
