import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApp, CONTENT_SECURITY_POLICY, LOOPBACK_HOSTS, MAX_BODY_BYTES, openApiDocument, type StoryListItem } from '../../src/api/index.js'
import type { CoverageReport } from '../../src/model/index.js'
import { openSeedStore, type SeedStore } from './seed-store.js'
import { EXAMPLES_DIR } from '../example-paths.js'

const TOKEN = 'test-token-5f1c'
let seeds: SeedStore
let app: ReturnType<typeof createApp>
let storyId: string

beforeAll(async () => {
  seeds = await openSeedStore()
  app = createApp({ store: seeds.store, token: TOKEN })
  const body = (await (await app.request('/api/stories')).json()) as { stories: StoryListItem[] }
  storyId = body.stories[0]?.id ?? ''
}, 60_000)
afterAll(async () => seeds.close())

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })
const auth = { authorization: `Bearer ${TOKEN}` }

interface ErrorJson {
  error: { code: string; message: string; issues?: { path: string; message: string }[] }
}

describe('GET /api/stories', () => {
  test('lists the seed story with both outlets, two independent sources and a per-day timeline', async () => {
    const res = await app.request('/api/stories')
    expect(res.status).toBe(200)
    const { stories } = (await res.json()) as { stories: StoryListItem[] }
    expect(stories).toHaveLength(1)
    const [story] = stories
    expect(story?.outlets).toEqual(['Kyiv Herald', 'Daily Wrap'])
    expect(story?.articleCount).toBe(2)
    expect(story?.independentSources).toBe(2)
    expect(story?.timeline.reduce((n, d) => n + d.articles, 0)).toBe(2)
    expect(story?.id).toMatch(/^s[0-9a-f]{11}$/)
  })

  test.each([
    ['q=oreshnik', 1],
    ['q=%C5%81ukaszenka', 1],
    ['q=valencia%20floods', 0],
    ['since=2999-01-01', 0],
    ['since=2000-01-01&q=minsk', 1],
  ])('?%s → %i stories', async (query, count) => {
    const res = await app.request(`/api/stories?${query}`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { stories: unknown[] }).stories).toHaveLength(count)
  })

  test.each([
    ['since=yesterday', 'query.since'],
    ['limit=0', 'query.limit'],
    ['limit=abc', 'query.limit'],
    ['sort=new', 'query'],
  ])('?%s is a 400 naming %s', async (query, path) => {
    const res = await app.request(`/api/stories?${query}`)
    expect(res.status).toBe(400)
    const body = (await res.json()) as ErrorJson
    expect(body.error.code).toBe('invalid_input')
    expect(body.error.issues?.map((i) => i.path)).toContain(path)
  })
})

describe('GET /api/stories/:id', () => {
  test('is the CoverageReport of the story: both articles, aligned quotes, the loaded outlet scored above the neutral one', async () => {
    const res = await app.request(`/api/stories/${storyId}`)
    expect(res.status).toBe(200)
    const report = (await res.json()) as CoverageReport
    expect(report.version).toBe(1)
    expect(report.articles.map((a) => a.outlet)).toEqual(['Kyiv Herald', 'Daily Wrap'])
    expect(report.articles[1]?.title).toBe('Lukashenko highlights NATO threat, seeks missile support from Putin')
    const calm = report.quotes.find((q) => q.renderings.some((r) => r.text === 'This would calm some heads'))
    expect(calm?.renderings.map((r) => r.articleId).sort()).toEqual(report.articles.map((a) => a.id).sort())
    const [loaded, neutral] = report.articles.map((a) => report.framing.find((f) => f.articleId === a.id)?.score ?? Number.NaN)
    expect(loaded).toBeGreaterThan(1)
    expect(neutral).toBeLessThan(0.5)
    expect(report.framing[0]?.spans.map((s) => s.text)).toContain('Belarusian dictator')
  })

  test('a unique prefix finds the story; the second request is served from the cache and is identical', async () => {
    const a = await (await app.request(`/api/stories/${storyId.slice(0, 6)}`)).text()
    const b = await (await app.request(`/api/stories/${storyId}`)).text()
    expect(a).toBe(b)
  })

  test('an unknown story is a 404 and a malformed id a 400, both as JSON errors', async () => {
    const missing = await app.request('/api/stories/sffffffffff')
    expect(missing.status).toBe(404)
    expect(((await missing.json()) as ErrorJson).error.code).toBe('not_found')
    const bad = await app.request('/api/stories/s%3Cscript%3E')
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as ErrorJson).error.issues?.[0]?.path).toBe('id')
  })
})

