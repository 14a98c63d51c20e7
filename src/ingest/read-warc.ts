import { createReadStream } from 'node:fs'
import type { WARCRecord } from 'warcio'
import type { RawDocument, Skipped } from '../model/index.js'
import { bytesToDocument, formatBytes } from './bytes-to-document.js'
import type { IngestContext } from './ingest-context.js'
import { DEFAULT_MAX_BYTES } from './read-options.js'
import { messageOf, skip } from './skip.js'

/**
 * Reads a WARC or WARC.gz file (CC-NEWS, Heritrix, browsertrix): every HTML response (or resource) record
 * becomes a document with its target URI and WARC date; other records are counted and reported through
 * `options.log`. A corrupt or truncated record ends the file with a Skipped naming the record; earlier
 * records stand.
 */
export async function* readWarc(path: string, context: IngestContext): AsyncGenerator<RawDocument | Skipped> {
  const maxBytes = context.options.maxBytes ?? DEFAULT_MAX_BYTES
  const stream = createReadStream(path)
  const others = new Map<string, number>()
  let index = 0
  let pages = 0
  try {
    // warcio (and its gzip and hashing code) loads only when a WARC file is read.
    const { WARCParser } = await import('warcio')
    const parser = new WARCParser(stream)
    for await (const record of parser) {
      index++
      const source = `${path}#${index}`
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        yield skip(index === 1 ? path : source, 'parse-failed', `corrupt WARC record: expected a "WARC/1.x" header line, found "${record.warcHeaders.statusline.slice(0, 40)}"`)
        break
      }
      const type = record.warcType
      const contentType = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? ''
      const status = Number(record.httpHeaders?.statusCode ?? 200)
      const isPage = (type === 'response' || type === 'resource') && /text\/html|application\/xhtml/i.test(contentType) && status >= 200 && status < 300
      const tooLarge = isPage && record.warcContentLength > maxBytes
      const body = await drain(record, isPage && !tooLarge)
      if (body.truncated) {
        yield skip(source, 'parse-failed', `corrupt WARC record: truncated (Content-Length ${record.warcContentLength} runs past the end of the file)`)
        break
      }
      if (!isPage) {
        count(others, type === 'response' ? `response ${status < 200 || status >= 300 ? `HTTP ${status}` : contentType.split(';')[0] || 'without type'}` : type)
        continue
      }
      if (tooLarge) {
        yield skip(source, 'too-large', `record of ${formatBytes(record.warcContentLength)} is over the ${formatBytes(maxBytes)} limit`)
        continue
      }
      pages++
      const url = record.warcTargetURI ?? undefined
      const date = record.warcDate ?? undefined
      yield bytesToDocument({ source, name: 'record.html', bytes: await decodeHttpBody(record, body.bytes), contentType, ...(url ? { url } : {}), ...(date ? { publishedAt: date } : {}) }, context.options)
    }
  } catch (error) {
    yield skip(`${path}#${index + 1}`, 'parse-failed', `corrupt WARC record: ${messageOf(error)}`)
  } finally {
    stream.destroy()
  }
  if (index === 0) {
    yield skip(path, 'empty', 'no WARC records in the file')
    return
  }
  const skipped = [...others].map(([kind, n]) => `${n} ${kind}`).join(', ')
  context.options.log?.(`${path}: ${pages} HTML record${pages === 1 ? '' : 's'}${skipped ? `; skipped ${skipped}` : ''}`)
}

/**
 * Reads a record's raw payload to its end. We do this instead of warcio's skipFully/readFully: on a
 * record whose Content-Length runs past the end of the file, skipFully loops forever (warcio 2.4.11,
 * LimitReader.skipFully); reading the chunks ourselves stops at end of file and tells us it was short.
 */
async function drain(record: WARCRecord, keep: boolean): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const reader = record.reader
  const chunks: Uint8Array[] = []
  for await (const chunk of reader) if (keep) chunks.push(chunk)
  record.consumed = keep ? 'raw' : 'skipped'
  const remaining = (reader as { limit?: number }).limit ?? 0
  return { bytes: Buffer.concat(chunks), truncated: remaining > 0 }
}

/** Undoes HTTP chunked transfer and Content-Encoding, which WARC responses store as sent. */
async function decodeHttpBody(record: WARCRecord, raw: Uint8Array): Promise<Uint8Array> {
  const headers = record.httpHeaders?.headers
  if (!headers) return raw
  const encoding = headers.get('content-encoding')
  const chunked = headers.get('transfer-encoding') === 'chunked'
  if (!encoding && !chunked) return raw
  const { AsyncIterReader } = await import('warcio')
  return new AsyncIterReader([raw], encoding, chunked).readFully()
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}
