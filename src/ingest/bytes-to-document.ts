import { gunzipSync } from 'node:zlib'
import type { RawDocument, Skipped } from '../model/index.js'
import { decodeBytes } from './decode-bytes.js'
import { DEFAULT_MAX_BYTES, type ReadOptions } from './read-options.js'
import { messageOf, skip } from './skip.js'

export interface ByteSource {
  /** Path, URL or "stdin": goes into `RawDocument.source`. */
  readonly source: string
  /** File name or URL path, used for its extension (".html", ".html.gz"). */
  readonly name: string
  readonly bytes: Uint8Array
  readonly contentType?: string
  readonly url?: string
  readonly publishedAt?: string
}

/**
 * Turns one file's bytes into a RawDocument: gunzips, checks size, detects binary data, decodes the charset
 * and decides between HTML and text. Every failure is a Skipped with a message a user can act on.
 */
export function bytesToDocument(input: ByteSource, options: ReadOptions): RawDocument | Skipped {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  let bytes = input.bytes
  let name = input.name.toLowerCase()
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes + 1 })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        return skip(input.source, 'too-large', `decompresses to more than ${formatBytes(maxBytes)} (limit; see --max-bytes)`)
      }
      return skip(input.source, 'unreadable', `truncated or corrupt gzip data: ${messageOf(error)}`)
    }
    name = name.replace(/\.gz$/, '')
  }
  if (bytes.byteLength > maxBytes) {
    return skip(input.source, 'too-large', `${formatBytes(bytes.byteLength)} is over the ${formatBytes(maxBytes)} limit`)
  }
  if (bytes.byteLength === 0) return skip(input.source, 'empty', 'empty file')
  const isHtmlName = /\.(html?|xhtml|shtml)$/.test(name)
  const isHtmlType = /\b(text\/html|application\/xhtml\+xml)\b/i.test(input.contentType ?? '')
  const decoded = decodeBytes(bytes, { ...(input.contentType ? { contentType: input.contentType } : {}), isHtml: isHtmlName || isHtmlType || sniffHtmlBytes(bytes) })
  if (!decoded.ok) return skip(input.source, decoded.reason, decoded.message)
  const content = decoded.text
  if (content.trim() === '') return skip(input.source, 'empty', 'contains only whitespace')
  const format = isHtmlName || isHtmlType || looksLikeHtml(content) ? 'html' : 'text'
  return {
    source: input.source,
    format,
    content,
    ...(input.url ? { url: input.url } : {}),
    ...(options.outlet ? { outlet: options.outlet } : {}),
    ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
  }
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b
}

/** A document is HTML when it opens with a doctype or <html>/<head>/<body> tag (after whitespace and comments). */
export function looksLikeHtml(text: string): boolean {
  return /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)\b/i.test(text.slice(0, 4096))
}

function sniffHtmlBytes(bytes: Uint8Array): boolean {
  return looksLikeHtml(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1'))
}

export function formatBytes(count: number): string {
  if (count >= 1024 * 1024) return `${(count / 1024 / 1024).toFixed(1)} MB`
  if (count >= 1024) return `${(count / 1024).toFixed(1)} KB`
  return `${count} bytes`
}
