import { createReadStream } from 'node:fs'
import { WARCParser } from 'warcio'
import type { RawDocument, Skipped } from '../model/index.js'
import { bytesToDocument, formatBytes } from './bytes-to-document.js'
import type { IngestContext } from './ingest-context.js'
import { DEFAULT_MAX_BYTES } from './read-options.js'
import { messageOf, skip } from './skip.js'

/**
 * Reads a WARC or WARC.gz file (CC-NEWS, Heritrix, browsertrix): every HTML response (or resource) record
 * becomes a document with its target URI and WARC date; other records are counted and reported through
 * `options.log`. A corrupt record ends the file with a Skipped naming the record; earlier records stand.
 */
export async function* readWarc(path: string, context: IngestContext): AsyncGenerator<RawDocument | Skipped> {
  const maxBytes = context.options.maxBytes ?? DEFAULT_MAX_BYTES
  const stream = createReadStream(path)
  const others = new Map<string, number>()
  let index = 0
  let pages = 0
  try {
    const parser = new WARCParser(stream)
    for await (const record of parser) {
      index++
      const source = `${path}#${index}`
      const type = record.warcType
      const contentType = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? ''
      const isPage = (type === 'response' || type === 'resource') && /text\/html|application\/xhtml/i.test(contentType)
      if (!isPage) {
        count(others, type === 'response' ? `response ${contentType.split(';')[0] || 'without type'}` : type)
        await record.skipFully()
        continue
      }
      const status = Number(record.httpHeaders?.statusCode ?? 200)
      if (type === 'response' && (status < 200 || status >= 300)) {
        count(others, `response HTTP ${status}`)
        await record.skipFully()
        continue
      }
      if (record.warcContentLength > maxBytes) {
        await record.skipFully()
        yield skip(source, 'too-large', `record of ${formatBytes(record.warcContentLength)} is over the ${formatBytes(maxBytes)} limit`)
        continue
      }
      const bytes = await record.readFully(true)
      pages++
      const url = record.warcTargetURI ?? undefined
      const date = record.warcDate ?? undefined
      yield bytesToDocument({ source, name: 'record.html', bytes, contentType, ...(url ? { url } : {}), ...(date ? { publishedAt: date } : {}) }, context.options)
    }
  } catch (error) {
    yield skip(`${path}#${index + 1}`, 'parse-failed', `corrupt WARC record: ${messageOf(error)}`)
  } finally {
    stream.destroy()
  }
  const skipped = [...others].map(([kind, count]) => `${count} ${kind}`).join(', ')
  context.options.log?.(`${path}: ${pages} HTML record${pages === 1 ? '' : 's'}${skipped ? `; skipped ${skipped}` : ''}`)
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}
