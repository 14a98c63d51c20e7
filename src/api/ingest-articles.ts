import { candidateOf, CorpusState, readyDocument, registeredOutlet, storeBatch, type StoreOutcome } from '../corpus/index.js'
import type { ReadOptions } from '../ingest/index.js'
import type { OutletRegistry, Skipped } from '../model/index.js'
import type { Store } from '../store/index.js'
import { pastedSource, readArticleInputs } from './read-article-inputs.js'
import type { ArticleInput } from './schemas.js'

export interface IngestedArticle {
  readonly articleId: string
  readonly storyId: string
  readonly revision: number
  readonly source: string
  readonly outcome: StoreOutcome
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
  readonly #outletRegistry: OutletRegistry | undefined

  constructor(store: Store, options: ReadOptions, outletRegistry?: OutletRegistry) {
    this.#store = store
    this.#options = options
    this.#outletRegistry = outletRegistry
  }

  async ingest(input: ArticleInput): Promise<IngestResult> {
    try {
      return await ingestArticle(this.#store, input, this.#options, this.#state, this.#outletRegistry)
    } catch (error) {
      // A rolled-back write may have left articles in memory that the store does not have.
      this.#state = new CorpusState()
      throw error
    }
  }
}

/**
 * Stores one article input (a URL may be a feed: one document per item), one document per transaction so each
 * gets its outcome, deciding with `state` exactly as `parallax ingest` does; the new articles of a feed are then
 * settled as an ingest run is (CorpusState.settle) and reported in their settled stories.
 */
export async function ingestArticle(
  store: Store,
  input: ArticleInput,
  options: ReadOptions,
  state: CorpusState = new CorpusState(),
  outletRegistry?: OutletRegistry,
): Promise<IngestResult> {
  let articles: IngestedArticle[] = []
  const skipped: Skipped[] = []
  for await (const item of readArticleInputs([input], options, pastedSource)) {
    const ready = 'kind' in item ? item : readyDocument(item)
    if ('kind' in ready) {
      skipped.push(ready)
      continue
    }
    const [result] = await store.write((tx) => storeBatch(tx, state, [candidateOf(registeredOutlet(ready, outletRegistry))]))
    if (result === undefined) throw new Error(`api: storing ${ready.location} gave no result`)
    const { ref, outcome } = result
    articles.push({ articleId: ref.articleId, storyId: ref.storyId, revision: ref.revision, source: ready.raw.source, outcome })
  }
  const stored = articles.filter((a) => a.outcome === 'stored').map((a) => a.articleId)
  if (stored.length > 1) {
    const moved = await store.write(async (tx) => {
      await state.sync(tx)
      return state.settle(tx, stored)
    })
    articles = articles.map((a) => ({ ...a, storyId: moved.get(a.articleId) ?? a.storyId }))
  }
  return { articles, skipped: skipped.map(({ source, reason, message }) => ({ source, reason, message })) }
}
