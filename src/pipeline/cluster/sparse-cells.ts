/** The non-zero cells of a {@link SparseCells}: ascending indices and their values. */
export interface CellEntries {
  readonly length: number
  readonly indices: Uint32Array
  readonly values: Uint32Array
}

/**
 * A fixed-length array of unsigned 32-bit cells, all 0 at first, that takes memory for its non-zero cells only
 * until a sixteenth of them are filled, then turns into a plain Uint32Array. Reads and writes mean exactly what
 * they mean on the plain array. Why: the document-frequency sketch (2 × 2²² cells) and the story name filter
 * (2²¹) are hashed, so even a few thousand articles touch every page of a plain array, and on the shared VM a
 * first touch costs about 27 µs a page: 200–300 ms per process before any work, which made every ingest run,
 * and reading a stored state back, cost as much as grouping a few hundred articles.
 * Example: `const c = new SparseCells(1 << 22); c.set(7, 2); c.get(7)` → 2.
 */
export class SparseCells {
  readonly length: number
  #dense: Uint32Array | null = null
  /** Open addressing, linear probing: index + 1 per slot (0 = empty), and its value. */
  #keys = new Int32Array(INITIAL_SLOTS)
  #values = new Uint32Array(INITIAL_SLOTS)
  /** Distinct cells ever set non-zero, base cells included (the dense switch counts them). */
  #filled = 0
  /** Table slots taken. */
  #used = 0
  /** Cells given by {@link SparseCells.fromEntries}, ascending; a cell in the table overrides its entry here. */
  #base: { readonly indices: Uint32Array; readonly values: Uint32Array } | null = null

  constructor(length: number) {
    if (!Number.isInteger(length) || length <= 0 || length >= 2 ** 31) throw new Error('cluster: sparse cells length out of range')
    this.length = length
  }

  /**
   * Cells: ascending non-zero cells (see {@link SparseCells.entries}) into a new array of `entries.length`. The
   * entries are kept as they are, read by bisection, and later writes go to the table on top of them: restoring a
   * corpus state built a table of ~75,000 counters in a fresh 2 MiB, and on the shared VM the first touch of
   * fresh memory was most of that (issue 19). The arrays must not change afterwards (a snapshot's bytes).
   */
  static fromEntries(entries: CellEntries): SparseCells {
    const cells = new SparseCells(entries.length)
    const { indices, values } = entries
    const count = indices.length
    if (values.length !== count) throw new Error('cluster: sparse cell entries of another shape')
    if (count * DENSE_AT > entries.length) {
      for (let i = 0; i < count; i++) cells.set(indices[i] ?? 0, values[i] ?? 0)
      return cells
    }
    let filled = 0
    for (let i = 0; i < count; i++) {
      const index = indices[i] as number
      if (index >= entries.length || (i > 0 && index <= (indices[i - 1] as number))) throw new Error('cluster: sparse cell entries out of order')
      if (values[i] !== 0) filled++
    }
    if (count > 0) cells.#base = { indices, values }
    cells.#filled = filled
    return cells
  }

