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
  #filled = 0

  constructor(length: number) {
    if (!Number.isInteger(length) || length <= 0 || length >= 2 ** 31) throw new Error('cluster: sparse cells length out of range')
    this.length = length
  }

  /** Cells: ascending non-zero cells (see {@link SparseCells.entries}) into a new array of `entries.length`. */
  static fromEntries(entries: CellEntries): SparseCells {
    const cells = new SparseCells(entries.length)
    const { indices, values } = entries
    const count = indices.length
    // In one pass into a table sized for them all (a restored corpus state loads ~75,000 counters: cell by cell,
    // with the table doubling on the way, that was 40–50 ms of a restore, issue 19). The same cells as set() each.
    if (count * DENSE_AT > entries.length || count * 2 > MAX_SLOTS) {
      for (let i = 0; i < count; i++) cells.set(indices[i] ?? 0, values[i] ?? 0)
      return cells
    }
    let size = INITIAL_SLOTS
    while (size < count * 2) size *= 2
    const keys = new Int32Array(size)
    const held = new Uint32Array(size)
    const mask = size - 1
    let filled = 0
    for (let i = 0; i < count; i++) {
      const index = indices[i] as number
      const value = values[i] as number
      if (index >= entries.length) throw new Error('cluster: sparse cell index out of range')
      if (value === 0) continue
      let slot = index & mask
      while (keys[slot] !== 0 && keys[slot] !== index + 1) slot = (slot + 1) & mask
      if (keys[slot] === 0) filled++
      keys[slot] = index + 1
      held[slot] = value
    }
    cells.#keys = keys
    cells.#values = held
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
      if (key === 0) return 0
    }
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
    if (value === 0) return
    keys[slot] = stored
    this.#values[slot] = value
    this.#filled++
    if (this.#filled * DENSE_AT > this.length) this.#toDense()
    else if (this.#filled * 2 > keys.length) this.#grow()
  }

  /** The non-zero cells in ascending order: what a persisted copy stores. */
  entries(): CellEntries {
    const indices: number[] = []
    if (this.#dense !== null) {
      for (let i = 0; i < this.#dense.length; i++) if (this.#dense[i] !== 0) indices.push(i)
    } else {
      for (let slot = 0; slot < this.#keys.length; slot++) {
        const key = this.#keys[slot] ?? 0
        if (key !== 0 && this.#values[slot] !== 0) indices.push(key - 1)
      }
      indices.sort((a, b) => a - b)
    }
    return { length: this.length, indices: Uint32Array.from(indices), values: Uint32Array.from(indices, (i) => this.get(i)) }
  }

  #grow(): void {
    const keys = this.#keys
    const values = this.#values
    this.#keys = new Int32Array(keys.length * 2)
    this.#values = new Uint32Array(keys.length * 2)
    this.#filled = 0
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot] ?? 0
      if (key !== 0) this.set(key - 1, values[slot] ?? 0)
    }
  }

  #toDense(): void {
    const dense = new Uint32Array(this.length)
    for (let slot = 0; slot < this.#keys.length; slot++) {
      const key = this.#keys[slot] ?? 0
      if (key !== 0) dense[key - 1] = this.#values[slot] ?? 0
    }
    this.#dense = dense
    this.#keys = new Int32Array(0)
    this.#values = new Uint32Array(0)
  }
}

const INITIAL_SLOTS = 1024
/** fromEntries builds a table of at most this many slots in one pass; more goes through set(). */
const MAX_SLOTS = 2 ** 30
/** Dense once more than length / 16 cells are filled: the table (8 bytes a slot, at most half full) is then a quarter of the plain array's size. */
const DENSE_AT = 16