describe('POST /api/articles', () => {
  const article = { text: 'Floods hit Valencia\n\nTorrential rain flooded Valencia in Spain on Tuesday; officials said more than 200 people died.', outlet: 'Test Wire' }

  test('is refused with 403 when the server has no token, whatever the request carries', async () => {
    const closed = createApp({ store: seeds.store })
    const res = await closed.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify(article) })
    expect(res.status).toBe(403)
    expect(((await res.json()) as ErrorJson).error.message).toContain('PARALLAX_TOKEN')
  })

  test.each([
    ['no header', {}],
    ['a wrong token', { authorization: 'Bearer nope' }],
    ['another scheme', { authorization: `Basic ${TOKEN}` }],
  ])('is a 401 with %s', async (_name, headers: Record<string, string>) => {
    const res = await post('/api/articles', article, headers)
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain('Bearer')
    expect(((await res.json()) as ErrorJson).error.code).toBe('unauthorized')
  })

  test.each([
    ['both text and html', { text: 'a', html: '<p>a</p>' }, 'body'],
    ['no content', { outlet: 'X' }, 'body'],
    ['an unknown field', { text: 'a', colour: 'red' }, 'body'],
    ['a file URL', { url: 'file:///etc/passwd' }, 'body.url'],
    ['a bad date', { text: 'a', publishedAt: 'tomorrow' }, 'body.publishedAt'],
  ])('is a 400 for %s, naming the field', async (_name, body, path) => {
    const res = await post('/api/articles', body, auth)
    expect(res.status).toBe(400)
    expect(((await res.json()) as ErrorJson).error.issues?.map((i) => i.path)).toContain(path)
  })

  test('is a 400 for a body that is not JSON, or not sent as JSON', async () => {
    expect((await post('/api/articles', '{"text": ', auth)).status).toBe(400)
    const plain = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'text/plain', ...auth }, body: 'hello' })
    expect(plain.status).toBe(400)
    expect(((await plain.json()) as ErrorJson).error.message).toContain('application/json')
  })

  test('is a 413 for a body over the limit', async () => {
    const res = await post('/api/articles', { text: 'x'.repeat(MAX_BODY_BYTES + 10) }, auth)
    expect(res.status).toBe(413)
    expect(((await res.json()) as ErrorJson).error.code).toBe('too_large')
  })

  test('stores an article (201), finds it again unchanged (200), and the new story is listed', async () => {
    const first = await post('/api/articles', article, auth)
    expect(first.status).toBe(201)
    const stored = (await first.json()) as { articles: { articleId: string; storyId: string; outcome: string; revision: number }[] }
    expect(stored.articles).toHaveLength(1)
    expect(stored.articles[0]?.outcome).toBe('stored')
    expect(stored.articles[0]?.revision).toBe(1)
    const again = await post('/api/articles', article, auth)
    expect(again.status).toBe(200)
    expect(((await again.json()) as typeof stored).articles[0]).toMatchObject({ outcome: 'unchanged', articleId: stored.articles[0]?.articleId })
    const list = (await (await app.request('/api/stories?q=valencia')).json()) as { stories: StoryListItem[] }
    expect(list.stories.map((s) => s.id)).toEqual([stored.articles[0]?.storyId])
    expect(list.stories[0]?.outlets).toEqual(['Test Wire'])
  })

  test('changed content at the same URL becomes revision 2', async () => {
    const url = 'https://example.org/news/valencia'
    const one = await post('/api/articles', { ...article, url }, auth)
    expect(((await one.json()) as { articles: { outcome: string }[] }).articles[0]?.outcome).toBe('copy')
    const two = await post('/api/articles', { ...article, text: `${article.text} Rescue teams searched Paiporta.`, url }, auth)
    expect(two.status).toBe(201)
    expect(((await two.json()) as { articles: { outcome: string; revision: number }[] }).articles[0]).toMatchObject({ outcome: 'revised', revision: 2 })
  })

  test('a URL on a private address is not fetched: 422 with the reason', async () => {
    const res = await post('/api/articles', { url: 'http://127.0.0.1:9/admin' }, auth)
    expect(res.status).toBe(422)
    const body = (await res.json()) as { skipped: { reason: string }[] }
    expect(body.skipped[0]?.reason).toBe('blocked')
  })

  test('concurrent writes are queued, not refused: five at once are all stored', async () => {
    const texts = ['Ankara', 'Lisbon', 'Oslo', 'Quito', 'Hanoi'].map((city) => ({ text: `Storm in ${city}\n\nA storm hit ${city} on Monday, officials in ${city} said.`, outlet: 'Test Wire' }))
    const answers = await Promise.all(texts.map((body) => post('/api/articles', body, auth)))
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201, 201])
  })

  test('a text with no words is a 422, not a stored article', async () => {
    const res = await post('/api/articles', { text: '— 42 —' }, auth)
    expect(res.status).toBe(422)
    expect(((await res.json()) as { skipped: { reason: string }[] }).skipped[0]?.reason).toBe('empty')
  })
})

