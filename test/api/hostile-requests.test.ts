import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ComparePool, createApp } from '../../src/api/index.js'
import { jsonDepth } from '../../src/api/json-depth.js'
import { estimateTextChars } from '../../src/api/estimate-text-chars.js'
import { MAX_COMPARE_BODY_BYTES } from '../../src/api/schemas.js'
import { openSqliteStore, type Store } from '../../src/store/index.js'
import { EXAMPLES_DIR } from '../example-paths.js'

// Issue 16, item 1: one request must not freeze the server. Each numbered problem has a test here: the limits
// are checked on the raw request before any work, the compare endpoints refuse other sites' posts, clients are
// rate-limited, and comparisons run in a bounded, timed worker pool. The real-port latency test is
// serve-under-load.test.ts.
const TOKEN = 'hostile-token'
const [SEED_A, SEED_B] = ['000_ab4b00356de3292d.txt', '002_5f50d3ae80105f63.txt'].map((f) => readFileSync(join(EXAMPLES_DIR, f), 'utf8')) as [string, string]
let store: Store
// One worker for the whole file: each starts from source in ~2–5 s.
const pool = new ComparePool({ workers: 1 })
beforeAll(async () => {
  store = await openSqliteStore(':memory:')
  // The worker's start-up is not what the timed tests measure: one small job first.
  await compare(appWith(), '{"articles":[]}')
}, 60_000)
afterAll(async () => {
  await pool.close()
  await store?.close()
})

interface ErrorJson {
  error: { code: string; message: string }
}
type App = ReturnType<typeof createApp>
const appWith = (options: Partial<Parameters<typeof createApp>[0]> = {}): App => createApp({ store, token: TOKEN, comparePool: pool, rateLimit: false, ...options })
const compare = (app: App, body: string, headers: Record<string, string> = {}) =>
  app.request('/api/compare', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
const pair = JSON.stringify({ articles: [{ text: SEED_A, outlet: 'Kyiv Herald' }, { text: SEED_B, outlet: 'Daily Wrap' }] })
const form = (): FormData => {
  const data = new FormData()
  data.append('article', SEED_A)
  data.append('outlet', 'Kyiv Herald')
  data.append('article', SEED_B)
  data.append('outlet', 'Daily Wrap')
  return data
}

describe('limits on the raw request, before any work', () => {
  test('a body declared over 8 MiB is a 413 before it is read, on the API and the form', async () => {
    const app = appWith()
    const started = performance.now()
    // The declared length alone decides: the body sent is small, and never read.
    const api = await compare(app, '{}', { 'content-length': String(MAX_COMPARE_BODY_BYTES + 1) })
    expect(api.status).toBe(413)
    expect(await api.json()).toEqual({ error: { code: 'too_large', message: 'request body over 8,388,608 bytes' } })
    const page = await app.request('/compare', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(10_000_000) }, body: '--x--' })
    expect(page.status).toBe(413)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  test('a body with no length is cut off at 8 MiB while it streams', async () => {
    let sent = 0
    const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024))
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 20 MiB offered: the server stops reading just past 8.
        if (sent >= 20) return controller.close()
        sent++
        controller.enqueue(chunk)
      },
    })
    const res = await appWith().request('/api/compare', { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit)
    expect(res.status).toBe(413)
    expect(((await res.json()) as ErrorJson).error.code).toBe('too_large')
    expect(sent).toBeLessThan(12)
  })

  test('JSON nested 5,000,000 deep is a 400 at once (it held the server for 14 s), on compare and on ingest', async () => {
    const app = appWith()
    const deep = '['.repeat(5_000_000)
    const started = performance.now()
    const res = await compare(app, deep)
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ error: { code: 'invalid_input', message: 'body nests arrays and objects more than 32 deep' } })
    const ingest = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: `{"text":${'['.repeat(100)}` })
    expect(ingest.status).toBe(400)
    expect(((await ingest.json()) as ErrorJson).error.message).toBe('body nests arrays and objects more than 32 deep')
    expect(performance.now() - started).toBeLessThan(5_000)
  }, 30_000)

  test('jsonDepth counts brackets outside strings only, and stops past the limit', () => {
    expect(jsonDepth('{"articles":[{"text":"[[[[\\"[["}]}', 32)).toBe(3)
    expect(jsonDepth('[[[]]]', 2)).toBe(3)
    expect(jsonDepth('"\\\\"[1]', 5)).toBe(1)
  })

  test('more than 2,000,000 characters of pasted text is a 413 before analysis (2.5 MB froze the server for 12.8 s)', async () => {
    const app = appWith()
    const text = `${SEED_A}\n\n`.repeat(Math.ceil(2_100_000 / SEED_A.length))
    const started = performance.now()
    const res = await compare(app, JSON.stringify({ articles: [{ text }, { text: SEED_B }] }))
    expect(res.status).toBe(413)
    expect(((await res.json()) as ErrorJson).error.message).toMatch(/^the articles hold about 2,\d{3},\d{3} characters of text; one comparison takes at most 2,000,000 /)
    // Analysing 2 M characters takes tens of seconds; refusing them, a scan.
    expect(performance.now() - started).toBeLessThan(8_000)
  }, 30_000)

  test('HTML counts by its text, not its markup: scripts, styles, comments and tags are not text', () => {
    expect(estimateTextChars('<p>Rain <b>fell</b>.</p><script>if (a<b) x()</script><style>p{}</style><!-- c -->', 'html')).toBe('Rain fell.'.length)
    // An unclosed script runs to the end, as a browser reads it; linear on a page of unclosed tags.
    expect(estimateTextChars(`Lead<script>${'<script>'.repeat(200_000)}`, 'html')).toBe(4)
    expect(estimateTextChars('Rain <b', 'text')).toBe(7)
  })

  test('21 articles are a 400 on the API and on the form', async () => {
    const app = appWith()
    const res = await compare(app, JSON.stringify({ articles: Array.from({ length: 21 }, () => ({ text: 'a b' })) }))
    expect(res.status).toBe(400)
    expect(((await res.json()) as ErrorJson).error.message).toContain('at most 20 articles per comparison')
    const data = new FormData()
    for (let i = 0; i < 21; i++) data.append('article', `Article ${i} text`)
    const page = await app.request('/compare', { method: 'POST', body: data })
    expect(page.status).toBe(400)
    expect(await page.text()).toContain('at most 20 articles per comparison')
  }, 30_000)
})

