import type { ArticleRef, ArticleSource, NewArticle, StoreWriter } from '../store/index.js'
import type { ArticleCandidate, CorpusState } from './corpus-state.js'

/** What happened to one document: stored new, stored as a new revision, already stored, or an exact copy stored at another location. */
export type StoreOutcome = 'stored' | 'revised' | 'unchanged' | 'copy'

export interface StoredResult {
  readonly outcome: StoreOutcome
  /** The article the document is (or is a copy or revision of), as stored now. */
  readonly ref: ArticleRef
}

/**
 * Stores a batch of prepared documents inside one write transaction, deduplicating and grouping them in order:
 * the same location or the same content gives the same article (unchanged / a copy at a new location), changed
 * content at a known location a new revision, anything else a new article placed by the corpus state. Every
 * writer calls this (ingest, the API, queue workers), so all decide alike. Lookups and inserts go to the store
 * in bulk (a handful of statements per batch on PostgreSQL instead of six per document); maps kept current
 * within the batch let a later document see an earlier one, as separate transactions would.
 */
export async function storeBatch(tx: StoreWriter, state: CorpusState, candidates: readonly ArticleCandidate[]): Promise<StoredResult[]> {
  await state.sync(tx)
  const bySource = await tx.findManyBySource(candidates.map((c) => c.sourceInfo.location))
  const byHash = await tx.findManyByContentHash(candidates.map((c) => c.contentHash))
  await state.loadSignatures(tx, placeable(candidates, bySource, byHash))
  const inserts: NewArticle[] = []
  const sources: { articleId: string; source: ArticleSource }[] = []
  const flush = async () => {
    for (const seq of await tx.insertArticles(inserts)) state.track(seq)
    await tx.addSources(sources)
    inserts.length = 0
    sources.length = 0
  }
  const results: StoredResult[] = []
  for (const candidate of candidates) {
    const location = candidate.sourceInfo.location
    const known = bySource.get(location)
    const same = byHash.get(candidate.contentHash)
    let result: StoredResult
    if (same !== undefined) {
      if (known === undefined) {
        sources.push({ articleId: same.articleId, source: candidate.sourceInfo })
        bySource.set(location, same)
      }
      result = { outcome: known === undefined ? 'copy' : 'unchanged', ref: same }
    } else if (known !== undefined) {
      // The revision's article must be written first if this batch inserted it.
      await flush()
      const { contentHash, format, content, text, title, headlineScore, searchText } = candidate
      const revision = await tx.addRevision(known.articleId, { contentHash, format, content, text, title, ...(headlineScore === undefined ? {} : { headlineScore }), searchText })
      const ref = { ...known, revision, contentHash }
      for (const [other, r] of bySource) if (r.articleId === ref.articleId) bySource.set(other, ref)
      result = { outcome: 'revised', ref }
    } else {
      const article = state.place(candidate)
      inserts.push(article)
      result = { outcome: 'stored', ref: { articleId: article.articleId, storyId: article.storyId, revision: 1, contentHash: candidate.contentHash } }
    }
    if (result.outcome === 'stored' || result.outcome === 'revised') {
      bySource.set(location, result.ref)
      byHash.set(candidate.contentHash, result.ref)
    }
    results.push(result)
  }
  await flush()
  return results
}

/**
 * The candidates that may become new articles: neither their location nor their content stored, nor met earlier
 * in the batch (such a one is a copy, unchanged or a revision). Only these need the signatures of their near
 * duplicates, and an exact copy's signature is then never made (see readyOnDemand).
 */
function placeable(candidates: readonly ArticleCandidate[], bySource: ReadonlyMap<string, ArticleRef>, byHash: ReadonlyMap<string, ArticleRef>): ArticleCandidate[] {
  const locations = new Set<string>()
  const hashes = new Set<string>()
  const out: ArticleCandidate[] = []
  for (const c of candidates) {
    const location = c.sourceInfo.location
    if (!bySource.has(location) && !byHash.has(c.contentHash) && !locations.has(location) && !hashes.has(c.contentHash)) out.push(c)
    locations.add(location)
    hashes.add(c.contentHash)
  }
  return out
}
