import { createRequire } from 'node:module'
import type * as FastXmlParser from 'fast-xml-parser'

// fast-xml-parser loads when a feed is first parsed (parseFeed is synchronous, hence require), not with the readers.
let xml: typeof FastXmlParser | undefined
function fastXmlParser(): typeof FastXmlParser {
  xml ??= createRequire(import.meta.url)('fast-xml-parser') as typeof FastXmlParser
  return xml
}

/** A feed reduced to what ingestion needs. */
export interface Feed {
  readonly kind: 'rss' | 'atom' | 'json'
  readonly title?: string
  readonly items: readonly FeedItem[]
}

export interface FeedItem {
  readonly url?: string
  readonly title?: string
  readonly author?: string
  /** ISO 8601 UTC, when the item's date parses. */
  readonly publishedAt?: string
  /** The item's HTML body when the feed carries one (content:encoded, Atom content, content_html). */
  readonly html?: string
  /** A plain-text body (JSON Feed content_text). */
  readonly text?: string
  /** The short summary (RSS description, Atom summary): used only when nothing else is available. */
  readonly summary?: string
}

export type ParsedFeed = { readonly ok: true; readonly feed: Feed } | { readonly ok: false; readonly message: string }

/** True when the text looks like a feed (RSS, RDF, Atom or JSON Feed), judged from its start. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048)
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(head) || /^\s*\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org/.test(head)
}

/**
 * Parses RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed. Broken XML or JSON is a value, not an exception:
 * `parseFeed('<rss><channel>')` → `{ ok: false, message: 'broken XML: …' }`.
 */
export function parseFeed(text: string): ParsedFeed {
  const trimmed = text.trimStart()
  if (trimmed.startsWith('{')) return parseJsonFeed(trimmed)
  let doc: Record<string, unknown>
  const { XMLParser, XMLValidator } = fastXmlParser()
  try {
    // inside the try: deeply nested input can overflow the validator's stack
    const valid = XMLValidator.validate(trimmed)
    if (valid !== true) return { ok: false, message: `broken XML at line ${valid.err.line}: ${valid.err.msg}` }
    doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', processEntities: true, htmlEntities: true }).parse(trimmed) as Record<string, unknown>
  } catch (error) {
    return { ok: false, message: `broken XML: ${error instanceof Error ? error.message : String(error)}` }
  }
  const rss = record(doc['rss']) ?? record(doc['rdf:RDF'])
  if (rss) {
    const channel = record(rss['channel']) ?? {}
    const rawItems = [...list(channel['item']), ...list(rss['item'])]
    return { ok: true, feed: withTitle('rss', str(channel['title']), rawItems.map(rssItem)) }
  }
  const atom = record(doc['feed'])
  if (atom) return { ok: true, feed: withTitle('atom', str(atom['title']), list(atom['entry']).map(atomEntry)) }
  return { ok: false, message: 'not a feed: no <rss>, <rdf:RDF> or <feed> root element' }
}

function withTitle(kind: Feed['kind'], title: string | undefined, items: FeedItem[]): Feed {
  return { kind, ...(title ? { title } : {}), items }
}

function rssItem(raw: unknown): FeedItem {
  const item = record(raw) ?? {}
  const guid = record(item['guid'])
  const guidUrl = guid && guid['@isPermaLink'] !== 'false' ? str(guid['#text']) : str(item['guid'])
  return clean({
    url: str(item['link']) ?? (guidUrl?.startsWith('http') ? guidUrl : undefined),
    title: str(item['title']),
    author: str(item['dc:creator']) ?? str(item['author']),
    publishedAt: isoDate(str(item['pubDate']) ?? str(item['dc:date'])),
    html: body(item['content:encoded']),
    summary: str(item['description']),
  })
}

function atomEntry(raw: unknown): FeedItem {
  const entry = record(raw) ?? {}
  const links = list(entry['link']).map((link) => record(link) ?? {})
  const alternate = links.find((link) => (link['@rel'] ?? 'alternate') === 'alternate') ?? links[0]
  const content = record(entry['content'])
  const contentType = str(content?.['@type']) ?? 'text'
  const contentText = body(content?.['#text']) ?? body(entry['content'])
  return clean({
    url: str(alternate?.['@href']),
    title: str(entry['title']) ?? str(record(entry['title'])?.['#text']),
    author: str(record(list(entry['author'])[0])?.['name']),
    publishedAt: isoDate(str(entry['published']) ?? str(entry['updated'])),
    ...(contentType === 'text' ? { text: contentText } : { html: contentText }),
    summary: str(entry['summary']) ?? str(record(entry['summary'])?.['#text']),
  })
}

function parseJsonFeed(text: string): ParsedFeed {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (error) {
    return { ok: false, message: `broken JSON: ${error instanceof Error ? error.message : String(error)}` }
  }
  const feed = record(doc)
  if (!feed || !str(feed['version'])?.includes('jsonfeed.org')) return { ok: false, message: 'not a JSON Feed: no jsonfeed.org version' }
  const items = list(feed['items']).map((raw) => {
    const item = record(raw) ?? {}
    const author = str(record(list(item['authors'])[0])?.['name']) ?? str(record(item['author'])?.['name'])
    return clean({
      url: str(item['url']) ?? str(item['external_url']),
      title: str(item['title']),
      author,
      publishedAt: isoDate(str(item['date_published'])),
      html: body(item['content_html']),
      text: body(item['content_text']),
      summary: str(item['summary']),
    })
  })
  return { ok: true, feed: withTitle('json', str(feed['title']), items) }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

function str(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

/** A body field kept exactly as the feed gives it (no trimming: it becomes `RawDocument.content`). */
function body(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/**
 * The item's date as the feed writes it ("Fri, 06 Dec 2024 14:05:00 +0000"), if it is one at all; the pipeline's
 * normalizePublishedAt turns it into ISO 8601 with its own offset. Converting here would put a zone-less date into
 * this machine's zone.
 */
function isoDate(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  if (!trimmed || Number.isNaN(Date.parse(trimmed))) return undefined
  return trimmed
}

function clean(item: { [K in keyof FeedItem]: FeedItem[K] | undefined }): FeedItem {
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined)) as FeedItem
}