  get(index: number): number {
    if (this.#dense !== null) return this.#dense[index] ?? 0
    const keys = this.#keys
    const mask = keys.length - 1
    const stored = index + 1
    for (let slot = index & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot] ?? 0
      if (key === stored) return this.#values[slot] ?? 0
      if (key === 0) break
    }
    if (this.#base === null) return 0
    const at = this.#baseAt(index)
    return at < 0 ? 0 : (this.#base.values[at] ?? 0)
  }

  /**
   * The position of `index` among the base entries, or -1. The cells are hashed, so spread evenly: the search
   * starts where `index` would sit and widens from there (2–3 reads instead of 16 for a restored corpus's 37,000
   * counters, read for every term of every new article, issue 19).
   */
  #baseAt(index: number): number {
    const indices = (this.#base as { readonly indices: Uint32Array }).indices
    const n = indices.length
    const guess = Math.min(n - 1, Math.floor((index / this.length) * n))
    // [low, high] holds the first entry at or above `index` (n when there is none).
    let low: number
    let high: number
    let step = 1
    if ((indices[guess] as number) < index) {
      low = guess + 1
      while (low + step - 1 < n && (indices[low + step - 1] as number) < index) {
        low += step
        step *= 2
      }
      high = Math.min(n, low + step - 1)
    } else {
      high = guess
      while (high - step >= 0 && (indices[high - step] as number) >= index) {
        high -= step
        step *= 2
      }
      low = Math.max(0, high - step + 1)
    }
    while (low < high) {
      const mid = (low + high) >>> 1
      if ((indices[mid] as number) < index) low = mid + 1
      else high = mid
    }
    return low < n && indices[low] === index ? low : -1
  }

  set(index: number, value: number): void {
    if (index < 0 || index >= this.length) throw new Error('cluster: sparse cell index out of range')
    if (this.#dense !== null) {
      this.#dense[index] = value
      return
    }
    const keys = this.#keys
    const mask = keys.length - 1
    const stored = index + 1
    let slot = index & mask
    for (; ; slot = (slot + 1) & mask) {
      const key = keys[slot] ?? 0
      if (key === stored) {
        // A cell set back to 0 keeps its slot (reads still give 0): the sketch and the filter only ever grow.
        this.#values[slot] = value
        return
      }
      if (key === 0) break
    }
    // A base cell is overridden in the table (by 0 too); it was counted as filled when it was loaded.
    const isInBase = this.#base !== null && this.#baseAt(index) >= 0
    if (value === 0 && !isInBase) return
    keys[slot] = stored
    this.#values[slot] = value
    this.#used++
    if (!isInBase) this.#filled++
    if (this.#filled * DENSE_AT > this.length) this.#toDense()
    else if (this.#used * 2 > keys.length) this.#grow()
  }

  /** The non-zero cells in ascending order: what a persisted copy stores. */
  entries(): CellEntries {
    const indices: number[] = []
    if (this.#dense !== null) {
      for (let i = 0; i < this.#dense.length; i++) if (this.#dense[i] !== 0) indices.push(i)
    } else {
      const base = this.#base
      if (base !== null) for (let i = 0; i < base.indices.length; i++) if (base.values[i] !== 0) indices.push(base.indices[i] as number)
      for (let slot = 0; slot < this.#keys.length; slot++) {
        const key = this.#keys[slot] ?? 0
        if (key !== 0 && this.#values[slot] !== 0 && (base === null || this.#baseAt(key - 1) < 0)) indices.push(key - 1)
      }
      indices.sort((a, b) => a - b)
      // Base cells the table set to 0.
      if (base !== null) return nonZero(this.length, indices, (i) => this.get(i))
    }
    return { length: this.length, indices: Uint32Array.from(indices), values: Uint32Array.from(indices, (i) => this.get(i)) }
  }

  #grow(): void {
    const keys = this.#keys
    const values = this.#values
    this.#keys = new Int32Array(keys.length * 2)
    this.#values = new Uint32Array(keys.length * 2)
    const mask = this.#keys.length - 1
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot] ?? 0
      if (key === 0) continue
      let to = (key - 1) & mask
      while (this.#keys[to] !== 0) to = (to + 1) & mask
      this.#keys[to] = key
      this.#values[to] = values[slot] ?? 0
    }
  }

  #toDense(): void {
    const dense = new Uint32Array(this.length)
    const base = this.#base
    if (base !== null) for (let i = 0; i < base.indices.length; i++) dense[base.indices[i] as number] = base.values[i] as number
    for (let slot = 0; slot < this.#keys.length; slot++) {
      const key = this.#keys[slot] ?? 0
      if (key !== 0) dense[key - 1] = this.#values[slot] ?? 0
    }
    this.#dense = dense
    this.#base = null
    this.#keys = new Int32Array(0)
    this.#values = new Uint32Array(0)
  }
}

/** The cells of `indices` (ascending) whose value is not 0. */
function nonZero(length: number, indices: readonly number[], get: (index: number) => number): CellEntries {
  const kept = indices.filter((i) => get(i) !== 0)
  return { length, indices: Uint32Array.from(kept), values: Uint32Array.from(kept, get) }
}

const INITIAL_SLOTS = 1024
/** Dense once more than length / 16 cells are filled: the table (8 bytes a slot, at most half full) is then a quarter of the plain array's size. */
const DENSE_AT = 16
