import type { CellEntries, GrouperState, StoryData } from '../pipeline/cluster/index.js'

/**
 * A writer's dedupe and grouping state as of one point in storage order (every article up to `seq`, with the
 * stories and duplicate groups they have in the store): what `CorpusState` persists so the next process restores
 * it and replays only the articles stored since, instead of the whole corpus (issue 19). The near-duplicate
 * window's signatures are not in it: they are the last `duplicates.previous + duplicates.current` articles up to
 * `seq`, read back from the store.
 */
export interface CorpusSnapshot {
  readonly seq: number
  readonly grouper: GrouperState
  /** The story name filter's non-zero words (StoryNameFilter.words). */
  readonly names: CellEntries
  /** Articles in the near-duplicate index's generations (DuplicateIndex.generationSizes). */
  readonly duplicates: { readonly previous: number; readonly current: number }
}

/**
 * Names the encoding and what the state means: bump it whenever the grouping, dedupe or features change what a
 * replay of the corpus would build (thresholds, sketch size, rounding), and every stored snapshot is ignored
 * (the next writer replays the corpus once and stores a new one).
 */
export const SNAPSHOT_FORMAT = 'parallax-corpus-state/1'

/**
 * Packs a snapshot into bytes: varints, doubles bit for bit, every string once in a table, and the counters of
 * the document-frequency sketch and the name filter as (gap, value) pairs of their non-zero cells (a few hundred
 * KB for a corpus of thousands of articles, instead of 40 MiB of mostly zeros).
 * Example: `decodeCorpusSnapshot(encodeCorpusSnapshot(s))` equals `s`.
 */
export function encodeCorpusSnapshot(snapshot: CorpusSnapshot): Uint8Array {
  const out = new ByteWriter()
  const { grouper } = snapshot
  const strings = new StringTable()
  // Strings first, so the table can be written ahead of the records that refer to it.
  for (const story of grouper.stories) {
    strings.add(story.id)
    for (const term of story.sums.keys()) strings.add(term)
    for (const term of story.indexed) strings.add(term)
    for (const member of story.members) strings.add(member)
  }
  for (const [term, list] of grouper.postings) {
    strings.add(term)
    for (const id of list) strings.add(id)
  }
  out.string(SNAPSHOT_FORMAT)
  out.varint(snapshot.seq)
  for (const n of [grouper.docs, grouper.newest, grouper.placedSinceRetire, grouper.placements, grouper.retiredSinceCompaction]) out.float(n)
  out.varint(snapshot.duplicates.previous)
  out.varint(snapshot.duplicates.current)
  strings.write(out)
  for (const row of grouper.df) out.sparse(row)
  out.sparse(snapshot.names)
  out.varint(grouper.stories.length)
  for (const story of grouper.stories) {
    out.varint(strings.index(story.id))
    out.varint(story.size)
    out.float(story.first ?? Number.NaN)
    out.float(story.last ?? Number.NaN)
    out.float(story.lastPlaced)
    out.varint(story.sums.size)
    for (const [term, sum] of story.sums) {
      out.varint(strings.index(term))
      out.float(sum)
    }
    out.varint(story.indexed.length)
    for (const term of story.indexed) out.varint(strings.index(term))
    out.varint(story.members.length)
    for (const member of story.members) out.varint(strings.index(member))
  }
  out.varint(grouper.postings.size)
  for (const [term, list] of grouper.postings) {
    out.varint(strings.index(term))
    out.varint(list.length)
    for (const id of list) out.varint(strings.index(id))
  }
  return out.bytes()
}

/**
 * Unpacks {@link encodeCorpusSnapshot}'s bytes; null when they were written in another format (an older
 * Parallax), which the caller treats as no snapshot. Throws on damaged bytes.
 */
export function decodeCorpusSnapshot(bytes: Uint8Array): CorpusSnapshot | null {
  const input = new ByteReader(bytes)
  if (input.string() !== SNAPSHOT_FORMAT) return null
  const seq = input.varint()
  const [docs, newest, placedSinceRetire, placements, retiredSinceCompaction] = [input.float(), input.float(), input.float(), input.float(), input.float()]
  const duplicates = { previous: input.varint(), current: input.varint() }
  const strings = input.strings()
  const str = (): string => strings[input.varint()] ?? ''
  const df: [CellEntries, CellEntries] = [input.sparse(), input.sparse()]
  const names = input.sparse()
  const stories: StoryData[] = []
  for (let n = input.varint(); n > 0; n--) {
    const id = str()
    const size = input.varint()
    const first = input.float()
    const last = input.float()
    const lastPlaced = input.float()
    const sums = new Map<string, number>()
    for (let k = input.varint(); k > 0; k--) sums.set(str(), input.float())
    const indexed: string[] = []
    for (let k = input.varint(); k > 0; k--) indexed.push(str())
    const members: string[] = []
    for (let k = input.varint(); k > 0; k--) members.push(str())
    stories.push({ id, sums, size, first: Number.isNaN(first) ? null : first, last: Number.isNaN(last) ? null : last, indexed, members, lastPlaced })
  }
  const postings = new Map<string, string[]>()
  for (let n = input.varint(); n > 0; n--) {
    const term = str()
    const list: string[] = []
    for (let k = input.varint(); k > 0; k--) list.push(str())
    postings.set(term, list)
  }
  if (!input.isAtEnd()) throw new Error('corpus: snapshot has bytes after its end')
  return { seq, grouper: { docs, newest, placedSinceRetire, placements, retiredSinceCompaction, df, stories, postings }, names, duplicates }
}

