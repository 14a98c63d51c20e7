import { createHash } from 'node:crypto'
import { WARCRecord, WARCSerializer } from 'warcio'

export interface CrawledPage {
  readonly url: string
  readonly html: string
}

export interface WarcOptions {
  /** WARC-Filename of the warcinfo record. */
  readonly filename: string
  /** WARC-Date of every record: when the invented crawl fetched the pages (ISO 8601 UTC). */
  readonly crawledAt: string
}

/**
 * A WARC 1.1 file as a crawler writes it: a `warcinfo` record, then one `response` record per page (HTTP/1.1 200,
 * text/html; charset=utf-8), each record its own gzip member (the .warc.gz convention, so readers can seek).
 * Byte-for-byte deterministic: record ids are name-based UUIDs from the URL, dates are given, and gzip goes through
 * warcio's pure-JavaScript pako path, which writes mtime 0 and the same bytes on every platform (zlib builds differ).
 */
export async function writeWarc(pages: readonly CrawledPage[], options: WarcOptions): Promise<Uint8Array> {
  const info = WARCRecord.createWARCInfo(
    { filename: options.filename, date: options.crawledAt, warcVersion: 'WARC/1.1', warcHeaders: { 'WARC-Record-ID': recordId(`warcinfo:${options.filename}`) } },
    { software: 'parallax-news scripts/build/build-examples.ts (warcio)', format: 'WARC File Format 1.1', description: 'Invented news pages for the Parallax examples; the texts are examples/multilingual.' },
  )
  const records = [info, ...pages.map((page) => responseRecord(page, options.crawledAt))]
  const members: Uint8Array[] = []
  for (const record of records) members.push(await WARCSerializer.serialize(record, { gzip: true, preferPako: true }))
  return Buffer.concat(members)
}

function responseRecord(page: CrawledPage, crawledAt: string): WARCRecord {
  const body = new TextEncoder().encode(page.html)
  return WARCRecord.create(
    {
      url: page.url,
      date: crawledAt,
      type: 'response',
      warcVersion: 'WARC/1.1',
      warcHeaders: { 'WARC-Record-ID': recordId(page.url) },
      statusline: 'HTTP/1.1 200 OK',
      httpHeaders: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(body.byteLength), Date: new Date(crawledAt).toUTCString() },
    },
    [body],
  )
}

/** `<urn:uuid:…>` derived from a name (RFC 9562 version 8 layout over SHA-256), so a rebuild gives the same ids. */
function recordId(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex')
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)
  return `<urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}>`
}
