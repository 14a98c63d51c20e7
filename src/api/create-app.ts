import { createHash } from 'node:crypto'
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { DEFAULT_MAX_BYTES, type ReadOptions } from '../ingest/index.js'
import type { OutletRegistry } from '../model/index.js'
import type { Store, StoryCursor } from '../store/index.js'
import { requireHost, requireLocalOrToken, requireToken } from './access.js'
import { accessLog } from './access-log.js'
import type { ApiEnv } from './api-env.js'
import { ComparePool } from './compare-pool.js'
import { compareRoute } from './compare-route.js'
import { ApiError, errorJson, errorResponse } from './errors.js'
import { ArticleIngester } from './ingest-articles.js'
import { openApiDocument } from './openapi.js'
import { parse, parseJsonBody } from './parse-body.js'
import { DEFAULT_RATE_LIMIT, rateLimit, type RateLimitOptions } from './rate-limit.js'
import { requireSameOriginOrToken } from './same-origin.js'
import { ArticleInput, DEFAULT_STORIES_LIMIT, MAX_COMPARE_BODY_BYTES, StoriesQuery, StoryId } from './schemas.js'
import { securityHeaders } from './security-headers.js'
import { sendCached } from './cached-body.js'
import { notModified } from './etag.js'
import { encodeStoryCursor } from './story-cursor.js'
import { StoryLists } from './story-lists.js'
import { StoryReports } from './story-reports.js'
import { WriteQueue } from './write-queue.js'
import { pageError, registerPages } from './pages.js'
import { foldName } from '../pipeline/index.js'

export interface AppOptions {
  readonly store: Store
  /** `PARALLAX_TOKEN`: needed for writes, and for reads from other hosts. Unset: writes are refused (403). */
  readonly token?: string
  /** Host names requests may be addressed to (URL.hostname form); unset accepts any. See requireHost. */
  readonly allowedHosts?: readonly string[]
  /** Options for fetching URL inputs (tests point the SSRF guard at a local server); `allowPrivate` is always off. */
  readonly read?: ReadOptions
  /** The user's outlet registry (`parallax serve --outlets`): display names, groups and blindspots in stories and reports. */
  readonly outletRegistry?: OutletRegistry
  /** Where the access log goes, one line per request (`parallax serve`: stderr, unless --quiet); unset: no log. */
  readonly accessLog?: (line: string) => void
  /**
   * Worker threads that run comparisons (`parallax serve --compare-workers/--compare-queue/--compare-timeout`);
   * default a ComparePool with its defaults, started on the first comparison.
   */
  readonly comparePool?: ComparePool
  /** Requests a client may send to the expensive endpoints, per endpoint (DEFAULT_RATE_LIMIT); false: no limit. */
  readonly rateLimit?: RateLimitOptions | false
}

/**
 * Request bodies over this are refused with 413 before they are read: ingest's own per-document limit
 * (DEFAULT_MAX_BYTES, 20 MB), plus room for JSON escaping of a page's quotes and backslashes.
 */
export const MAX_BODY_BYTES = DEFAULT_MAX_BYTES + 4 * 1024 * 1024

/**
 * The HTTP API and web UI over one store, as a Hono app: serve it with @hono/node-server (`parallax serve`),
 * or call `app.request('/api/stories')` in tests, with no server and no port.
 *
 * @example
 * const app = createApp({ store, token: process.env.PARALLAX_TOKEN })
 * const res = await app.request('/api/stories?q=oreshnik')
 */
