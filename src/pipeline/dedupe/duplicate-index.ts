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
 * Articles one generation of the index holds. Two generations are kept, so a new article is compared with the
 * last 50,000–100,000 added: reprints follow their original within hours or days, and memory stays bounded
 * (about 1 KB per held article) however large the corpus grows.
 */
export const DUPLICATE_GENERATION = 50_000

interface Generation {
  readonly lsh: LshIndex
  readonly entries: Map<string, DuplicateEntry>
}

/**
 * Incremental near-duplicate grouping for a growing corpus: `match(text)` finds the group a new article
 * joins (or null), `add` records it. Signatures are kept, not shingle sets, so memory per article is
 * 512 bytes + 32 LSH entries; similarity is the MinHash estimate (standard error ≤ 0.044). When a generation is
 * full the older one is dropped: which articles are held depends only on the order of `add`, so a process that
 * rebuilds the index from the store (in storage order) matches exactly as the one that added them as they came.
 */
export class DuplicateIndex {
  readonly #minHash = createMinHasher()
  readonly #threshold: number
  readonly #generationSize: number
  #current: Generation = newGeneration()
  #previous: Generation | null = null

  constructor(threshold = NEAR_DUPLICATE_JACCARD, generationSize = DUPLICATE_GENERATION) {
    this.#threshold = threshold
    this.#generationSize = generationSize
  }

  /** Articles held (the last `generationSize` to twice that many added). */
  get size(): number {
    return this.#current.entries.size + (this.#previous?.entries.size ?? 0)
  }

  /**
   * How many articles each generation holds: they are always the last `previous + current` added, the older
   * `previous` of them in the previous generation. A persisted corpus state keeps these counts and reads the
   * entries back from the store (see {@link DuplicateIndex.restore}).
   */
  get generationSizes(): { readonly previous: number; readonly current: number } {
    return { previous: this.#previous?.entries.size ?? 0, current: this.#current.entries.size }
  }

  /**
   * Refills an empty index with the entries it held, oldest first, the first `previous` of them in the previous
   * generation (`previous` 0: none, as before the first generation filled). It then matches exactly as the index
   * that held them did.
   */
  restore(entries: readonly DuplicateEntry[], previous: number): void {
    if (this.size !== 0) throw new Error('dedupe: restore into an index that is not empty')
    if (previous > 0) {
      this.#previous = newGeneration()
      this.#previous.lsh.reserve(previous)
      for (const entry of entries.slice(0, previous)) {
        this.#previous.entries.set(entry.articleId, entry)
        this.#previous.lsh.add(entry.articleId, entry.signature)
      }
    }
    this.#current.lsh.reserve(entries.length - previous)
    for (const entry of entries.slice(previous)) {
      this.#current.entries.set(entry.articleId, entry)
      this.#current.lsh.add(entry.articleId, entry.signature)
    }
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
    for (const generation of [this.#previous, this.#current]) {
      if (generation === null) continue
      for (const id of generation.lsh.candidates(signature)) {
        const entry = generation.entries.get(id)
        if (entry === undefined) continue
        const similarity = estimateJaccard(entry.signature, signature)
        // Ties go to the earlier article, as within one generation.
        if (similarity >= this.#threshold && (best === null || similarity > best.similarity)) {
          best = { group: entry.group, articleId: id, similarity }
        }
      }
    }
    return best
  }

  add(entry: DuplicateEntry): void {
    if (this.#current.entries.has(entry.articleId) || this.#previous?.entries.has(entry.articleId)) return
    if (this.#current.entries.size >= this.#generationSize) {
      this.#previous = this.#current
      this.#current = newGeneration()
    }
    this.#current.entries.set(entry.articleId, entry)
    this.#current.lsh.add(entry.articleId, entry.signature)
  }
}

function newGeneration(): Generation {
  return { lsh: new LshIndex(), entries: new Map() }
}
