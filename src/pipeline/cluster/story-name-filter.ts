import { hashSlots } from './document-frequencies.js'
import { SparseCells, type CellEntries } from './sparse-cells.js'

/**
 * The story names a corpus has used, in fixed memory: a Bloom filter (2 probes into 2²⁶ bits, 8 MiB), since a
 * long-lived writer must remember the names of retired stories for ever. A false "used" only makes a new story
 * take `<name>_2`; a used name is never reported free. At a million names a false "used" comes about once in
 * 1,200 lookups.
 * Example: `names.add('s1a2b3'); names.has('s1a2b3')` → true.
 */
export class StoryNameFilter {
  // 32-bit words, sparse until a sixteenth are non-zero (see SparseCells): same bits, memory only where names fell.
  #bits: SparseCells
  readonly #mask: number

  constructor(bits = 26) {
    this.#bits = new SparseCells(1 << (bits - 5))
    this.#mask = (1 << bits) - 1
  }

  add(name: string): void {
    for (const slot of hashSlots(name, this.#mask)) this.#bits.set(slot >>> 5, (this.#bits.get(slot >>> 5) | (1 << (slot & 31))) >>> 0)
  }

  /** The non-zero words of the filter (what a persisted corpus state stores). */
  words(): CellEntries {
    return this.#bits.entries()
  }

  /** Replaces the filter's bits with saved words (see {@link StoryNameFilter.words}) of a filter of the same size. */
  load(words: CellEntries): void {
    if (words.length !== this.#bits.length) throw new Error('cluster: story name filter of another size')
    this.#bits = SparseCells.fromEntries(words)
  }

  has(name: string): boolean {
    return hashSlots(name, this.#mask).every((slot) => (this.#bits.get(slot >>> 5) & (1 << (slot & 31))) !== 0)
  }
}