describe('the compare endpoints refuse other sites (CSRF)', () => {
  test.each([
    ['Origin: https://evil.example', { origin: 'https://evil.example' }],
    ['Origin: null', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    // Another port of localhost is the same site, not the same origin.
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site', origin: 'http://localhost:3000' }],
  ])('%s: 403 on the API and on the form, nothing analysed', async (_name, headers) => {
    const app = appWith()
    const api = await compare(app, pair, headers)
    expect(api.status).toBe(403)
    const error = ((await api.json()) as ErrorJson).error
    expect(error.code).toBe('forbidden')
    expect(error.message).toMatch(/may not use this endpoint: post from this server's own pages, or send "Authorization: Bearer <PARALLAX_TOKEN>"$/)
    const page = await app.request('/compare', { method: 'POST', headers, body: form() })
    expect(page.status).toBe(403)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toContain('may not use this endpoint')
  })

  test('the server\'s own pages (Sec-Fetch-Site: same-origin, or an Origin naming this host) and token holders pass', async () => {
    const app = appWith()
    const page = await app.request('/compare', { method: 'POST', headers: { 'sec-fetch-site': 'same-origin', origin: 'null' }, body: form() })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Kyiv Herald')
    expect((await compare(app, pair, { origin: 'http://localhost' })).status).toBe(200)
    expect((await compare(app, pair, { origin: 'https://evil.example', authorization: `Bearer ${TOKEN}` })).status).toBe(200)
    // A wrong token is no pass.
    expect((await compare(app, pair, { origin: 'https://evil.example', authorization: 'Bearer wrong' })).status).toBe(403)
  }, 60_000)
})

describe('per-client rate limits on the expensive endpoints', () => {
  test('past its burst a client gets 429 with Retry-After, on the API and the form alike; another client and ingest have their own buckets', async () => {
    const app = appWith({ rateLimit: { perMinute: 2 } })
    const peer = (address: string) => ({ incoming: { socket: { remoteAddress: address } } })
    const bad = JSON.stringify({ articles: [] })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await app.request('/api/compare', { method: 'POST', headers: { 'content-type': 'application/json' }, body: bad }, peer('127.0.0.1'))).status)
    expect(statuses).toEqual([400, 400, 429])
    const refused = await app.request('/api/compare', { method: 'POST', headers: { 'content-type': 'application/json' }, body: bad }, peer('127.0.0.1'))
    expect(refused.status).toBe(429)
    // 2 a minute: the next token is 30 s away.
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(29)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(30)
    expect(((await refused.json()) as ErrorJson).error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('at most 2 a minute') })
    expect((await app.request('/api/compare', { method: 'POST', headers: { 'content-type': 'application/json' }, body: bad }, peer('::1'))).status).toBe(400)
    const form = await app.request('/compare', { method: 'POST', body: new FormData() }, peer('127.0.0.1'))
    expect(form.status).toBe(429)
    expect(form.headers.get('content-type')).toContain('text/html')
    const ingest = (n: number) =>
      app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: '[' + n + ']' }, peer('127.0.0.1'))
    expect([(await ingest(1)).status, (await ingest(2)).status, (await ingest(3)).status]).toEqual([400, 400, 429])
  })
})

