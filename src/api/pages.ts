import type { Context, Hono, MiddlewareHandler } from 'hono'
import { parseSince } from '../corpus/index.js'
import { AppError, type OutletRegistry } from '../model/index.js'
import { foldName } from '../pipeline/index.js'
import { APP_CSS, APP_JS, renderComparePage, renderErrorPage, renderStoryListPage, renderStoryPage, SINCE_CHOICES, storyTextPages } from '../web/index.js'
import type { ApiEnv } from './api-env.js'
import { describeError, statusFor } from './errors.js'
import { StoryId } from './schemas.js'
import { cachedBody, sendCached, type CachedBody } from './cached-body.js'
import { notModified } from './etag.js'
import { decodeStoryCursor, encodeStoryCursor } from './story-cursor.js'
import type { StoryLists } from './story-lists.js'
import type { StoryReports, StoredReport } from './story-reports.js'

interface PageDeps {
  readonly lists: StoryLists
  readonly reports: StoryReports
  readonly readers: MiddlewareHandler<ApiEnv>
  readonly outletRegistry?: OutletRegistry
}

/** Stories on a page of the story list (`/`; "Older stories" goes on): ~1.2 KB of HTML each (issue 19). */
const PAGE_STORIES = 50

/**
 * The web UI's routes: server-rendered pages (src/web) over the same store and functions as the JSON API.
 * The compare form posts to `POST /compare`, registered with the API's compare endpoint (create-app.ts).
 */
export function registerPages(app: Hono<ApiEnv>, { lists, reports, readers, outletRegistry }: PageDeps): void {
  const hasRegistry = outletRegistry !== undefined
  const rendered = new WeakMap<StoredReport, { readonly count: number; readonly bodies: Map<number, CachedBody> }>()
  app.get('/assets/app.css', (c) => asset(c, APP_CSS, 'text/css; charset=utf-8'))
  app.get('/assets/app.js', (c) => asset(c, APP_JS, 'text/javascript; charset=utf-8'))
  // Browsers ask for it on every site; an empty answer keeps 404s out of their consoles.
  app.get('/favicon.ico', (c) => c.body(null, 204))

  app.get('/', readers, async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 500)
    const sinceChoice = c.req.query('since') ?? ''
    if (!SINCE_CHOICES.some(([value]) => value === sinceChoice)) return page(c, renderErrorPage('Bad filter', `"since" must be one of 1d, 7d, 30d`), 400)
    const blindspotsChoice = c.req.query('blindspots') ?? ''
    if (blindspotsChoice !== '' && blindspotsChoice !== '1') return page(c, renderErrorPage('Bad filter', '"blindspots" must be 1 or absent'), 400)
    const blindspots = blindspotsChoice === '1'
    const afterToken = c.req.query('after')
    const after = afterToken === undefined ? undefined : decodeStoryCursor(afterToken)
    if (after === null) return page(c, renderErrorPage('Bad page', '"after" is not a page of this list: follow the "Older stories" link'), 400)
    const render = async () => {
      const window = {
        ...(q === '' ? {} : { query: foldName(q) }),
        ...(sinceChoice === '' ? {} : { since: parseSince(sinceChoice, new Date()) }),
        ...(after === undefined ? {} : { after }),
      }
      const shown = await lists.page(window, PAGE_STORIES, blindspots)
      const filters = { q, since: sinceChoice, blindspots, ...(afterToken === undefined ? {} : { after: afterToken }) }
      return renderStoryListPage(shown.items, filters, hasRegistry, shown.next === null ? undefined : encodeStoryCursor(shown.next))
    }
    // A window relative to now ("since 1d") moves with the clock: rendered afresh. Any other list is reused until a
    // write changes a story (the store's story-list version).
    if (sinceChoice !== '') return page(c, await render())
    const html = await lists.rendered(`page ${JSON.stringify([q, blindspots, afterToken ?? ''])}`, await lists.version(), render)
    c.header('Cache-Control', 'no-store')
    return sendCached(c, html, 'text/html; charset=UTF-8')
  })

  app.get('/stories/:id', readers, async (c) => {
    const id = StoryId.safeParse(c.req.param('id'))
    if (!id.success) throw new AppError('not_found', 'no such story: story ids are letters, digits, "-" and "_"')
    const pageParam = c.req.query('page')
    const page = pageParam === undefined ? 1 : /^[1-9][0-9]{0,5}$/.test(pageParam) ? Number(pageParam) : 0
    if (page === 0) throw new AppError('not_found', `no text page "${pageParam}": pages are numbered from 1`)
    const head = await reports.head(id.data)
    const unchanged = notModified(c, `"${head.etag.slice(1, -1)}-html${page === 1 ? '' : `-p${page}`}"`)
    if (unchanged !== null) return unchanged
    const stored = await reports.get(head)
    // Reports are cached objects (StoryReports), so their pages are rendered once too, each text page apart.
    let pages = rendered.get(stored)
    if (pages === undefined) {
      pages = { count: storyTextPages(head.storyId, stored.report, 1).count, bodies: new Map() }
      rendered.set(stored, pages)
    }
    if (page > pages.count) throw new AppError('not_found', `story ${head.storyId} has ${pages.count} text ${pages.count === 1 ? 'page' : 'pages'}, not ${page}`)
    let html = pages.bodies.get(page)
    if (html === undefined) {
      html = cachedBody(renderStoryPage(head.storyId, stored.report, storyTextPages(head.storyId, stored.report, page)))
      pages.bodies.set(page, html)
    }
    return sendCached(c, html, 'text/html; charset=UTF-8')
  })

  app.get('/compare', readers, (c) => page(c, renderComparePage()))

  app.notFound((c) => page(c, renderErrorPage('Not found', `Nothing at ${new URL(c.req.url).pathname}.`), 404))
}

function page(c: Context<ApiEnv>, html: string, status: 200 | 400 | 404 | 422 | 500 | 503 = 200): Response {
  c.header('Cache-Control', 'no-store')
  return c.html(html, status)
}

function asset(c: Context<ApiEnv>, body: string, type: string): Response {
  c.header('Content-Type', type)
  c.header('Cache-Control', 'public, max-age=300')
  return c.body(body)
}

/** Anything a page route throws, as an HTML page with the status its error code maps to (errors.ts). */
export function pageError(error: unknown, c: Context<ApiEnv>): Response {
  const { code, message } = describeError(error, c)
  if (code === 'unauthorized') c.header('WWW-Authenticate', 'Bearer realm="parallax"')
  const heading = code === 'not_found' ? 'Not found' : code === 'store_unavailable' ? 'Database unavailable' : code === 'internal' ? 'Something went wrong' : 'Request refused'
  c.header('Cache-Control', 'no-store')
  return c.html(renderErrorPage(heading, message), statusFor(code))
}
