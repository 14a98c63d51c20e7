import { lookup } from 'node:dns/promises'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { isBlockedAddress, readInputs, type ReadOptions } from '../../src/ingest/index.js'
import type { RawDocument, Skipped } from '../../src/model/index.js'
import { startServer } from './test-server.js'

const PAGE = '<!doctype html><html><head><title>Page</title></head><body><p>Минск, 6 декабря. Президент заявил о ракетах.</p></body></html>'
const FEED_BODY = '<p>' + 'Full feed body sentence about the budget vote in parliament. '.repeat(12) + '</p>'
const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Example Wire</title>
<item><title>Linked item</title><link>/page</link><pubDate>Fri, 06 Dec 2024 10:00:00 GMT</pubDate><dc:creator>Anna Nowak</dc:creator><description>Teaser.</description></item>
<item><title>Full item</title><link>BASE/missing</link><pubDate>Sat, 07 Dec 2024 08:00:00 GMT</pubDate><content:encoded><![CDATA[${FEED_BODY}]]></content:encoded></item>
</channel></rss>`

let server: Awaited<ReturnType<typeof startServer>>
let base = ''

beforeAll(async () => {
  server = await startServer({
    '/page': (_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
    '/gzip': (_, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE)),
    '/brotli': (_, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(brotliCompressSync(PAGE)),
    '/cp1251': (_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(iconv.encode(PAGE, 'windows-1251')),
    '/koi8-sniffed': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(iconv.encode(PAGE.repeat(3), 'koi8-r')),
    '/truncated-gzip': (_, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE.repeat(50)).subarray(0, 60)),
    '/binary': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])),
    '/image': (_, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50])),
    '/hang': () => undefined,
    '/loop-a': (_, res) => res.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_, res) => res.writeHead(302, { location: '/loop-a' }).end(),
    '/redirect': (_, res) => res.writeHead(301, { location: '/page' }).end(),
    '/huge': (_, res) => {
      // 100 MB streamed without Content-Length: the client must stop at its cap
      res.writeHead(200, { 'content-type': 'text/html' })
      const chunk = Buffer.alloc(1024 * 1024, 'a')
      let sent = 0
      const pump = (): void => {
        while (sent < 100 && res.write(chunk)) sent++
        if (sent >= 100) res.end()
        else res.once('drain', pump)
      }
      res.on('close', () => (sent = 100))
      pump()
    },
    '/feed': (_, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS.replaceAll('BASE', base)),
    '/broken-feed': (_, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><rss><channel><item><title>x</title></channel>'),
  })
  base = server.base
})
afterAll(() => server.close())

const OPEN: ReadOptions = { allowPrivate: true, http: { perHostDelayMs: 0, totalTimeoutMs: 1500 } }

async function readAll(specs: string[], options: ReadOptions = OPEN): Promise<(RawDocument | Skipped)[]> {
  const out: (RawDocument | Skipped)[] = []
  for await (const item of readInputs(specs, options)) out.push(item)
  return out
}

describe('URL inputs', () => {
  test.each(['/page', '/gzip', '/brotli', '/cp1251', '/redirect'])('%s decodes to the page', async (path) => {
    const [item] = await readAll([base + path])
    expect(item).toMatchObject({ format: 'html', content: PAGE, url: `${base}/page`.replace('/page', path === '/redirect' ? '/page' : path) })
  })

  test('an undeclared koi8-r page is sniffed', async () => {
    expect(await readAll([`${base}/koi8-sniffed`])).toMatchObject([{ content: PAGE.repeat(3) }])
  })

  test.each([
    ['/truncated-gzip', 'fetch-failed', /truncated or corrupt/],
    ['/binary', 'binary', /binary/],
    ['/image', 'fetch-failed', /unsupported content type image\/png/],
    ['/hang', 'fetch-failed', /timed out after 1.5s/],
    ['/loop-a', 'fetch-failed', /redirect loop/],
    ['/huge', 'too-large', /over the 20.0 MB limit/],
    ['/missing', 'fetch-failed', /HTTP 404/],
    ['/broken-feed', 'parse-failed', /broken XML/],
  ])('%s is skipped as %s with a clear message, and the batch goes on', async (path, reason, message) => {
    const items = await readAll([base + path, `${base}/page`])
    expect(items).toHaveLength(2)
    expect(items[0]).toMatchObject({ kind: 'skipped', reason, source: base + path })
    expect((items[0] as Skipped).message).toMatch(message)
    expect(items[1]).toMatchObject({ format: 'html', content: PAGE })
  })

  test('a redirect limit stops long chains', async () => {
    const [item] = await readAll([`${base}/redirect`], { ...OPEN, http: { ...OPEN.http, maxRedirects: 0 } })
    expect(item).toMatchObject({ kind: 'skipped', reason: 'fetch-failed', message: 'more than 0 redirects' })
  })

  test('a feed yields one document per item: linked pages fetched, full content used, feed metadata kept', async () => {
    const items = await readAll([`${base}/feed`])
    expect(items).toEqual([
      { source: `${base}/feed#1 ${base}/page`, format: 'html', content: PAGE, url: `${base}/page`, outlet: 'Example Wire', publishedAt: 'Fri, 06 Dec 2024 10:00:00 GMT', title: 'Linked item', byline: 'Anna Nowak' },
      { source: `${base}/feed#2`, format: 'html', content: FEED_BODY, url: `${base}/missing`, outlet: 'Example Wire', publishedAt: 'Sat, 07 Dec 2024 08:00:00 GMT', title: 'Full item' },
    ])
  })
})