describe('POST /api/compare', () => {

  test('compares pasted articles without storing them: ids a1, a2 in order, outlets as given', async () => {
    const [a, b] = ['000_ab4b00356de3292d.txt', '002_5f50d3ae80105f63.txt'].map((f) => readFileSync(join(EXAMPLES_DIR, f), 'utf8'))
    const res = await post('/api/compare', { articles: [{ text: a, outlet: 'Kyiv Herald' }, { text: b, outlet: 'Daily Wrap' }] })
    expect(res.status).toBe(200)
    const report = (await res.json()) as CoverageReport
    expect(report.articles.map((x) => [x.id, x.outlet])).toEqual([
      ['a1', 'Kyiv Herald'],
      ['a2', 'Daily Wrap'],
    ])
    expect(report.facts.some((f) => f.articleIds.length === 2)).toBe(true)
    const list = (await (await app.request('/api/stories')).json()) as { stories: StoryListItem[] }
    expect(list.stories.every((s) => s.articles.every((x) => x.id !== 'a1'))).toBe(true)
  }, 30_000)

  test('needs no token on loopback, and lists what it could not use', async () => {
    const res = await post('/api/compare', { articles: [{ text: 'Rain fell on Valencia on Tuesday, officials said.' }, { url: 'http://169.254.169.254/latest/meta-data' }] })
    expect(res.status).toBe(200)
    const report = (await res.json()) as CoverageReport
    expect(report.articles).toHaveLength(1)
    expect(report.skipped).toEqual([expect.objectContaining({ source: 'http://169.254.169.254/latest/meta-data', reason: 'blocked' })])
  })

  test('"language" picks the language facts and the brief are shown in', async () => {
    const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../examples/multilingual', name), 'utf8')
    const res = await post('/api/compare', { articles: [{ text: fixture('en.txt') }, { text: fixture('ru.txt') }], language: 'ru' })
    expect(res.status).toBe(200)
    const report = (await res.json()) as CoverageReport
    expect(report.language).toBe('ru')
    const shared = report.facts.filter((f) => f.articleIds.length === 2)
    expect(shared.length).toBeGreaterThan(0)
    for (const fact of shared) expect(fact.language).toBe('ru')
  }, 30_000)

  test.each([
    ['no articles', { articles: [] }],
    ['21 articles', { articles: Array.from({ length: 21 }, () => ({ text: 'a b' })) }],
    ['a javascript: URL', { articles: [{ url: 'javascript:alert(1)' }] }],
    ['a language that is not a code', { articles: [{ text: 'Rain fell on Valencia on Tuesday, officials said.' }], language: 'Russian!' }],
  ])('is a 400 for %s', async (_name, body) => {
    const res = await post('/api/compare', body)
    expect(res.status).toBe(400)
    expect(((await res.json()) as ErrorJson).error.code).toBe('invalid_input')
  })

  test('one comparison holds at most MAX_COMPARE_CHARS of article text: more is refused as too large, with the count', async () => {
    const { compareArticles } = await import('../../src/api/compare-articles.js')
    const { MAX_COMPARE_CHARS } = await import('../../src/api/schemas.js')
    expect(MAX_COMPARE_CHARS).toBe(2_000_000)
    const text = (n: number) => `Headline ${n}\n\n${'The council voted on Tuesday to close the old bridge for repairs next spring. '.repeat(20)}`
    const articles = [1, 2].map((n) => ({ source: `article ${n}`, format: 'text' as const, content: text(n) }))
    // Refused before analysis, by the raw text (estimateTextChars: analysed text is never longer).
    expect(() => compareArticles(articles, 2_000)).toThrow(expect.objectContaining({ code: 'too_large', message: expect.stringMatching(/^the articles hold about 3,\d{3} characters of text; one comparison takes at most 2,000 /) }))
    const within = compareArticles(articles, 4_000)
    expect('report' in within && within.report.articles.length).toBe(2)
  })

  test('is a 422 when nothing could be analysed', async () => {
    const res = await post('/api/compare', { articles: [{ url: 'http://localhost/' }] })
    expect(res.status).toBe(422)
    expect(((await res.json()) as ErrorJson).error.message).toContain('no article could be analysed')
  })
})

