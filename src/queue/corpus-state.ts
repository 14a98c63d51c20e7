import { createHash } from 'node:crypto'
import { StoryGrouper, type ArticleFeatures } from '../pipeline/cluster/index.js'
import { DuplicateIndex } from '../pipeline/dedupe/index.js'
import type { CorpusEntry, NewArticle } from '../store/index.js'
import type { PreparedItem } from './prepared-item.js'

/**
 * Dedupe and grouping state of the stored corpus, kept in step with the store: the same decisions, ids and
 * story names as `parallax ingest` (src/cli/commands/ingest.ts), fed with prepared items instead of raw
 * documents. A worker keeps one for its lifetime and catches up with what other workers grouped before each
 * grouping transaction. New articles are placed with the rounded terms the store keeps, so a worker that
 * rebuilt its state from the store decides exactly as the one that grouped the article in memory.
 */
export class CorpusState {
  readonly #duplicates = new DuplicateIndex()
  readonly #grouper = new StoryGrouper({}, (articleId) => `s${articleId.slice(0, 11)}`)
  readonly #known = new Set<string>()
  #lastSeq = 0

  get lastSeq(): number {
    return this.#lastSeq
  }

  catchUp(entries: readonly CorpusEntry[]): void {
    for (const e of entries) {
      this.#lastSeq = Math.max(this.#lastSeq, e.seq)
      if (this.#known.has(e.articleId)) continue
      this.#known.add(e.articleId)
      const features = { terms: new Map(e.terms), time: e.publishedAt === null ? null : Date.parse(e.publishedAt) }
      this.#duplicates.add({ articleId: e.articleId, signature: e.signature, group: e.duplicateGroup })
      this.#grouper.observe(features)
      this.#grouper.place(e.articleId, features, e.storyId)
    }
  }

  track(seq: number): void {
    this.#lastSeq = Math.max(this.#lastSeq, seq)
  }

  /** Decides the new article's duplicate group and story, and records it in memory. */
  place(item: PreparedItem): NewArticle {
    const articleId = createHash('sha256').update(`${item.location}\n${item.hash}`).digest('hex').slice(0, 16)
    const signature = Uint32Array.from(item.signature)
    const match = this.#duplicates.match(signature)
    const features: ArticleFeatures = { terms: new Map(item.terms), time: item.time }
    this.#grouper.observe(features)
    // A near-duplicate (a reprint) always joins its original's story, as in ingest.
    const original = match === null ? undefined : this.#grouper.storyOf(match.articleId)
    let storyId: string
    if (original !== undefined) {
      storyId = original
      this.#grouper.place(articleId, features, storyId)
    } else {
      storyId = this.#grouper.assign(articleId, features).storyId
    }
    const duplicateGroup = match?.group ?? articleId
    this.#duplicates.add({ articleId, signature, group: duplicateGroup })
    this.#known.add(articleId)
    return {
      articleId,
      storyId,
      duplicateGroup,
      wire: item.wire,
      signature,
      terms: item.terms,
      publishedAt: item.publishedAt,
      language: item.language,
      sourceInfo: item.sourceInfo,
      contentHash: item.hash,
      format: item.format,
      content: item.content,
      text: item.text,
      title: item.title,
      searchText: item.searchText,
    }
  }
}
