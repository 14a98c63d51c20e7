import { SparseCells, type CellEntries } from './sparse-cells.js'

/**
 * Document frequencies in fixed memory: a count-min sketch (2 rows × 2²² counters, 32 MiB) with conservative
 * update, instead of a Map that grows with the vocabulary (2.5 million terms at 1 million articles, each a
 * cache miss away). Counts are never under-estimated; a term only reads too high when both its counters are
 * shared with other terms — with conservative update, by about the frequency of a rare term, which moves its
 * IDF by a fraction of the gap between df = 1 and df = 2. Memory and cost per lookup do not depend on the corpus.
 * Example: `df.add('e:putin'); df.get('e:putin')` → 1.
 */
export class DocumentFrequencies {
  // Sparse until a sixteenth full (see SparseCells): same counts, memory touched only where terms fell.
  #rows: readonly [SparseCells, SparseCells]
  readonly #mask: number

  constructor(bits = 22) {
    this.#rows = [new SparseCells(1 << bits), new SparseCells(1 << bits)]
    this.#mask = (1 << bits) - 1
  }

  add(term: string): void {
    // The two slots without hashSlots' pair: a lookup per term of every article (issue 19).
    const h = fnv1a(term)
    const a = firstSlot(h, this.#mask)
    const b = secondSlot(h, this.#mask)
    const [rowA, rowB] = this.#rows
    const countA = rowA.get(a)
    const countB = rowB.get(b)
    const min = Math.min(countA, countB)
    // Conservative update: only counters at the minimum grow, so collisions inflate counts as little as possible.
    if (countA === min) rowA.set(a, min + 1)
    if (countB === min) rowB.set(b, min + 1)
  }

  /** The non-zero counters of both rows (what a persisted grouper stores). */
  counters(): [CellEntries, CellEntries] {
    return [this.#rows[0].entries(), this.#rows[1].entries()]
  }

  /** Replaces the counts with saved counters (see {@link DocumentFrequencies.counters}) of rows of the same size. */
  load(rows: readonly [CellEntries, CellEntries]): void {
    if (rows[0].length !== this.#rows[0].length || rows[1].length !== this.#rows[1].length) throw new Error('cluster: document frequency rows of another size')
    this.#rows = [SparseCells.fromEntries(rows[0]), SparseCells.fromEntries(rows[1])]
  }

  get(term: string): number {
    const h = fnv1a(term)
    return Math.min(this.#rows[0].get(firstSlot(h, this.#mask)), this.#rows[1].get(secondSlot(h, this.#mask)))
  }

}

/** Two independent slots for `key` under `mask` (a power of two minus one): FNV-1a, then two finalisers. */
export function hashSlots(key: string, mask: number): [number, number] {
  const h = fnv1a(key)
  return [firstSlot(h, mask), secondSlot(h, mask)]
}

function fnv1a(key: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h
}

function firstSlot(h: number, mask: number): number {
  let a = h ^ (h >>> 16)
  a = Math.imul(a, 0x85ebca6b)
  a ^= a >>> 13
  return a & mask
}

function secondSlot(h: number, mask: number): number {
  let b = h ^ (h >>> 15)
  b = Math.imul(b, 0x2c1b3c6d)
  b ^= b >>> 12
  b = Math.imul(b, 0x297a2d39)
  b ^= b >>> 15
  return b & mask
}