describe('access and headers', () => {
  const remote = (address: string) => ({ incoming: { socket: { remoteAddress: address } } })

  test('reads from another host need the token; loopback peers (IPv4, IPv6, mapped) do not', async () => {
    expect((await app.request('/api/stories', {}, remote('203.0.113.5'))).status).toBe(401)
    expect((await app.request('/api/stories', { headers: auth }, remote('203.0.113.5'))).status).toBe(200)
    expect((await app.request('/', {}, remote('203.0.113.5'))).status).toBe(401)
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) expect((await app.request('/api/stories', {}, remote(address))).status).toBe(200)
    const closed = createApp({ store: seeds.store })
    expect((await closed.request('/api/stories', {}, remote('10.0.0.7'))).status).toBe(403)
  })

  test('a loopback server refuses requests addressed to another host name (DNS rebinding)', async () => {
    const local = createApp({ store: seeds.store, allowedHosts: LOOPBACK_HOSTS })
    expect((await local.request('http://127.0.0.1:7700/api/stories')).status).toBe(200)
    expect((await local.request('http://localhost:7700/')).status).toBe(200)
    const rebound = await local.request('http://attacker.example:7700/api/stories')
    expect(rebound.status).toBe(403)
    expect(((await rebound.json()) as ErrorJson).error.code).toBe('forbidden')
  })

  test('every response carries the strict CSP and nosniff, errors included', async () => {
    for (const path of ['/api/stories', '/', `/stories/${storyId}`, '/api/nope', '/nope']) {
      const res = await app.request(path)
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline')
  })

  test('unknown API paths are JSON 404s; unknown pages are HTML 404s', async () => {
    const api = await app.request('/api/nope')
    expect(api.status).toBe(404)
    expect(((await api.json()) as ErrorJson).error.code).toBe('not_found')
    const page = await app.request('/nope')
    expect(page.status).toBe(404)
    expect(page.headers.get('content-type')).toContain('text/html')
  })

  test('page errors are HTML pages with the status of their code, the message escaped', async () => {
    const missing = await app.request('/stories/s0000000%3Cb%3E')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toContain('text/html')
    const unknown = await app.request('/stories/sffffffffff')
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).toContain('no story &quot;sffffffffff&quot;')
    const remotePage = await app.request('/', {}, { incoming: { socket: { remoteAddress: '198.51.100.9' } } })
    expect(remotePage.status).toBe(401)
    expect(remotePage.headers.get('content-type')).toContain('text/html')
  })
})

describe('OpenAPI', () => {
  test('GET /api/openapi.json describes every endpoint, and docs/openapi.json is the same document (UPDATE=1 rewrites it)', async () => {
    const served = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> }
    expect(Object.keys(served.paths).sort()).toEqual(['/api/articles', '/api/compare', '/api/openapi.json', '/api/stories', '/api/stories/{id}'])
    const file = join(import.meta.dirname, '../../docs/openapi.json')
    const text = `${JSON.stringify(openApiDocument(), null, 2)}\n`
    if (process.env['UPDATE'] === '1') writeFileSync(file, text)
    expect(readFileSync(file, 'utf8')).toBe(text)
  })
})
