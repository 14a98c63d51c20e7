import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib'
import { createRequire } from 'node:module'
import type * as Undici from 'undici'

// undici costs ~0.3 s to load; only runs that fetch URLs need it.
const require = createRequire(import.meta.url)
let undici: typeof Undici | undefined
function loadUndici(): typeof Undici {
  undici ??= require('undici') as typeof Undici
  return undici
}
import type { Skipped } from '../model/index.js'
import { isBlockedAddress, isBlockedHostName } from './address-guard.js'
import { formatBytes } from './bytes-to-document.js'
import { createHostPoliteness } from './host-politeness.js'
import { DEFAULT_MAX_BYTES, type ReadOptions } from './read-options.js'
import { messageOf, skip } from './skip.js'

/** A fetched response body, decompressed, not yet decoded. */
export interface FetchedBody {
  /** The final URL, after redirects. */
  readonly url: string
  readonly bytes: Uint8Array
  readonly contentType: string
  /** ISO 8601 from the Last-Modified header, when sent. */
  readonly lastModified?: string
}

export interface Fetcher {
  fetch(url: string): Promise<FetchedBody | Skipped>
  close(): Promise<void>
}

/** Says who we are and how we behave, so site owners can recognise the tool in their logs. */
export const DEFAULT_USER_AGENT = 'Parallax/0.1 (news coverage comparison CLI; one request per host per second)'
/** Types we can read: pages, plain text, feeds. Anything else (images, PDFs, video) is refused before download. */
const ACCEPTED_TYPES = /^(text\/(html|plain|xml)|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml|feed\+json|json))$/

class BlockedAddressError extends Error {
  readonly code = 'EBLOCKEDADDRESS'
}

/**
 * Creates the HTTP client for URL inputs: connect and total timeouts, a size cap on the decompressed body,
 * manual redirects (limit and loop detection), a content-type check, gzip/brotli (undici), a User-Agent,
 * one request per host per `perHostDelayMs`, and an SSRF guard that checks every address DNS returns, at
 * connect time, for the first request and every redirect, unless `allowPrivate`.
 */
export function createFetcher(options: ReadOptions = {}): Fetcher {
  const http = options.http ?? {}
  const totalTimeoutMs = http.totalTimeoutMs ?? 30_000
  const maxRedirects = http.maxRedirects ?? 5
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const allowPrivate = options.allowPrivate ?? false
  const politeness = createHostPoliteness(http.perHostDelayMs ?? 1000)
  const isBlocked = http.isBlockedAddress ?? isBlockedAddress
  const { Agent, request } = loadUndici()
  const agent = new Agent({
    connectTimeout: http.connectTimeoutMs ?? 10_000,
    headersTimeout: totalTimeoutMs,
    bodyTimeout: totalTimeoutMs,
    connect: { lookup: allowPrivate ? (dnsLookup as LookupFunction) : guardLookup(isBlocked) },
  })
  const userAgent = http.userAgent ?? DEFAULT_USER_AGENT

  async function fetchUrl(start: string): Promise<FetchedBody | Skipped> {
    // Our own timer rather than AbortSignal.timeout: it must stop when the fetch ends, or a late abort
    // surfaces as an unhandled error on an already-consumed body
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), totalTimeoutMs)
    try {
      return await fetchWithin(start, controller.signal)
    } finally {
      clearTimeout(timer)
    }
  }

  async function fetchWithin(start: string, signal: AbortSignal): Promise<FetchedBody | Skipped> {
    const seen = new Set<string>()
    let url = start
    for (let hop = 0; ; hop++) {
      const refusal = checkUrl(url, allowPrivate, isBlocked)
      if (refusal) return skip(start, refusal.reason, refusal.message)
      if (seen.has(url)) return skip(start, 'fetch-failed', `redirect loop at ${url}`)
      seen.add(url)
      await politeness.wait(new URL(url).host)
      let response
      try {
        response = await request(url, {
          dispatcher: agent,
          method: 'GET',
          signal,
          headers: {
            'user-agent': userAgent,
            accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
            'accept-encoding': 'gzip, deflate, br',
          },
        })
      } catch (error) {
        return failure(start, error, totalTimeoutMs)
      }
      const header = (name: string): string | undefined => {
        const value = response.headers[name]
        return Array.isArray(value) ? value[0] : value
      }
      const status = response.statusCode
      const location = header('location')
      if (status >= 300 && status < 400 && location) {
        discard(response.body)
        if (hop >= maxRedirects) return skip(start, 'fetch-failed', `more than ${maxRedirects} redirects`)
        url = new URL(location, url).href
        continue
      }
      if (status < 200 || status >= 300) {
        discard(response.body)
        return skip(start, 'fetch-failed', `HTTP ${status}`)
      }
      const contentType = header('content-type') ?? ''
      const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
      if (mediaType && !ACCEPTED_TYPES.test(mediaType)) {
        discard(response.body)
        return skip(start, 'fetch-failed', `unsupported content type ${mediaType}`)
      }
      const declared = Number(header('content-length') ?? NaN)
      // Content-Length is the compressed size; a body over the cap even compressed is refused unread
      if (declared > maxBytes) {
        discard(response.body)
        return skip(start, 'too-large', `${formatBytes(declared)} is over the ${formatBytes(maxBytes)} limit`)
      }
      const chunks: Buffer[] = []
      let total = 0
      try {
        for await (const chunk of response.body) {
          const buffer = chunk as Buffer
          total += buffer.byteLength
          if (total > maxBytes) {
            discard(response.body)
            return skip(start, 'too-large', `body is over the ${formatBytes(maxBytes)} limit`)
          }
          chunks.push(buffer)
        }
      } catch (error) {
        return failure(start, error, totalTimeoutMs, 'while reading the body')
      }
      const decoded = decompress(Buffer.concat(chunks), header('content-encoding'), maxBytes)
      if ('reason' in decoded) return skip(start, decoded.reason, decoded.message)
      const lastModified = header('last-modified')
      const lastModifiedIso = lastModified && !Number.isNaN(Date.parse(lastModified)) ? new Date(lastModified).toISOString() : undefined
      return { url, bytes: decoded.bytes, contentType, ...(lastModifiedIso ? { lastModified: lastModifiedIso } : {}) }
    }
  }

  return { fetch: fetchUrl, close: () => agent.close() }
}