describe('URL lists ("feeds.txt")', () => {
  test('a text file of URLs has each read in turn: a page as a page, a feed item by item, failures skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-url-list-'))
    try {
      const list = join(dir, 'feeds.txt')
      writeFileSync(list, `# what we follow\n${base}/page\n\n  ${base}/feed  \n${base}/missing\n`)
      const items = await readAll([list])
      expect(items.map((item) => ('kind' in item ? `skipped ${item.source}` : item.source))).toEqual([
        `${base}/page`,
        `${base}/feed#1 ${base}/page`,
        `${base}/feed#2`,
        `skipped ${base}/missing`,
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('the URLs of a list pass the same guard: a private address is refused without allowPrivate', async () => {
    const items = await readAll(['-'], { stdin: Readable.from([`${base}/page\n`]), http: { perHostDelayMs: 0 } })
    expect(items).toMatchObject([{ kind: 'skipped', reason: 'blocked', source: `${base}/page` }])
  })

  test('a text with one line that is not a URL is an article, never fetched from', async () => {
    const text = `Officials said on Monday that the list of sites at ${base}/page was incomplete.\n${base}/page\n`
    const items = await readAll(['-'], { ...OPEN, stdin: Readable.from([text]) })
    expect(items).toMatchObject([{ source: 'stdin', format: 'text', content: text }])
  })
})

describe('SSRF guard', () => {
  test.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:7f00:1', '::7f00:1', '[::7f00:1]', '2002:7f00:1::', '2002:a9fe:a9fe::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2'])(
    '%s is blocked',
    (address) => expect(isBlockedAddress(address)).toBe(true),
  )
  test.each(['93.184.216.34', '8.8.8.8', '2606:4700::1111', '2002:5db8:d822::1'])('%s is allowed', (address) => expect(isBlockedAddress(address)).toBe(false))

  test('127.0.0.1, localhost, [::1], 2130706433 (127.0.0.1 as a number) and [::127.0.0.1] are refused without allowPrivate', async () => {
    const port = new URL(base).port
    const specs = [`${base}/page`, `http://localhost:${port}/page`, `http://[::1]:${port}/page`, `http://2130706433:${port}/page`, `http://[::127.0.0.1]:${port}/page`]
    const items = await readAll(specs, { http: { perHostDelayMs: 0 } })
    expect(items).toMatchObject([
      { kind: 'skipped', reason: 'blocked' },
      { kind: 'skipped', reason: 'blocked' },
      { kind: 'skipped', reason: 'blocked' },
      { kind: 'skipped', reason: 'blocked' },
      { kind: 'skipped', reason: 'blocked' },
    ])
    expect((items[0] as Skipped).message).toMatch(/--allow-private/)
  })

  test('a host name that resolves to a loopback address is refused after DNS', async () => {
    const name = hostname()
    const resolved = await lookup(name).catch(() => undefined)
    if (!resolved || !isBlockedAddress(resolved.address)) return // this machine's name is public: nothing to check
    const [item] = await readAll([`http://${name}:${new URL(base).port}/page`], { http: { perHostDelayMs: 0 } })
    expect(item).toMatchObject({ kind: 'skipped', reason: 'blocked', message: expect.stringMatching(/resolves to/) })
  })

  test('every redirect hop is checked: a redirect to the metadata address or to a name resolving to loopback is refused', async () => {
    const port = new URL(base).port
    const redirecting = await startServer({
      '/metadata': (_, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
      '/by-name': (_, res) => res.writeHead(302, { location: `http://${hostname()}:${port}/page` }).end(),
      '/ok': (_, res) => res.writeHead(302, { location: `${base}/page` }).end(),
    })
    // The guard runs, but the literal 127.0.0.1 of the test servers is let through so the first hop connects
    const guard: ReadOptions = { http: { perHostDelayMs: 0, isBlockedAddress: (address) => address !== '127.0.0.1' && isBlockedAddress(address) } }
    try {
      const items = await readAll([`${redirecting.base}/metadata`, `${redirecting.base}/ok`], guard)
      expect(items).toMatchObject([
        { kind: 'skipped', reason: 'blocked', message: expect.stringMatching(/169\.254\.169\.254/) },
        { format: 'html', content: PAGE },
      ])
      const resolved = await lookup(hostname(), { all: true }).catch(() => [])
      if (resolved.some((entry) => entry.address !== '127.0.0.1' || entry.family === 6)) return // name maps elsewhere here
      const strict: ReadOptions = { http: { perHostDelayMs: 0, isBlockedAddress: (address) => isBlockedAddress(address) } }
      // With the real guard even the first hop is refused; that is the point of the check after DNS
      expect(await readAll([`http://${hostname()}:${port}/page`], strict)).toMatchObject([{ kind: 'skipped', reason: 'blocked' }])
    } finally {
      await redirecting.close()
    }
  })
})
