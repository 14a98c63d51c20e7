import { CorpusState, ingestDocuments, prepareDocument, type IngestTotals } from '../corpus/index.js'
import type { ReadOptions } from '../ingest/index.js'
import type { Skipped } from '../model/index.js'
import type { Store } from '../store/index.js'
import { pastedSource, readArticleInputs } from './read-article-inputs.js'
import type { ArticleInput } from './schemas.js'

/** What happened to one document: stored new, stored as a new revision, already stored, or an exact copy stored at another location. */
export type IngestOutcome = 'stored' | 'revised' | 'unchanged' | 'copy'

export interface IngestedArticle {
  readonly articleId: string
  readonly storyId: string
  readonly revision: number
  readonly source: string
  readonly outcome: IngestOutcome
}

export interface IngestResult {
  readonly articles: readonly IngestedArticle[]
  readonly skipped: readonly { readonly source: string; readonly reason: string; readonly message: string }[]
}

/**
 * Stores article inputs for the API, one call at a time (the caller serialises them), exactly as `parallax
 * ingest` does. Keeps the corpus state between calls: rebuilding it from the store on every POST cost time in
 * proportion to the corpus.
 */
export class ArticleIngester {
  #state = new CorpusState()
  readonly #store: Store
  readonly #options: ReadOptions

  constructor(store: Store, options: ReadOptions) {
    this.#store = store
    this.#options = options
  }

  async ingest(input: ArticleInput): Promise<IngestResult> {
    try {
      return await ingestArticle(this.#store, input, this.#options, this.#state)
    } catch (error) {
      // A rolled-back write may have left articles in memory that the store does not have.
      this.#state = new CorpusState()
      throw error
    }
  }
}

/**
 * Stores one article input (a URL may be a feed: one document per item) through `ingestDocuments`, one
 * document per transaction so each gets its outcome.
 */
export async function ingestArticle(store: Store, input: ArticleInput, options: ReadOptions, state: CorpusState = new CorpusState()): Promise<IngestResult> {
  const articles: IngestedArticle[] = []
  const skipped: Skipped[] = []
  for await (const item of readArticleInputs([input], options, pastedSource)) {
    if ('kind' in item) {
      skipped.push(item)
      continue
    }
    // Prepared here too (ingestDocuments prepares again) to learn the location and any skip reason.
    const prepared = prepareDocument(item)
    if ('kind' in prepared) {
      skipped.push(prepared)
      continue
    }
    const totals = await ingestDocuments(store, [item], () => {}, { state })
    const ref = await store.write((tx) => tx.findBySource(prepared.location))
    if (ref === null) throw new Error(`api: ingested ${prepared.location} but cannot find it in the store`)
    articles.push({ articleId: ref.articleId, storyId: ref.storyId, revision: ref.revision, source: item.source, outcome: outcomeOf(totals) })
  }
  return { articles, skipped: skipped.map(({ source, reason, message }) => ({ source, reason, message })) }
}

function outcomeOf(totals: IngestTotals): IngestOutcome {
  if (totals.stored > 0) return 'stored'
  if (totals.revised > 0) return 'revised'
  if (totals.copies > 0) return 'copy'
  return 'unchanged'
}
