import type { Context, Hono, MiddlewareHandler } from 'hono'
import { parseSince } from '../corpus/index.js'
import { looksLikeHtml } from '../ingest/bytes-to-document.js'
import type { ReadOptions } from '../ingest/index.js'
import { AppError, type OutletRegistry } from '../model/index.js'
import { foldName } from '../pipeline/index.js'
import type { Store } from '../store/index.js'
import { APP_CSS, APP_JS, renderComparePage, renderErrorPage, renderStoryListPage, renderStoryPage, SINCE_CHOICES, type CompareEntry } from '../web/index.js'
import type { ApiEnv } from './api-env.js'
import { compareArticles } from './compare-articles.js'
import { ApiError, describeError, statusFor } from './errors.js'
import { CompareRequest, StoryId, type ArticleInput } from './schemas.js'
import type { StoryReports } from './story-reports.js'
import { summarizeStory } from './summarize-story.js'

interface PageDeps {
  readonly store: Store
  readonly reports: StoryReports
  readonly read: ReadOptions
  readonly readers: MiddlewareHandler<ApiEnv>
  readonly limit: MiddlewareHandler<ApiEnv>
  readonly outletRegistry?: OutletRegistry
}

/** Stories on the story list page. */
const PAGE_STORIES = 200

/** The web UI's routes: server-rendered pages (src/web) over the same store and functions as the JSON API. */
export function registerPages(app: Hono<ApiEnv>, { store, reports, read, readers, limit, outletRegistry }: PageDeps): void {
  const rendered = new WeakMap<object, string>()
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
    const stories = await store.listStories({
      // Blindspots are looked for among the newest 1,000 stories of the window (the API's largest page), then cut to 200.
      limit: blindspots ? 1000 : PAGE_STORIES,
      ...(q === '' ? {} : { query: foldName(q) }),
      ...(sinceChoice === '' ? {} : { since: parseSince(sinceChoice, new Date()) }),
    })
    const items = stories.map((story) => summarizeStory(story, outletRegistry))
    const shown = blindspots ? items.filter((s) => s.blindspots.length > 0).slice(0, PAGE_STORIES) : items
    return page(c, renderStoryListPage(shown, { q, since: sinceChoice, blindspots }, outletRegistry !== undefined))
  })

  app.get('/stories/:id', readers, async (c) => {
    const id = StoryId.safeParse(c.req.param('id'))
    if (!id.success) throw new AppError('not_found', 'no such story: story ids are letters, digits, "-" and "_"')
    const { storyId, report } = await reports.get(id.data)
    // Reports are cached objects (StoryReports), so their pages are rendered once too.
    let html = rendered.get(report)
    if (html === undefined) {
      html = renderStoryPage(storyId, report)
      rendered.set(report, html)
    }
    return page(c, html)
  })

  app.get('/compare', readers, (c) => page(c, renderComparePage()))

  app.post('/compare', limit, readers, async (c) => {
    let entries: CompareEntry[] = []
    try {
      const form = await c.req.parseBody({ all: true })
      entries = await formEntries(form)
      const request = CompareRequest.safeParse({ articles: entries.map(toArticleInput) })
      if (!request.success) {
        const first = request.error.issues[0]
        const where = first === undefined ? '' : articleLabel(first.path)
        return page(c, renderComparePage({ entries, error: `${where}${first?.message ?? 'invalid input'}` }), 400)
      }
      const result = await compareArticles(request.data.articles, read, undefined, outletRegistry === undefined ? {} : { outletRegistry })
      if ('skipped' in result) {
        const reasons = result.skipped.map((s) => `${s.source}: ${s.message}`).join('; ')
        return page(c, renderComparePage({ entries, error: `No article could be analysed: ${reasons}` }), 422)
      }
      return page(c, renderComparePage({ entries, report: result.report }))
    } catch (error) {
      const message = error instanceof AppError || error instanceof ApiError ? error.message : 'the form could not be read'
      return page(c, renderComparePage({ entries, error: message }), 400)
    }
  })

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

/** Boxes and uploaded files, in order, without the empty boxes. */
async function formEntries(form: Record<string, unknown>): Promise<CompareEntry[]> {
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value])
  const articles = list(form['article'])
  const outlets = list(form['outlet'])
  const entries: CompareEntry[] = []
  articles.forEach((value, i) => {
    const outlet = outlets[i]
    if (typeof value === 'string' && value.trim() !== '') entries.push({ article: value, outlet: typeof outlet === 'string' ? outlet.trim() : '' })
  })
  for (const file of list(form['file'])) {
    if (typeof file === 'string' || !(file instanceof File) || file.size === 0) continue
    entries.push({ article: await file.text(), outlet: '' })
  }
  return entries
}

/** One box as an article input: a lone http(s) URL is fetched; anything that opens like a page is HTML; else text. */
function toArticleInput(entry: CompareEntry): ArticleInput {
  const trimmed = entry.article.trim()
  const outlet = entry.outlet === '' ? {} : { outlet: entry.outlet }
  if (/^https?:\/\/\S+$/i.test(trimmed)) return { url: trimmed, ...outlet }
  if (looksLikeHtml(trimmed)) return { html: entry.article, ...outlet }
  return { text: entry.article, ...outlet }
}

function articleLabel(path: readonly PropertyKey[]): string {
  return typeof path[1] === 'number' ? `Article ${path[1] + 1}: ` : ''
}