describe('comparisons run in a bounded, timed worker pool', () => {
  test('a full queue is a 503 with Retry-After, the page too; the running job still answers', async () => {
    const busy = new ComparePool({ workers: 1, queue: 0 })
    try {
      const app = appWith({ comparePool: busy })
      // Long enough to still be running when the second arrives (tens of seconds of analysis here).
      const big = JSON.stringify({ articles: [{ text: `${SEED_A}\n\n`.repeat(20) }, { text: SEED_B }] })
      const first = compare(app, big)
      await new Promise((resolve) => setTimeout(resolve, 200))
      const second = await compare(app, pair)
      expect(second.status).toBe(503)
      expect(second.headers.get('retry-after')).toBe('10')
      expect(((await second.json()) as ErrorJson).error).toMatchObject({ code: 'busy', message: expect.stringMatching(/^the server is busy with other comparisons \(1 running, 0 waiting\); retry in 10 s$/) })
      const page = await app.request('/compare', { method: 'POST', body: form() })
      expect(page.status).toBe(503)
      expect(page.headers.get('retry-after')).toBe('10')
      expect((await first).status).toBe(200)
    } finally {
      await busy.close()
    }
  }, 120_000)

  test('a comparison whose client went away is dropped: from the queue, or its worker stopped; the next one runs', async () => {
    const solo = new ComparePool({ workers: 1 })
    try {
      const app = appWith({ comparePool: solo })
      const big = JSON.stringify({ articles: [{ text: `${SEED_A}\n\n`.repeat(40) }, { text: SEED_B }] })
      const send = async (body: string, signal: AbortSignal): Promise<Response> => app.request('/api/compare', { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal })
      const running = new AbortController()
      const queued = new AbortController()
      const first = send(big, running.signal)
      await new Promise((resolve) => setTimeout(resolve, 500))
      const second = send(pair, queued.signal)
      // The waiting one leaves the queue; then the running one (tens of seconds of analysis) is stopped.
      queued.abort()
      running.abort()
      const started = performance.now()
      for (const outcome of [await second, await first]) {
        expect(outcome.status).toBe(499)
        expect(((await outcome.json()) as ErrorJson).error.code).toBe('client_closed')
      }
      expect(performance.now() - started).toBeLessThan(5_000)
      // The slot is free again: a new comparison is answered on a fresh worker.
      expect((await compare(app, pair)).status).toBe(200)
    } finally {
      await solo.close()
    }
  }, 120_000)

  test('a job over the time limit is stopped with 504; the next request gets a fresh worker', async () => {
    const timed = new ComparePool({ workers: 1, timeoutMs: 300 })
    try {
      const app = appWith({ comparePool: timed })
      const big = JSON.stringify({ articles: [{ text: `${SEED_A}\n\n`.repeat(40) }, { text: SEED_B }] })
      const started = performance.now()
      const res = await compare(app, big)
      expect(res.status).toBe(504)
      expect(((await res.json()) as ErrorJson).error).toMatchObject({ code: 'timeout', message: expect.stringMatching(/^the comparison took more than 0.3 s and was stopped/) })
      // Stopped at the limit, not when the analysis would have ended (a worker's start-up is not counted).
      expect(performance.now() - started).toBeLessThan(15_000)
      // The next job runs on a fresh worker (it times out too at 300 ms, but is answered, not lost).
      const next = await compare(app, JSON.stringify({ articles: [{ text: 'x' }] }))
      expect([200, 422, 504]).toContain(next.status)
    } finally {
      await timed.close()
    }
  }, 120_000)
})
