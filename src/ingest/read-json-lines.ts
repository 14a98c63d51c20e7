import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { createGunzip } from 'node:zlib'
import type { RawDocument, Skipped } from '../model/index.js'
// The file, not the extract stage's index: reading JSON Lines must not load the HTML parser.
import { normalizePublishedAt } from '../pipeline/extract/normalize-published-at.js'
import { looksBinary } from './decode-bytes.js'
import type { IngestContext } from './ingest-context.js'
import { DEFAULT_MAX_BYTES } from './read-options.js'
import { readUrl } from './read-url.js'
import { messageOf, skip } from './skip.js'

/**
 * Reads JSON Lines, one document per line: `{ "url"?, "html"? | "text"?, "outlet"?, "publishedAt"?, "title"? }`.
 * A line with only a URL is fetched. A bad line is skipped with its line number; the rest goes on.
 */
export async function* readJsonLines(path: string, context: IngestContext): AsyncGenerator<RawDocument | Skipped> {
  const maxBytes = context.options.maxBytes ?? DEFAULT_MAX_BYTES
  const file = createReadStream(path)
  const stream = path.endsWith('.gz') ? file.pipe(createGunzip()) : file
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let number = 0
  try {
    for await (const line of lines) {
      number++
      if (line.trim() === '') continue
      const source = `${path}#${number}`
      if (line.length > maxBytes) {
        yield skip(source, 'too-large', 'line is over the size limit')
        continue
      }
      yield* readLine(source, line, context)
    }
  } catch (error) {
    yield skip(`${path}#${number + 1}`, 'unreadable', `could not read on: ${messageOf(error)}`)
  } finally {
    lines.close()
    file.destroy()
  }
}

async function* readLine(source: string, line: string, context: IngestContext): AsyncGenerator<RawDocument | Skipped> {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    yield skip(source, 'parse-failed', `not valid JSON: ${messageOf(error)}`)
    return
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    yield skip(source, 'parse-failed', 'expected a JSON object with "url", "html" or "text"')
    return
  }
  const record = value as Record<string, unknown>
  // A field of the wrong type is the user's mistake to name, not "missing" (`{"text": 5}`).
  const mistyped = ['url', 'html', 'text', 'outlet', 'publishedAt', 'title', 'byline'].filter((name) => record[name] !== undefined && record[name] !== null && typeof record[name] !== 'string')
  if (mistyped.length > 0) {
    yield skip(source, 'parse-failed', `${mistyped.map((name) => `"${name}"`).join(', ')} must be ${mistyped.length > 1 ? 'strings' : 'a string'}`)
    return
  }
  const field = (name: string): string | undefined => (typeof record[name] === 'string' && record[name] !== '' ? (record[name] as string) : undefined)
  // The user's own date that cannot be read is their mistake to hear about (the API answers 400), not to drop.
  const publishedAt = field('publishedAt')
  if (publishedAt !== undefined && normalizePublishedAt(publishedAt) === undefined) {
    yield skip(source, 'parse-failed', `"publishedAt" is not a date: ${JSON.stringify(publishedAt.slice(0, 60))} (ISO 8601 such as 2024-12-06 or 2024-12-06T14:05:00Z)`)
    return
  }
  const url = field('url')
  const outlet = context.options.outlet ?? field('outlet')
  const meta = {
    ...(url ? { url } : {}),
    ...(outlet ? { outlet } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(field('title') ? { title: field('title') as string } : {}),
    ...(field('byline') ? { byline: field('byline') as string } : {}),
  }
  const html = field('html')
  const text = field('text')
  const content = html ?? text
  if (content !== undefined) {
    if (content.trim() === '') yield skip(source, 'empty', `"${html ? 'html' : 'text'}" is blank`)
    else if (looksBinary(Buffer.from(content.slice(0, 8192)))) yield skip(source, 'binary', 'content holds NUL bytes or control characters')
    else yield { source, format: html ? 'html' : 'text', content, ...meta }
    return
  }
  if (!url) {
    yield skip(source, 'parse-failed', 'line has none of "url", "html" or "text"')
    return
  }
  for await (const document of readUrl(url, context)) yield 'kind' in document ? document : { ...document, ...meta, url: document.url ?? url }
}
