import type { RawDocument, Skipped } from '../model/index.js'
import type { IngestContext } from './ingest-context.js'
import { parseFeed, type FeedItem } from './parse-feed.js'
import { readUrl } from './read-url.js'
import { skip } from './skip.js'

/**
 * An item carrying at least this much text is a full article, not a teaser: RSS descriptions and Atom
 * summaries are one to three sentences (under ~400 characters in the feeds we looked at).
 */
const FULL_CONTENT_CHARS = 500

/**
 * Reads the items of a feed. An item whose feed carries the full body is used as is; otherwise its page
 * is fetched. Feed metadata (title as outlet, item date and author) is kept; `--outlet` wins.
 */
export async function* readFeed(source: string, text: string, context: IngestContext): AsyncGenerator<RawDocument | Skipped> {
  const parsed = parseFeed(text)
  if (!parsed.ok) {
    yield skip(source, 'parse-failed', parsed.message)
    return
  }
  const { feed } = parsed
  if (feed.items.length === 0) {
    yield skip(source, 'empty', `${feed.kind} feed has no items`)
    return
  }
  const outlet = context.options.outlet ?? feed.title
  for (const [index, feedItem] of feed.items.entries()) {
    const itemSource = `${source}#${index + 1}`
    const item = feedItem.url ? { ...feedItem, url: absoluteUrl(feedItem.url, source) } : feedItem
    const meta = {
      ...(item.url ? { url: item.url } : {}),
      ...(outlet ? { outlet } : {}),
      ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
      ...(item.title ? { title: item.title } : {}),
      ...(item.author ? { byline: item.author } : {}),
    }
    const body = fullBody(item)
    if (body) {
      yield { source: itemSource, ...body, ...meta }
      continue
    }
    if (!item.url) {
      yield skip(itemSource, 'not-an-article', 'feed item has neither full content nor a link')
      continue
    }
    for await (const document of readUrl(item.url, context, 1)) {
      // The feed knows the outlet, date and author better than a guess from the page
      yield 'kind' in document ? { ...document, source: `${itemSource} ${item.url}` } : { ...document, ...meta, source: `${itemSource} ${item.url}` }
    }
  }
}

function fullBody(item: FeedItem): { format: 'html' | 'text'; content: string } | undefined {
  if (item.html && item.html.replace(/<[^>]*>/g, '').trim().length >= FULL_CONTENT_CHARS) return { format: 'html', content: item.html }
  if (item.text && item.text.trim().length >= FULL_CONTENT_CHARS) return { format: 'text', content: item.text }
  return undefined
}

/** Item links may be relative to the feed's own URL ("/news/1"); a feed read from a file keeps them as given. */
function absoluteUrl(url: string, feedSource: string): string {
  try {
    return new URL(url, /^https?:\/\//i.test(feedSource) ? feedSource : undefined).href
  } catch {
    return url
  }
}