/**
 * Undoes Content-Encoding ourselves rather than letting the client do it: a truncated gzip or brotli body
 * must be an error ("truncated or corrupt"), not a silently shortened page.
 */
function decompress(
  body: Buffer,
  encoding: string | undefined,
  maxBytes: number,
): { bytes: Buffer } | { reason: 'fetch-failed' | 'too-large'; message: string } {
  const name = (encoding ?? 'identity').trim().toLowerCase()
  const options = { maxOutputLength: maxBytes + 1 }
  try {
    let bytes: Buffer
    if (name === 'gzip' || name === 'x-gzip') bytes = gunzipSync(body, options)
    else if (name === 'br') bytes = brotliDecompressSync(body, options)
    else if (name === 'deflate') bytes = inflateWithOrWithoutHeader(body, options)
    else if (name === 'identity' || name === '') bytes = body
    else return { reason: 'fetch-failed', message: `unsupported content encoding ${name}` }
    if (bytes.byteLength > maxBytes) return { reason: 'too-large', message: `body decompresses to more than ${formatBytes(maxBytes)}` }
    return { bytes }
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      return { reason: 'too-large', message: `body decompresses to more than ${formatBytes(maxBytes)}` }
    }
    return { reason: 'fetch-failed', message: `truncated or corrupt ${name} body: ${messageOf(error)}` }
  }
}

/** Drops a response body we will not read; undici reports destroying an unread body as an error event. */
function discard(body: NodeJS.ReadableStream & { destroy(): void }): void {
  body.on('error', () => undefined)
  body.destroy()
}

/** "deflate" is zlib-wrapped by the spec but raw deflate from some servers. */
function inflateWithOrWithoutHeader(body: Buffer, options: { maxOutputLength: number }): Buffer {
  try {
    return inflateSync(body, options)
  } catch {
    return inflateRawSync(body, options)
  }
}

/** Refuses non-HTTP schemes, credentials in URLs, and literal or well-known internal hosts before any connection. */
function checkUrl(raw: string, allowPrivate: boolean, isBlocked: (address: string) => boolean): { reason: 'fetch-failed' | 'blocked'; message: string } | undefined {
  let url
  try {
    url = new URL(raw)
  } catch {
    return { reason: 'fetch-failed', message: `not a valid URL: ${raw}` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { reason: 'blocked', message: `refusing ${url.protocol} URL (only http and https)` }
  if (allowPrivate) return undefined
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if ((isIP(host) && isBlocked(host)) || isBlockedHostName(host)) {
    return { reason: 'blocked', message: `refusing to fetch ${host}: loopback, private or link-local address (use --allow-private to allow)` }
  }
  return undefined
}

/** dns.lookup that fails when any resolved address is internal: checked at connect time, so DNS rebinding between check and use is impossible. */
function guardLookup(isBlocked: (address: string) => boolean): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, [])
    const blocked = addresses.find((entry) => isBlocked(entry.address))
    if (blocked) {
      return callback(new BlockedAddressError(`refusing to fetch ${hostname}: it resolves to ${blocked.address}, a loopback, private or link-local address (use --allow-private to allow)`), [])
    }
    const first = addresses[0]
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), [])
    if (options.all) callback(null, addresses)
    else callback(null, first.address, first.family)
  })
}

function failure(source: string, error: unknown, totalTimeoutMs: number, when = ''): Skipped {
  const suffix = when ? ` ${when}` : ''
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof BlockedAddressError) return skip(source, 'blocked', cause.message)
    const code = (cause as NodeJS.ErrnoException).code
    if (cause.name === 'TimeoutError' || cause.name === 'AbortError' || code === 'UND_ERR_ABORTED' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      return skip(source, 'fetch-failed', `timed out after ${totalTimeoutMs / 1000}s${suffix}`)
    }
    if (code === 'UND_ERR_CONNECT_TIMEOUT') return skip(source, 'fetch-failed', `could not connect in time${suffix}`)
    if (code === 'ENOTFOUND') return skip(source, 'fetch-failed', `host not found${suffix}`)
    if (code === 'ECONNREFUSED') return skip(source, 'fetch-failed', `connection refused${suffix}`)
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || code === 'ERR_BROTLI_DECOMPRESSION_FAILED') {
      return skip(source, 'fetch-failed', `truncated or corrupt compressed body${suffix}`)
    }
    if (!cause.cause) return skip(source, 'fetch-failed', `${messageOf(cause)}${suffix}`)
  }
  return skip(source, 'fetch-failed', `${messageOf(error)}${suffix}`)
}
