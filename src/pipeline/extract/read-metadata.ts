import type { HtmlTitleField } from '../../model/index.js'
import type { DomDocument } from './dom.js'
import { normalizePublishedAt } from './normalize-published-at.js'

/** What a page says about itself in JSON-LD, OpenGraph, meta tags and markup. Every field may be missing. */
export interface PageMetadata {
  readonly title?: string
  /** Where `title` was read from. */
  readonly titleField?: HtmlTitleField
  readonly byline?: string
  readonly publishedAt?: string
  readonly siteName?: string
  readonly language?: string
  readonly canonicalUrl?: string
}

/**
 * Reads page metadata. Precedence per field: JSON-LD article object, then OpenGraph/article:* meta,
 * then other meta conventions (Dublin Core, Parse.ly, Sailthru, citation_*), then markup (<time>, <html lang>).
 */
export function readMetadata(document: DomDocument): PageMetadata {
  const ld = readJsonLd(document)
  const meta = readMetaTags(document)
  const pick = (...names: string[]): string | undefined => {
    for (const name of names) {
      const value = meta.get(name)
      if (value) return value
    }
    return undefined
  }
  const titleFrom = ld.headline ? 'json-ld' : (['og:title', 'twitter:title', 'dc.title', 'headline', 'title'] as const).find((name) => meta.get(name))
  const title = ld.headline ?? (titleFrom === undefined ? undefined : meta.get(titleFrom))
  const byline =
    ld.author ?? nonUrl(pick('author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author', 'citation_author')) ?? markupByline(document)
  const published =
    ld.datePublished ??
    pick('article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'publish-date', 'pubdate', 'date',
      'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date', 'article.published') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined
  const siteName = ld.publisher ?? pick('og:site_name', 'application-name', 'twitter:site')?.replace(/^@/, '')
  const canonicalUrl = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? pick('og:url') ?? ld.url
  const language = primarySubtag(
    document.documentElement?.getAttribute('lang') ?? document.documentElement?.getAttribute('xml:lang') ?? ld.inLanguage ?? pick('content-language', 'og:locale', 'language', 'dc.language'),
  )
  const date = published ? normalizePublishedAt(published) : undefined
  return {
    ...(title && titleFrom ? { title: clean(title), titleField: titleFrom === 'og:title' || titleFrom === 'twitter:title' || titleFrom === 'json-ld' ? titleFrom : 'meta' } : {}),
    ...(byline ? { byline: clean(byline) } : {}),
    ...(date ? { publishedAt: date } : {}),
    ...(siteName ? { siteName: clean(siteName) } : {}),
    ...(language ? { language } : {}),
    ...(canonicalUrl ? { canonicalUrl: canonicalUrl.trim() } : {}),
  }
}

interface LdArticle {
  headline?: string
  author?: string
  datePublished?: string
  publisher?: string
  inLanguage?: string
  url?: string
}

const ARTICLE_TYPES = /(Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|WebPage)$/

function readJsonLd(document: DomDocument): LdArticle {
  const found: LdArticle[] = []
  const scripts = document.querySelectorAll('script[type="application/ld+json"]')
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i]?.textContent
    if (!raw) continue
    let data: unknown
    try {
      data = JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''))
    } catch {
      continue // broken JSON-LD is common; the other sources still apply
    }
    for (const node of flattenLd(data)) {
      const type = node['@type']
      const types = Array.isArray(type) ? type.map(String) : [String(type ?? '')]
      if (!types.some((t) => ARTICLE_TYPES.test(t))) continue
      const isWebPage = types.every((t) => t === 'WebPage')
      const article: LdArticle = {}
      const headline = text(node['headline']) ?? text(node['name'])
      if (headline && !isWebPage) article.headline = headline
      const author = names(node['author'])
      if (author) article.author = author
      const date = text(node['datePublished']) ?? text(node['dateCreated'])
      if (date) article.datePublished = date
      const publisher = names(node['publisher'])
      if (publisher) article.publisher = publisher
      const language = text(node['inLanguage'])
      if (language) article.inLanguage = language
      const url = text(node['url'])
      if (url) article.url = url
      // A real article object beats a WebPage wrapper
      if (isWebPage) found.push(article)
      else found.unshift(article)
    }
  }
  const merged: LdArticle = {}
  for (const article of found.reverse()) Object.assign(merged, article)
  return merged
}

type LdNode = Record<string, unknown>

function flattenLd(data: unknown): LdNode[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd)
  if (data === null || typeof data !== 'object') return []
  const node = data as LdNode
  const graph = node['@graph']
  return [node, ...(graph ? flattenLd(graph) : [])]
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (Array.isArray(value)) return text(value[0])
  return undefined
}

function names(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value]
  const result = list
    .map((item) => (typeof item === 'string' ? item : item && typeof item === 'object' ? text((item as LdNode)['name']) : undefined))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '' && !/^https?:/.test(name))
  return result.length > 0 ? result.join(', ') : undefined
}

function readMetaTags(document: DomDocument): Map<string, string> {
  const map = new Map<string, string>()
  const metas = document.querySelectorAll('meta')
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]
    if (!meta) continue
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv'))?.toLowerCase()
    const content = meta.getAttribute('content')?.trim()
    if (key && content && !map.has(key)) map.set(key, content)
  }
  return map
}

/** The author as the page shows it: rel=author links, itemprop=author, or a byline element ("by Ruth Akers" → "Ruth Akers"). */
function markupByline(document: DomDocument): string | undefined {
  const element = document.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"], .byline .author, .byline, .author-name')
  const text = element?.textContent?.replace(/\s+/g, ' ').trim()
  // Longer than 120 characters is an author bio, not a byline (names plus a date fit in 120)
  return text && text.length <= 120 ? text : undefined
}

function nonUrl(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//.test(value) ? value : undefined
}

function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** "en-GB" → "en", "uk_UA" → "uk"; anything that is not a 2–3 letter subtag → undefined. */
function primarySubtag(value: string | undefined): string | undefined {
  const match = value?.trim().match(/^([a-z]{2,3})(?:[-_]|$)/i)
  return match?.[1]?.toLowerCase()
}
