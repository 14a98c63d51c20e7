import type { ExtractedHtml, Skipped } from '../../model/index.js'
import { cleanByline } from './clean-byline.js'
import { collectBlocks } from './collect-blocks.js'
import { parseDocument } from './dom.js'
import { filterBlocks, isDateStamp } from './filter-blocks.js'
import { nestsDeeperThan } from './nesting-depth.js'
import { parseDateStamp } from './parse-date-stamp.js'
import { findBody } from './find-body.js'
import { prunePage } from './prune-page.js'
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
  if (html.trim() === '') return { kind: 'skipped', source, reason: 'not-an-article', message: 'empty page' }
  try {
    return extractFrom(html, options, source)
  } catch (error) {
    // linkedom and Readability can trip over malformed markup; that is a bad page, not a crash
    return { kind: 'skipped', source, reason: 'parse-failed', message: `could not extract from this HTML: ${messageOf(error)}` }
  }
}

/**
 * Deepest element nesting we extract from. The benchmark dev pages reach 49; Readability's time grows with
 * the square of the depth (1000 levels took 15 s, 2000 levels 66 s here), so 256 keeps the worst page near
 * a second while leaving 5× headroom over real pages. (Chromium's parser caps the tree at 512.)
 */
const MAX_NESTING = 256

function extractFrom(html: string, options: ExtractOptions, source: string): ExtractedHtml | Skipped {
  if (nestsDeeperThan(html, MAX_NESTING)) {
    return { kind: 'skipped', source, reason: 'parse-failed', message: `elements nested more than ${MAX_NESTING} deep: not a real page` }
  }
  // A fragment (a feed item's content:encoded, a JSON Lines "html" field) gets a document around it:
  // linkedom builds no <body> for bare "<p>…</p>"
  const isFragment = !/<(html|body)[\s>]/i.test(html.slice(0, 65536))
  const document = parseDocument(isFragment ? `<!doctype html><html><head></head><body>${html}</body></html>` : html)
  if (!document.documentElement) return { kind: 'skipped', source, reason: 'parse-failed', message: 'no HTML document element' }
  const metadata = readMetadata(document)
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim()
  const prunedCaptions = prunePage(document)
  const body = findBody(document)
  if (!body) return { kind: 'skipped', source, reason: 'not-an-article', message: 'no article body found on the page' }
  const title = withoutSiteName((metadata.title ?? h1 ?? body.title ?? document.title).replace(/\s+/g, ' ').trim(), metadata.siteName)
  // Readability's title is the document's <title> (cleaned), so both count as 'title'.
  const titleField = title === '' ? undefined : (metadata.titleField ?? (h1 ? 'h1' : 'title'))
  // The byline field holds names only: "By Olena Kovalenko · Dec 6, 2024" → "Olena Kovalenko"
  const rawByline = metadata.byline ?? body.byline
  const byline = rawByline ? cleanByline(rawByline) : undefined
  const collected = collectBlocks(body.roots)
  const canonicalUrl = metadata.canonicalUrl ? resolveUrl(metadata.canonicalUrl, options.url) : undefined
  const urls = [options.url, canonicalUrl].filter((url): url is string => Boolean(url))
  const blocks = filterBlocks(collected.blocks, { urls, title, ...(h1 ? { headline: h1 } : {}), ...(byline ? { byline } : {}) })
  const text = blocks.map((block) => block.text).join('\n\n')
  if (text.length < MIN_BODY_CHARS) {
    return { kind: 'skipped', source, reason: 'not-an-article', message: `no article body found (only ${text.length} characters of text)` }
  }
  // A page without date metadata often shows one: the stamp leaves the body but its date is kept
  const publishedAt = metadata.publishedAt ?? visibleDate(collected.blocks.map((block) => block.text))
  return {
    title,
    ...(titleField ? { titleField } : {}),
    ...(byline ? { byline } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(metadata.siteName ? { siteName: metadata.siteName } : {}),
    ...(metadata.language ? { language: metadata.language } : {}),
    ...(canonicalUrl ? { canonicalUrl } : {}),
    text,
    captions: [...prunedCaptions, ...collected.captions],
  }
}

/** The date of the first "published/posted" stamp, else of the first stamp that is not an update. */
function visibleDate(texts: readonly string[]): string | undefined {
  const stamps = texts.filter(isDateStamp)
  const published = stamps.find((text) => /publish|posted/i.test(text)) ?? stamps.find((text) => !/updated|modified/i.test(text))
  return published ? parseDateStamp(published) : undefined
}

/** "Rules for buses | The Daily" → "Rules for buses" when the site is "The Daily"; titles are headlines only. */
function withoutSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ']) {
    if (title.toLowerCase().endsWith(`${separator}${siteName}`.toLowerCase())) return title.slice(0, -(separator.length + siteName.length)).trim()
    if (title.toLowerCase().startsWith(`${siteName}${separator}`.toLowerCase())) return title.slice(siteName.length + separator.length).trim()
  }
  return title
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function resolveUrl(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href, base).href
  } catch {
    return undefined
  }
}