class StringTable {
  readonly #index = new Map<string, number>()

  add(s: string): void {
    if (!this.#index.has(s)) this.#index.set(s, this.#index.size)
  }

  index(s: string): number {
    const at = this.#index.get(s)
    if (at === undefined) throw new Error(`corpus: snapshot string not in its table: ${s}`)
    return at
  }

  /** Count, each length (UTF-16 units), then all strings as one UTF-8 run: decoded with one call, then sliced. */
  write(out: ByteWriter): void {
    out.varint(this.#index.size)
    for (const s of this.#index.keys()) out.varint(s.length)
    out.string([...this.#index.keys()].join(''))
  }
}

class ByteWriter {
  #buffer = new Uint8Array(1 << 16)
  #view = new DataView(this.#buffer.buffer)
  #length = 0

  #reserve(n: number): void {
    if (this.#length + n <= this.#buffer.length) return
    let size = this.#buffer.length * 2
    while (size < this.#length + n) size *= 2
    const grown = new Uint8Array(size)
    grown.set(this.#buffer.subarray(0, this.#length))
    this.#buffer = grown
    this.#view = new DataView(grown.buffer)
  }

  /** Unsigned LEB128 of a non-negative integer below 2^53. */
  varint(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`corpus: snapshot varint out of range: ${n}`)
    this.#reserve(8)
    while (n >= 0x80) {
      this.#buffer[this.#length++] = (n % 0x80) | 0x80
      n = Math.floor(n / 0x80)
    }
    this.#buffer[this.#length++] = n
  }

  float(n: number): void {
    this.#reserve(8)
    this.#view.setFloat64(this.#length, n, true)
    this.#length += 8
  }

  string(s: string): void {
    const bytes = Buffer.from(s, 'utf8')
    this.varint(bytes.length)
    this.#reserve(bytes.length)
    this.#buffer.set(bytes, this.#length)
    this.#length += bytes.length
  }

  /** The number of cells, then the non-zero ones as (gap from the previous one, value) pairs. */
  sparse(cells: CellEntries): void {
    this.varint(cells.length)
    this.varint(cells.indices.length)
    let previous = -1
    for (let i = 0; i < cells.indices.length; i++) {
      const index = cells.indices[i] ?? 0
      this.varint(index - previous)
      this.varint(cells.values[i] ?? 0)
      previous = index
    }
  }

  bytes(): Uint8Array {
    return this.#buffer.slice(0, this.#length)
  }
}

class ByteReader {
  readonly #bytes: Uint8Array
  readonly #view: DataView
  #at = 0

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  varint(): number {
    let n = 0
    let scale = 1
    for (;;) {
      const byte = this.#bytes[this.#at++]
      if (byte === undefined) throw new Error('corpus: snapshot ends inside a number')
      n += (byte & 0x7f) * scale
      if (byte < 0x80) return n
      scale *= 0x80
    }
  }

  float(): number {
    const n = this.#view.getFloat64(this.#at, true)
    this.#at += 8
    return n
  }

  string(): string {
    const length = this.varint()
    const s = Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset + this.#at, length).toString('utf8')
    this.#at += length
    return s
  }

  strings(): string[] {
    const lengths: number[] = []
    for (let n = this.varint(); n > 0; n--) lengths.push(this.varint())
    const all = this.string()
    const out: string[] = []
    let at = 0
    for (const length of lengths) {
      out.push(all.slice(at, at + length))
      at += length
    }
    return out
  }

  sparse(): CellEntries {
    const length = this.varint()
    const count = this.varint()
    const indices = new Uint32Array(count)
    const values = new Uint32Array(count)
    let at = -1
    for (let i = 0; i < count; i++) {
      at += this.varint()
      if (at >= length) throw new Error('corpus: snapshot counter outside its row')
      indices[i] = at
      values[i] = this.varint()
    }
    return { length, indices, values }
  }

  isAtEnd(): boolean {
    return this.#at === this.#bytes.length
  }
}
