import { Readability } from '@mozilla/readability'
import type { ExtractedHtml, Skipped } from '../../model/index.js'
import { isElement, parseDocument, type DomElement, type DomNode } from './dom.js'
import { elementToText } from './element-to-text.js'
import { readMetadata } from './read-metadata.js'

export interface ExtractOptions {
  /** The page's URL, used as the Skipped source and to resolve a relative canonical URL. */
  readonly url?: string
}

/** Bodies shorter than this are not articles: 140 characters is about two sentences, below any news brief we have seen. */
const MIN_BODY_CHARS = 140

/**
 * Extracts the article from an HTML page: body paragraphs, captions and metadata (title, byline, date,
 * site name, language, canonical URL). Returns Skipped ('not-an-article') when the page has no article body.
 * Example: `extractHtml(html, { url: 'https://example.com/a' })` → `{ title, text: 'First paragraph.\n\nSecond.', … }`.
 */
export function extractHtml(html: string, options: ExtractOptions = {}): ExtractedHtml | Skipped {
  const source = options.url ?? 'html'
  let document
  try {
    document = parseDocument(html)
  } catch (error) {
    return { kind: 'skipped', source, reason: 'parse-failed', message: `could not parse HTML: ${error instanceof Error ? error.message : String(error)}` }
  }
  const metadata = readMetadata(document)
  const fallbackTitle = firstHeading(document.body) ?? document.title
  let parsed
  try {
    parsed = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse()
  } catch (error) {
    return { kind: 'skipped', source, reason: 'parse-failed', message: `extraction failed: ${error instanceof Error ? error.message : String(error)}` }
  }
  const content = parsed?.content
  if (!content || !isElement(content)) return { kind: 'skipped', source, reason: 'not-an-article', message: 'no article body found on the page' }
  const body = elementToText(content)
  if (body.text.length < MIN_BODY_CHARS) {
    return { kind: 'skipped', source, reason: 'not-an-article', message: `no article body found (only ${body.text.length} characters of text)` }
  }
  const title = metadata.title ?? parsed?.title ?? fallbackTitle ?? ''
  const byline = metadata.byline ?? parsed?.byline ?? undefined
  const canonicalUrl = metadata.canonicalUrl ? resolveUrl(metadata.canonicalUrl, options.url) : undefined
  return {
    title: title.replace(/\s+/g, ' ').trim(),
    ...(byline ? { byline: byline.replace(/\s+/g, ' ').trim() } : {}),
    ...(metadata.publishedAt ? { publishedAt: metadata.publishedAt } : {}),
    ...(metadata.siteName ? { siteName: metadata.siteName } : {}),
    ...(metadata.language ? { language: metadata.language } : {}),
    ...(canonicalUrl ? { canonicalUrl } : {}),
    text: body.text,
    captions: body.captions,
  }
}

function firstHeading(body: DomElement | null): string | undefined {
  const text = body?.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim()
  return text || undefined
}

function resolveUrl(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href, base).href
  } catch {
    return undefined
  }
}
