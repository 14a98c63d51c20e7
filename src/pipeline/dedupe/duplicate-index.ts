import { NEAR_DUPLICATE_JACCARD } from './find-near-duplicates.js'
import { LshIndex } from './lsh-index.js'
import { createMinHasher, estimateJaccard } from './minhash.js'
import { shingles, shinglesOfNormalized } from './shingles.js'

/** What the index keeps per article, and what a store persists so the index can be rebuilt. */
export interface DuplicateEntry {
  readonly articleId: string
  readonly signature: Uint32Array
  /** The near-duplicate group: the id of the first article of the group. */
  readonly group: string
}

export interface DuplicateMatch {
  readonly group: string
  /** Closest earlier article of that group. */
  readonly articleId: string
  /** Estimated Jaccard (0–1) from the MinHash signatures. */
  readonly similarity: number
}

/**
 * Incremental near-duplicate grouping for a growing corpus: `match(text)` finds the group a new article
 * joins (or null), `add` records it. Signatures are kept, not shingle sets, so memory per article is
 * 512 bytes + 32 LSH bucket entries; similarity is the MinHash estimate (standard error ≤ 0.044).
 */
export class DuplicateIndex {
  readonly #lsh = new LshIndex()
  readonly #entries = new Map<string, DuplicateEntry>()
  readonly #minHash = createMinHasher()
  readonly #threshold: number

  constructor(threshold = NEAR_DUPLICATE_JACCARD) {
    this.#threshold = threshold
  }

  get size(): number {
    return this.#entries.size
  }

  signature(text: string): Uint32Array {
    return this.#minHash(shingles(text))
  }

  /** {@link DuplicateIndex.signature} of text already passed through normalizeForHash. */
  signatureOfNormalized(normalized: string): Uint32Array {
    return this.#minHash(shinglesOfNormalized(normalized))
  }

  match(signature: Uint32Array): DuplicateMatch | null {
    let best: DuplicateMatch | null = null
    for (const id of this.#lsh.candidates(signature)) {
      const entry = this.#entries.get(id)
      if (entry === undefined) continue
      const similarity = estimateJaccard(entry.signature, signature)
      if (similarity >= this.#threshold && (best === null || similarity > best.similarity)) {
        best = { group: entry.group, articleId: id, similarity }
      }
    }
    return best
  }

  add(entry: DuplicateEntry): void {
    if (this.#entries.has(entry.articleId)) return
    this.#entries.set(entry.articleId, entry)
    this.#lsh.add(entry.articleId, entry.signature)
  }
}
