import type { RawDocument, Skipped } from '../model/index.js'
import { bytesToDocument } from './bytes-to-document.js'
import type { IngestContext } from './ingest-context.js'
import { looksLikeFeed } from './parse-feed.js'
import { readFeed } from './read-feed.js'
import { rejectDataFormats } from './reject-data-formats.js'

/** Fetches one URL: a page or text becomes one document; a feed becomes one document per item. */
export async function* readUrl(url: string, context: IngestContext, depth = 0): AsyncGenerator<RawDocument | Skipped> {
  const fetched = await (await context.fetcher()).fetch(url)
  if ('kind' in fetched) {
    yield fetched
    return
  }
  const path = new URL(fetched.url).pathname
  const document = bytesToDocument({ source: url, name: path, bytes: fetched.bytes, contentType: fetched.contentType, url: fetched.url }, context.options)
  if ('kind' in document) {
    yield document
    return
  }
  const isFeedType = /(rss|atom|feed)\+(xml|json)|^(application|text)\/xml/i.test(fetched.contentType)
  // Feed items are fetched at depth 1; a feed linking to a feed is not followed further
  if (depth === 0 && (isFeedType || looksLikeFeed(document.content))) {
    yield* readFeed(url, document.content, context)
    return
  }
  yield rejectDataFormats(document) ?? document
}
