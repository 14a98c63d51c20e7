import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApp } from '../../src/api/index.js'
import { AppError } from '../../src/model/index.js'
import { openSqliteStore, type Store } from '../../src/store/index.js'

// The Hono middleware the app is built from (secure-headers, bearer-auth, logger) keeps the app's own contract:
// the same strict headers, the same error bodies, and a log only when asked for.
const TOKEN = 'mw-token'
let store: Store
beforeAll(async () => {
  store = await openSqliteStore(':memory:')
})
afterAll(async () => store?.close())

interface ErrorJson {
  error: { code: string; message: string }
}
const write = (app: ReturnType<typeof createApp>, headers: Record<string, string>) =>
  app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ text: 'x' }) })

describe('security headers (hono/secure-headers)', () => {
  test('every response, error pages included, carries the strict CSP and the other headers', async () => {
    const app = createApp({ store })
    for (const path of ['/api/stories', '/', '/api/nope', '/nope', '/assets/app.js']) {
      const res = await app.request(path)
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      )
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin')
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin')
      expect(res.headers.get('strict-transport-security')).toBeNull()
    }
  })
})

describe('token-protected writes (hono/bearer-auth)', () => {
  test.each([
    ['no header', {}, 'writes need the header "Authorization: Bearer <PARALLAX_TOKEN>"'],
    ['another scheme', { authorization: `Basic ${TOKEN}` }, 'writes need the header "Authorization: Bearer <PARALLAX_TOKEN>"'],
    ['a bare scheme', { authorization: 'Bearer' }, 'writes need the header "Authorization: Bearer <PARALLAX_TOKEN>"'],
    ['a wrong token', { authorization: 'Bearer nope' }, 'wrong token'],
  ])('%s: 401 with the JSON error body and a Bearer challenge', async (_name, headers: Record<string, string>, message) => {
    const res = await write(createApp({ store, token: TOKEN }), headers)
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="parallax"')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect((await res.json()) as ErrorJson).toEqual({ error: { code: 'unauthorized', message } })
  })

  test('the right token passes (the lowercase scheme too); no token configured is 403', async () => {
    const app = createApp({ store, token: TOKEN })
    expect((await write(app, { authorization: `Bearer ${TOKEN}` })).status).not.toBe(401)
    expect((await write(app, { authorization: `bearer ${TOKEN}` })).status).not.toBe(401)
    const closed = await write(createApp({ store }), { authorization: `Bearer ${TOKEN}` })
    expect(closed.status).toBe(403)
    expect(((await closed.json()) as ErrorJson).error.message).toBe('writes are disabled: start the server with PARALLAX_TOKEN set to allow them')
  })

  test('a token no bearer header can carry is refused when the app is made', () => {
    expect(() => createApp({ store, token: 'has space' })).toThrow(AppError)
  })
})

describe('access log (hono/logger)', () => {
  test('one line per request with method, path, status and time; nothing unless asked for', async () => {
    const lines: string[] = []
    const app = createApp({ store, token: TOKEN, accessLog: (line) => lines.push(line) })
    await app.request('/api/stories?q=minsk')
    await write(app, { authorization: 'Bearer nope' })
    await app.request('/nope')
    expect(lines).toHaveLength(3)
    expect(lines.map((l) => l.replace(/^\S+ /, '').replace(/ \d+m?s\n$/, ''))).toEqual(['GET /api/stories?q=minsk 200', 'POST /api/articles 401', 'GET /nope 404'])
    for (const line of lines) expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z [A-Z]+ \S+ \d{3} \d+m?s\n$/)
    expect(lines.join('')).not.toContain('Bearer') // headers, and so the token, are never logged
  })
})