export function createApp(options: AppOptions): Hono<ApiEnv> {
  const { store, token } = options
  const { outletRegistry } = options
  const reports = new StoryReports(store, outletRegistry)
  const lists = new StoryLists(store, outletRegistry)
  const writes = new WriteQueue()
  const read: ReadOptions = { ...options.read, allowPrivate: false }
  const ingester = new ArticleIngester(store, read, outletRegistry)
  const app = new Hono<ApiEnv>()
  const limit = sizeLimit(MAX_BODY_BYTES)
  const readers = requireLocalOrToken(token)
  const comparePool = options.comparePool ?? new ComparePool()
  const throttle = (): MiddlewareHandler<ApiEnv> => (options.rateLimit === false ? async (_c, next) => next() : rateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT))
  // Cheapest checks first, all before the body is read: the client's rate, where the post comes from, who sent
  // it, the declared size. Then the body goes to the pool as bytes (compareRoute).
  const compareGuards = [throttle(), requireSameOriginOrToken(token), readers, sizeLimit(MAX_COMPARE_BODY_BYTES)] as const
  const compare = { pool: comparePool, read, settings: outletRegistry === undefined ? {} : { outletRegistry } }

  // API paths answer errors as JSON, pages as an HTML page with the same status and message.
  app.onError((error, c) => (new URL(c.req.url).pathname.startsWith('/api/') ? errorResponse(error, c) : pageError(error, c)))
  // The log wraps everything, so refused and failed requests are logged with the status they got.
  if (options.accessLog !== undefined) app.use('*', accessLog(options.accessLog))
  app.use('*', securityHeaders(), requireHost(options.allowedHosts))

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()))

  app.get('/api/stories', readers, async (c) => {
    const query = parse(StoriesQuery, c.req.query(), 'query')
    const limit = query.limit ?? DEFAULT_STORIES_LIMIT
    const blindspots = query.blindspots === '1'
    const window = {
      ...(query.since === undefined ? {} : { since: new Date(query.since).toISOString() }),
      ...(query.q === undefined ? {} : { query: foldName(query.q) }),
      ...(query.after === undefined ? {} : { after: query.after }),
    }
    // The list as of the store's story-list version: unchanged since the client's copy → 304, since ours → reused.
    const version = await lists.version()
    const key = `json ${JSON.stringify({ ...window, limit, blindspots })}`
    const unchanged = notModified(c, `"l${version}-${hashKey(key)}"`)
    if (unchanged !== null) return unchanged
    const body = await lists.rendered(key, version, async () => {
      const page = await lists.page(window, limit, blindspots)
      return JSON.stringify({ stories: page.items, next: page.next === null ? null : nextStoriesUrl(query, page.next) })
    })
    return sendCached(c, body, 'application/json; charset=UTF-8')
  })

  app.get('/api/stories/:id', readers, async (c) => {
    const id = parse(StoryId, c.req.param('id'), 'id')
    const head = await reports.head(id)
    const unchanged = notModified(c, head.etag)
    if (unchanged !== null) return unchanged
    const { json } = await reports.get(head)
    return sendCached(c, json, 'application/json; charset=UTF-8')
  })

  app.post('/api/articles', throttle(), requireToken(token), limit, async (c) => {
    const input = parse(ArticleInput, await readJson(c), 'body')
    const result = await writes.run(() => ingester.ingest(input))
    if (result.articles.length === 0) {
      const reasons = result.skipped.map((s) => `${s.source}: ${s.message}`).join('; ')
      return c.json({ ...result, error: { code: 'invalid_input', message: `nothing could be stored: ${reasons}` } }, 422)
    }
    const isNew = result.articles.some((a) => a.outcome === 'stored' || a.outcome === 'revised')
    return c.json(result, isNew ? 201 : 200)
  })

  app.post('/api/compare', ...compareGuards, compareRoute(compare, 'json'))
  app.post('/compare', ...compareGuards, compareRoute(compare, 'page'))

  app.all('/api/*', (c) => errorJson(c, 'not_found', `no endpoint ${c.req.method} ${new URL(c.req.url).pathname} (see /api/openapi.json)`))

  registerPages(app, { lists, reports, readers, ...(outletRegistry === undefined ? {} : { outletRegistry }) })
  return app
}

async function readJson(c: Context<ApiEnv>): Promise<unknown> {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/json\b/i.test(type)) throw new ApiError('invalid_input', 'send the body as JSON with "Content-Type: application/json"')
  return parseJsonBody(await c.req.text())
}

/** Bodies over `maxSize` bytes are refused (413) by their Content-Length, or while they stream in. */
function sizeLimit(maxSize: number): MiddlewareHandler<ApiEnv> {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError('too_large', `request body over ${maxSize.toLocaleString('en-US')} bytes`)
    },
  })
}

/** A short stable name for a list query in its ETag. */
function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16)
}

/** The next page of a story list: the same query, after the last story of this one (the client's own parameters kept). */
function nextStoriesUrl(query: StoriesQuery, next: StoryCursor): string {
  const params = new URLSearchParams()
  if (query.q !== undefined) params.set('q', query.q)
  if (query.since !== undefined) params.set('since', query.since)
  if (query.blindspots !== undefined) params.set('blindspots', query.blindspots)
  if (query.limit !== undefined) params.set('limit', String(query.limit))
  params.set('after', encodeStoryCursor(next))
  return `/api/stories?${params}`
}
