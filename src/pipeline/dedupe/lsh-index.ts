import { hash32, mix32 } from './hash32.js'

/**
 * 32 bands of 4 rows over a 128-hash signature. A pair with Jaccard J becomes a candidate with probability
 * 1 − (1 − J⁴)³²: 0.87 at J = 0.5, 0.985 at 0.6, > 0.9999 at 0.7 — so pairs at the near-duplicate
 * threshold (0.6, see find-near-duplicates.ts) are almost never missed, and pairs below 0.3 rarely cost a check.
 */
export const DEFAULT_BANDS = 32

const INITIAL_CELLS = 1024

/**
 * Locality-sensitive hashing index over MinHash signatures: `candidates(sig)` returns the ids whose
 * signature agrees with `sig` on every row of at least one band.
 *
 * Band entries live in one open-addressing table of typed arrays (linear probing; several entries may share a
 * key), at most half full: 8–16 bytes per entry, 256–512 per article. A Map of bucket arrays took 2.7 KB per
 * article and stopped at about 520,000 articles, when its 2²⁴ keys ran out (V8's limit on a Map's size).
 */
export class LshIndex {
  readonly #bands: number
  readonly #ids: string[] = []
  readonly #bandSeeds: number[]
  /** Band key + 1 per cell; 0 marks an empty cell. Keys are 30-bit hashes, so their low bits spread over the table. */
  #keys = new Uint32Array(INITIAL_CELLS)
  /** The article (its index in #ids) of each filled cell. */
  #slots = new Int32Array(INITIAL_CELLS)
  #filled = 0
  /**
   * Entries restored in bulk ({@link LshIndex.restorePairs}): band keys ascending with their slots, found by
   * bisection. Restoring them costs two array copies instead of an insert per band (issue 19).
   */
  #base: LshPairs | null = null

  constructor(bands = DEFAULT_BANDS) {
    this.#bands = bands
    this.#bandSeeds = Array.from({ length: bands }, (_, band) => hash32(String(band)))
  }

  get size(): number {
    return this.#ids.length
  }

  /** The ids in slot (insertion) order. */
  get ids(): readonly string[] {
    return this.#ids
  }

  /** Sizes the table for `articles` more at once: a bulk load then never rehashes on the way. */
  reserve(articles: number): void {
    while ((this.#filled + articles * this.#bands) * 2 > this.#keys.length) this.#grow()
  }

  add(id: string, signature: Uint32Array): void {
    const keys = this.bandKeys(signature)
    const slot = this.#ids.length
    this.#ids.push(id)
    while ((this.#filled + keys.length) * 2 > this.#keys.length) this.#grow()
    for (const key of keys) this.#insert(key + 1, slot)
  }

  /** Band keys per article. */
  get bands(): number {
    return this.#bands
  }

  /**
   * Every entry as (band key, slot) pairs, ascending by key then slot, the slot being the article's place in
   * insertion order: what a persisted index stores. The same entries give the same pairs however they were added.
   */
  pairs(): LshPairs {
    const packed = new Float64Array(this.#ids.length * this.#bands)
    let n = 0
    if (this.#base !== null) for (let i = 0; i < this.#base.keys.length; i++) packed[n++] = (this.#base.keys[i] as number) * SLOT_SPAN + (this.#base.slots[i] as number)
    for (let cell = 0; cell < this.#keys.length; cell++) {
      const stored = this.#keys[cell] as number
      if (stored !== 0) packed[n++] = (stored - 1) * SLOT_SPAN + (this.#slots[cell] as number)
    }
    packed.sort()
    const keys = new Uint32Array(n)
    const slots = new Uint32Array(n)
    for (let i = 0; i < n; i++) {
      const v = packed[i] as number
      keys[i] = Math.floor(v / SLOT_SPAN)
      slots[i] = v % SLOT_SPAN
    }
    return { keys, slots }
  }

  /** Refills an empty index with {@link LshIndex.pairs} of an index that held `ids` (in slot order). */
  restorePairs(ids: readonly string[], pairs: LshPairs): void {
    if (this.#ids.length !== 0) throw new Error('dedupe: restore into an LSH index that is not empty')
    const { keys, slots } = pairs
    if (keys.length !== slots.length || keys.length !== ids.length * this.#bands) throw new Error('dedupe: LSH pairs of another size')
    for (let i = 0; i < keys.length; i++) {
      if ((slots[i] as number) >= ids.length || (i > 0 && (keys[i] as number) < (keys[i - 1] as number))) throw new Error('dedupe: LSH pairs out of order')
    }
    if (ids.length >= SLOT_SPAN) throw new Error('dedupe: too many articles in one LSH index')
    this.#ids.push(...ids)
    this.#base = keys.length === 0 ? null : { keys, slots }
  }

  /** Ids sharing at least one band with `signature`, each once, in insertion order. */
  candidates(signature: Uint32Array): string[] {
    const keys = this.#keys
    const mask = keys.length - 1
    const slots = new Set<number>()
    const base = this.#base
    for (const key of this.bandKeys(signature)) {
      const stored = key + 1
      // A key's entries all sit in the run of filled cells that starts at its home cell.
      for (let cell = stored & mask; keys[cell] !== 0; cell = (cell + 1) & mask) {
        if (keys[cell] === stored) slots.add(this.#slots[cell] ?? 0)
      }
      if (base === null) continue
      let low = 0
      let high = base.keys.length
      while (low < high) {
        const mid = (low + high) >>> 1
        if ((base.keys[mid] as number) < key) low = mid + 1
        else high = mid
      }
      for (let i = low; i < base.keys.length && base.keys[i] === key; i++) slots.add(base.slots[i] as number)
    }
    return [...slots].sort((a, b) => a - b).map((slot) => this.#ids[slot] ?? '')
  }

  #insert(stored: number, slot: number): void {
    const mask = this.#keys.length - 1
    let cell = stored & mask
    while (this.#keys[cell] !== 0) cell = (cell + 1) & mask
    this.#keys[cell] = stored
    this.#slots[cell] = slot
    this.#filled++
  }

  #grow(): void {
    const keys = this.#keys
    const slots = this.#slots
    this.#keys = new Uint32Array(keys.length * 2)
    this.#slots = new Int32Array(keys.length * 2)
    this.#filled = 0
    for (let cell = 0; cell < keys.length; cell++) {
      const stored = keys[cell] ?? 0
      if (stored !== 0) this.#insert(stored, slots[cell] ?? 0)
    }
  }

  /** The signature's key in each band (30-bit hashes of its rows there): what the index files it under. */
  bandKeys(signature: Uint32Array): number[] {
    if (signature.length % this.#bands !== 0) throw new Error('dedupe: signature length is not a multiple of the band count')
    const rows = signature.length / this.#bands
    const keys: number[] = []
    for (let band = 0; band < this.#bands; band++) {
      let h = this.#bandSeeds[band] ?? 0
      for (let r = 0; r < rows; r++) h = mix32(h ^ (signature[band * rows + r] ?? 0)) + r
      // 30 bits: a collision only adds a candidate to verify
      keys.push(h & 0x3fffffff)
    }
    return keys
  }
}

/** Band keys (ascending) and the slot of the article each belongs to: see {@link LshIndex.pairs}. */
export interface LshPairs {
  readonly keys: Uint32Array
  readonly slots: Uint32Array
}

/** Slots per key when a pair is packed into one number (key × SLOT_SPAN + slot, under 2⁵³ for 30-bit keys). */
const SLOT_SPAN = 2 ** 23
