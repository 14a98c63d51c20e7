import type { OutletRegistry, RawDocument, Skipped } from '../model/index.js'
import { articleFeatures } from '../pipeline/cluster/index.js'
import { detectWireCredit, DuplicateIndex } from '../pipeline/dedupe/index.js'
import { prepareDocument, registeredOutlet, roundTerms, type ArticleCandidate } from '../corpus/index.js'
import type { ArticleSource } from '../store/index.js'

/**
 * Everything grouping needs about one document, computed by any worker (the CPU-heavy part of ingest:
 * extraction, MinHash signature, grouping features). Stored as JSON in queue_items.prepared.
 */
export interface PreparedItem {
  readonly location: string
  readonly hash: string
  readonly title: string
  /** Framing load of `title` as a headline; absent when it is not one (and in items queued before it was kept). */
  readonly headlineScore?: number
  readonly text: string
  readonly searchText: string
  readonly publishedAt: string | null
  readonly language: string
  readonly sourceInfo: ArticleSource
  readonly format: 'text' | 'html'
  readonly content: string
  readonly wire: string | null
  readonly signature: readonly number[]
  /** Grouping terms rounded to 3 decimals, exactly as the store keeps them, so every worker groups alike. */
  readonly terms: readonly (readonly [string, number])[]
  /** Milliseconds since the epoch, or null. */
  readonly time: number | null
}

const minHash = new DuplicateIndex()

/**
 * Prepares one raw document (as `parallax ingest` does), or says why it was skipped. CPU only. With the user's
 * outlet registry the outlet is stored as the registry names it, as `ingest --outlets` stores it.
 */
export function prepareItem(raw: RawDocument, outletRegistry?: OutletRegistry): PreparedItem | Skipped {
  const prepared = prepareDocument(raw)
  if ('kind' in prepared) return prepared
  const doc = registeredOutlet(prepared, outletRegistry)
  const features = articleFeatures({ title: doc.title, text: doc.text, language: doc.language, ...(doc.publishedAt === null ? {} : { publishedAt: doc.publishedAt }) })
  return {
    location: doc.location,
    hash: doc.hash,
    title: doc.title,
    ...(doc.headlineScore === null ? {} : { headlineScore: doc.headlineScore }),
    text: doc.text,
    searchText: doc.searchText,
    publishedAt: doc.publishedAt,
    language: doc.language,
    sourceInfo: doc.sourceInfo,
    format: raw.format,
    content: raw.content,
    wire: detectWireCredit(doc.text, doc.byline),
    signature: [...minHash.signature(doc.text)],
    terms: roundTerms(features),
    time: features.time,
  }
}

/** What the store keeps of a prepared item, before the corpus decides its id, story and duplicate group. */
export function candidateOf(item: PreparedItem): ArticleCandidate {
  return {
    wire: item.wire,
    signature: Uint32Array.from(item.signature),
    terms: item.terms,
    publishedAt: item.publishedAt,
    language: item.language,
    sourceInfo: item.sourceInfo,
    contentHash: item.hash,
    format: item.format,
    content: item.content,
    text: item.text,
    title: item.title,
    ...(item.headlineScore === undefined ? {} : { headlineScore: item.headlineScore }),
    searchText: item.searchText,
  }
}
