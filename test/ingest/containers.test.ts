import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { WARCRecord, WARCSerializer } from 'warcio'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readInputs, type ReadOptions } from '../../src/ingest/index.js'
import type { RawDocument, Skipped } from '../../src/model/index.js'

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-containers-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function readAll(specs: string[], options: ReadOptions = {}): Promise<(RawDocument | Skipped)[]> {
  const out: (RawDocument | Skipped)[] = []
  for await (const item of readInputs(specs, options)) out.push(item)
  return out
}

const PAGE = '<html><body><p>Warc page body.</p></body></html>'

async function warcRecord(type: 'response' | 'request' | 'warcinfo', url: string, body: string, contentType = 'text/html; charset=utf-8', gzip = false): Promise<Uint8Array> {
  const encoder = new TextEncoder()
  async function* content(): AsyncGenerator<Uint8Array> {
    yield encoder.encode(body)
  }
  const record = WARCRecord.create(
    {
      url,
      date: '2024-12-06T10:00:00Z',
      type,
      warcVersion: 'WARC/1.1',
      ...(type === 'response' ? { httpHeaders: { 'Content-Type': contentType }, statusline: 'HTTP/1.1 200 OK' } : {}),
      ...(type === 'request' ? { httpHeaders: { 'User-Agent': 'test' }, statusline: `GET ${url} HTTP/1.1` } : {}),
    },
    content(),
  )
  return WARCSerializer.serialize(record, { gzip })
}

describe('WARC', () => {
  test.each([false, true])('HTML responses become documents with URI and date; other records are counted (gzip: %s)', async (gzip) => {
    const records = [
      await warcRecord('request', 'https://news.example/a', '', undefined, gzip),
      await warcRecord('response', 'https://news.example/a', PAGE, undefined, gzip),
      await warcRecord('response', 'https://news.example/logo.png', 'PNG', 'image/png', gzip),
    ]
    const path = join(dir, gzip ? 'crawl.warc.gz' : 'crawl.warc')
    await writeFile(path, Buffer.concat(records))
    const notes: string[] = []
    const items = await readAll([path], { log: (line) => notes.push(line) })
    expect(items).toEqual([{ source: `${path}#2`, format: 'html', content: PAGE, url: 'https://news.example/a', publishedAt: '2024-12-06T10:00:00Z' }])
    expect(notes).toEqual([`${path}: 1 HTML record; skipped 1 request, 1 response image/png`])
  })

  test('a corrupt record is reported with its position; earlier records and later inputs stand', async () => {
    const good = await warcRecord('response', 'https://news.example/a', PAGE)
    const path = join(dir, 'corrupt.warc')
    await writeFile(path, Buffer.concat([good, Buffer.from('WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 9999999\r\n\r\n<html>cut off')]))
    const other = join(dir, 'after.txt')
    await writeFile(other, 'next input')
    const items = await readAll([path, other])
    expect(items).toMatchObject([
      { source: `${path}#1`, content: PAGE },
      { source: `${path}#2`, kind: 'skipped', reason: 'parse-failed', message: expect.stringMatching(/truncated/) },
      { source: other, content: 'next input' },
    ])
  })

  test('garbage named .warc is a parse failure, not a crash', async () => {
    const path = join(dir, 'garbage.warc')
    await writeFile(path, 'this is not a WARC file at all\r\n\r\n')
    expect(await readAll([path])).toMatchObject([{ kind: 'skipped', reason: 'parse-failed', message: expect.stringMatching(/corrupt WARC record/) }])
  })
})

describe('JSON Lines', () => {
  test('html and text lines become documents with their metadata; bad lines are reported by line number', async () => {
    const path = join(dir, 'batch.jsonl')
    await writeFile(
      path,
      [
        JSON.stringify({ url: 'https://a.example/1', html: PAGE, outlet: 'A News', publishedAt: '2024-12-06' }),
        '{not json',
        '',
        JSON.stringify({ text: 'Plain body.', outlet: 'B News' }),
        JSON.stringify({ outlet: 'C' }),
        JSON.stringify([1, 2]),
        JSON.stringify({ text: 5, outlet: ['D'] }),
        JSON.stringify({ text: 'Plain body.', publishedAt: 'last Tuesday' }),
      ].join('\n'),
    )
    const items = await readAll([path])
    expect(items).toMatchObject([
      { source: `${path}#1`, format: 'html', content: PAGE, url: 'https://a.example/1', outlet: 'A News', publishedAt: '2024-12-06' },
      { source: `${path}#2`, kind: 'skipped', reason: 'parse-failed' },
      { source: `${path}#4`, format: 'text', content: 'Plain body.', outlet: 'B News' },
      { source: `${path}#5`, kind: 'skipped', reason: 'parse-failed', message: 'line has none of "url", "html" or "text"' },
      { source: `${path}#6`, kind: 'skipped', reason: 'parse-failed' },
      { source: `${path}#7`, kind: 'skipped', reason: 'parse-failed', message: '"text", "outlet" must be strings' },
      // Never dropped silently: the API answers 400 to the same value.
      { source: `${path}#8`, kind: 'skipped', reason: 'parse-failed', message: '"publishedAt" is not a date: "last Tuesday" (ISO 8601 such as 2024-12-06 or 2024-12-06T14:05:00Z)' },
    ])
  })

  test('--outlet wins over the line and a gzipped file reads the same', async () => {
    const path = join(dir, 'batch.jsonl.gz')
    await writeFile(path, gzipSync(JSON.stringify({ text: 'Body.', outlet: 'Line outlet' })))
    expect(await readAll([path], { outlet: 'Given' })).toMatchObject([{ content: 'Body.', outlet: 'Given' }])
  })
})

describe('feed files', () => {
  const longHtml = `<p>${'A full paragraph of the article, long enough to count as full content. '.repeat(10)}</p>`
  test('Atom with full content', async () => {
    const path = join(dir, 'feed.atom')
    await writeFile(
      path,
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>
       <entry><title>One</title><link rel="alternate" href="https://atom.example/1"/><published>2024-12-06T10:00:00Z</published>
       <author><name>Jan Kowalski</name></author><content type="html">${longHtml.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content></entry></feed>`,
    )
    expect(await readAll([path])).toEqual([
      { source: `${path}#1`, format: 'html', content: longHtml, url: 'https://atom.example/1', outlet: 'Atom Daily', publishedAt: '2024-12-06T10:00:00Z', title: 'One', byline: 'Jan Kowalski' },
    ])
  })

  test('JSON Feed with content_text; an item without content or link is skipped', async () => {
    const path = join(dir, 'feed.json')
    const text = 'Plain text article body. '.repeat(30)
    await writeFile(
      path,
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'JSON Times', items: [{ id: '1', content_text: text, date_published: '2024-12-06T10:00:00Z' }, { id: '2', summary: 'short' }] }),
    )
    expect(await readAll([path])).toMatchObject([
      { source: `${path}#1`, format: 'text', content: text, outlet: 'JSON Times', publishedAt: '2024-12-06T10:00:00Z' },
      { source: `${path}#2`, kind: 'skipped', reason: 'not-an-article' },
    ])
  })

  test('a feed with broken XML is a parse failure naming the line', async () => {
    const path = join(dir, 'broken.rss')
    await writeFile(path, '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>x</title>\n</channel></rss>')
    expect(await readAll([path])).toMatchObject([{ kind: 'skipped', reason: 'parse-failed', message: expect.stringMatching(/^broken XML at line \d+/) }])
  })
})
