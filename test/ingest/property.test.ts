import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { decodeBytes, parseFeed, readInputs } from '../../src/ingest/index.js'
import type { RawDocument, Skipped } from '../../src/model/index.js'
import { extractHtml } from '../../src/pipeline/extract/index.js'

/**
 * Random and mutated input to every parser: each must return a value (a document, a Skipped, a parse
 * failure), never throw, and finish. Fixed seeds so a failure reproduces; vitest's test timeout is the hang check.
 */
const SEED = 20241206

const HTML = `<!doctype html><html lang="en"><head><title>T</title><meta property="og:title" content="Title">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2024-12-06","author":{"name":"A"}}</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>H</h1><figure><img src=x><figcaption>Cap</figcaption></figure>
<p>${'First paragraph of the story with enough words to count. '.repeat(4)}</p><div class="ad">Ad</div>
<p>${'Second paragraph, also long enough to be kept as body text. '.repeat(4)}</p></article></body></html>`
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>One</title><link>https://example.com/1</link>
<pubDate>Fri, 06 Dec 2024 10:00:00 GMT</pubDate><description>Teaser &amp; more</description></item></channel></rss>`
const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E</title><link href="https://e.example/1"/><content type="html">&lt;p&gt;x&lt;/p&gt;</content></entry></feed>`
const JSON_FEED = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'https://j.example/1', content_html: '<p>x</p>' }] })

/** A string with a random edit: a cut, an insertion, or a replaced slice. */
function mutated(base: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.nat(base.length).map((cut) => base.slice(0, cut)),
    fc.tuple(fc.nat(base.length), fc.string({ maxLength: 20 })).map(([at, insert]) => base.slice(0, at) + insert + base.slice(at)),
    fc.tuple(fc.nat(base.length), fc.nat(40), fc.constantFrom('<', '>', '"', '&', '<![CDATA[', '</', '{', '\u0000', '\uFFFD', '<script>')).map(
      ([at, length, text]) => base.slice(0, at) + text + base.slice(at + length),
    ),
  )
}

describe('property: parsers never throw', () => {
  test('extractHtml on random and mutated HTML returns an article or a Skipped', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), mutated(HTML), fc.string({ unit: 'binary', maxLength: 200 })), (html) => {
        const result = extractHtml(html)
        if ('kind' in result) expect(['not-an-article', 'parse-failed']).toContain(result.reason)
        else expect(typeof result.text).toBe('string')
      }),
      { seed: SEED, numRuns: 300 },
    )
  })

  test('extractHtml on every cut of a page (a download that stopped) never fails inside the parser', () => {
    // The bench page whose head made linkedom throw, then a full page: each prefix is a page or a Skipped that
    // says why, never a JavaScript error passed on as "could not extract".
    const head = '<html class="header-spacing spacing"><head><!-- hearst/home/header_main.tpl -->\n\n        <!-- eid:article.14848382 -->\n        <meta charset="utf-8">\n'
    const page = head + HTML.slice(HTML.indexOf('<title>'))
    for (let cut = 1; cut <= page.length; cut += 3) {
      const result = extractHtml(page.slice(0, cut))
      if ('kind' in result) expect([cut, result.message]).not.toEqual([cut, expect.stringMatching(/could not extract/)])
    }
  })

  test('parseFeed on random and mutated feeds returns ok or a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), mutated(RSS), mutated(ATOM), mutated(JSON_FEED)), (text) => {
        const parsed = parseFeed(text)
        if (parsed.ok) expect(Array.isArray(parsed.feed.items)).toBe(true)
        else expect(parsed.message).toMatch(/\w+/)
      }),
      { seed: SEED, numRuns: 500 },
    )
  })

  test('decodeBytes on random bytes returns text or a reason, and valid UTF-8 round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, isHtml) => {
        const decoded = decodeBytes(bytes, { isHtml })
        if (!decoded.ok) expect(['binary', 'bad-encoding']).toContain(decoded.reason)
      }),
      { seed: SEED, numRuns: 500 },
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(s) && !s.startsWith('\uFEFF')), (text) => {
        const decoded = decodeBytes(new TextEncoder().encode(text))
        expect(decoded).toEqual({ ok: true, text, charset: 'utf-8' })
      }),
      { seed: SEED, numRuns: 300 },
    )
  })
})

describe('property: legacy charsets round-trip through sniffing', () => {
  // Text from real words keeps the test about language, not noise: a sentence drawn from these words
  const words = {
    ru: ['президент', 'заявил', 'что', 'ракеты', 'будут', 'размещены', 'в', 'Белоруси', 'Минск', 'граница', 'войска', 'НАТО', 'угроза'],
    pl: ['prezydent', 'powiedział', 'że', 'rakiety', 'będą', 'rozmieszczone', 'na', 'Białorusi', 'granica', 'wojska', 'zagrożenie', 'źródło', 'żołnierze', 'ćwiczenia', 'Łukaszenka'],
  }
  test.each([
    ['windows-1251', words.ru],
    ['koi8-r', words.ru],
    ['iso-8859-2', words.pl],
    ['windows-1250', words.pl],
  ] as const)('%s', (charset, vocabulary) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 6, maxLength: 40 }), (list) => {
        const text = `${list.join(' ')}.`
        fc.pre(/[^\x00-\x7f]/.test(text))
        expect(decodeBytes(iconv.encode(text, charset))).toMatchObject({ ok: true, text })
      }),
      { seed: SEED, numRuns: 200 },
    )
  })
})

describe('property: readInputs on random files', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-prop-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const names = ['x.html', 'x.html.gz', 'x.txt', 'x.warc', 'x.warc.gz', 'x.jsonl', 'x.rss', 'x.json']
  test('every file kind yields only documents and Skipped values, one file at a time', async () => {
    const warcLike = 'WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 60\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>x</p></html>\r\n\r\n'
    const jsonl = '{"html":"<p>x</p>"}\n{"text":"y"}\n'
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.oneof(fc.uint8Array({ maxLength: 300 }), mutated(warcLike).map((s) => Buffer.from(s)), mutated(jsonl).map((s) => Buffer.from(s)), mutated(RSS).map((s) => Buffer.from(s))),
        fc.boolean(),
        async (name, bytes, gzip) => {
          const path = join(dir, name)
          await writeFile(path, gzip ? gzipSync(bytes).subarray(0, Math.max(10, bytes.length)) : bytes)
          const items: (RawDocument | Skipped)[] = []
          for await (const item of readInputs([path], { http: { totalTimeoutMs: 200, perHostDelayMs: 0 } })) items.push(item)
          for (const item of items) {
            if ('kind' in item) expect(item.message).toMatch(/\w+/)
            else expect(typeof item.content).toBe('string')
          }
        },
      ),
      { seed: SEED, numRuns: 200 },
    )
  })
})
