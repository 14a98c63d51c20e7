import { LshIndex } from './lsh-index.js'
import { createMinHasher } from './minhash.js'
import { jaccard, shingles } from './shingles.js'

/**
 * Jaccard ≥ 0.6 on word 5-shingles counts as "the same text". Reprints of one wire story across outlets
 * (new headline, a trimmed last paragraph, a local sentence) stay well above it; two outlets' own
 * write-ups of one event share a handful of 5-word runs (the seed pair 000/002 of this repo scores < 0.05).
 */
export const NEAR_DUPLICATE_JACCARD = 0.6

export interface DedupeInput {
  readonly id: string
  readonly text: string
}

/** Two texts that are near-duplicates; `a` comes before `b` in the input. `similarity` is exact Jaccard (0–1). */
export interface NearDuplicatePair {
  readonly a: string
  readonly b: string
  readonly similarity: number
}

export interface FindNearDuplicatesOptions {
  /** Minimum exact Jaccard (0–1); default {@link NEAR_DUPLICATE_JACCARD}. */
  readonly threshold?: number
  readonly shingleSize?: number
}

/**
 * All pairs of texts whose word-shingle Jaccard similarity is at least `threshold`, found with MinHash + LSH
 * (not all n² pairs) and verified exactly, so no pair below the threshold is ever reported.
 * Example: `findNearDuplicates([{ id: 'a', text }, { id: 'b', text: text + ' Updated.' }])` → one pair.
 */
export function findNearDuplicates(docs: readonly DedupeInput[], options: FindNearDuplicatesOptions = {}): NearDuplicatePair[] {
  const threshold = options.threshold ?? NEAR_DUPLICATE_JACCARD
  const minHash = createMinHasher()
  const index = new LshIndex()
  const sets = new Map<string, Uint32Array>()
  const order = new Map<string, number>()
  const pairs: NearDuplicatePair[] = []
  docs.forEach((doc, position) => {
    if (order.has(doc.id)) throw new Error(`dedupe: duplicate id ${doc.id}`)
    const set = shingles(doc.text, options.shingleSize)
    const signature = minHash(set)
    for (const other of index.candidates(signature)) {
      const similarity = jaccard(sets.get(other) ?? new Uint32Array(0), set)
      if (similarity >= threshold) pairs.push({ a: other, b: doc.id, similarity })
    }
    index.add(doc.id, signature)
    sets.set(doc.id, set)
    order.set(doc.id, position)
  })
  return pairs.sort((x, y) => (order.get(x.a) ?? 0) - (order.get(y.a) ?? 0) || (order.get(x.b) ?? 0) - (order.get(y.b) ?? 0))
}
