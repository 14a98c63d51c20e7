import type { RawDocument, Skipped } from '../model/index.js'
import { ingestDocuments } from './ingest-documents.js'

/** One input's story in a one-shot grouping: null when the input was skipped (with the reason). */
export interface ClusteredDocument {
  readonly source: string
  /** The story's id: `story-N`, numbered in order of first appearance in the input. */
  readonly story: string | null
  readonly skipped?: Skipped['reason']
}

/**
 * Groups documents into stories without a database (`parallax cluster`): they are ingested into an in-memory
 * store, exactly as `parallax ingest` stores a run into an empty corpus (dedupe, reprints with their
 * originals, incremental grouping, then the settle's batch regrouping), so cluster, ingest and `stories
 * regroup` give the same stories for the same inputs. Before, cluster grouped every input apart, exact copies
 * and reprints included, over unrounded features, and disagreed with ingest on 13–19 of 3,000 articles.
 * Example: `await clusterDocuments(readInputs(['a.txt', 'b.txt']))` → [{ source: 'a.txt', story: 'story-1' }, …].
 */
export async function clusterDocuments(documents: AsyncIterable<RawDocument | Skipped> | Iterable<RawDocument | Skipped>): Promise<ClusteredDocument[]> {
  // Loaded here, not at import: the queue worker and the API import this folder and never open SQLite.
  const { openSqliteStore } = await import('../store/sqlite/index.js')
  const store = await openSqliteStore(':memory:')
  try {
    const outcomes: { source: string; articleId: string | null; skipped?: Skipped['reason'] }[] = []
    await ingestDocuments(store, documents, () => {}, {
      onDocument: (source, result) => outcomes.push('kind' in result ? { source, articleId: null, skipped: result.reason } : { source, articleId: result.ref.articleId }),
    })
    const storyOf = new Map((await store.corpusSince(0)).map((e) => [e.articleId, e.storyId]))
    const names = new Map<string, string>()
    return outcomes.map(({ source, articleId, skipped }) => {
      const stored = articleId === null ? undefined : storyOf.get(articleId)
      if (stored === undefined) return { source, story: null, ...(skipped === undefined ? {} : { skipped }) }
      const story = names.get(stored) ?? `story-${names.size + 1}`
      names.set(stored, story)
      return { source, story }
    })
  } finally {
    await store.close()
  }
}
