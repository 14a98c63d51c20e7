import type { CellEntries, GrouperState, StoredPostings, StoryBody, StoryData } from '../pipeline/cluster/index.js'
import type { HeldGeneration, HeldWindow } from '../pipeline/dedupe/index.js'

/**
 * A writer's dedupe and grouping state as of one point in storage order (every article up to `seq`, with the
 * stories and duplicate groups they have in the store): what `CorpusState` persists so the next process restores
 * it and replays only the articles stored since, instead of the whole corpus (issue 19). The near-duplicate
 * window is kept as each article's LSH band keys (128 bytes an article): its signatures (512 bytes) are read back
 * from the store only for the candidates a new article meets.
 */
export interface CorpusSnapshot {
  readonly seq: number
  readonly grouper: GrouperState
  /** The story name filter's non-zero words (StoryNameFilter.words). */
  readonly names: CellEntries
  /** The near-duplicate index's articles with their band keys (DuplicateIndex.held). */
  readonly duplicates: HeldWindow
}

/**
 * Names the encoding and what the state means: bump it whenever the grouping, dedupe or features change what a
 * replay of the corpus would build (thresholds, sketch size, rounding), and every stored snapshot is ignored
 * (the next writer replays the corpus once and stores a new one).
 */
export const SNAPSHOT_FORMAT = 'parallax-corpus-state/4'

/**
 * Packs a snapshot into bytes: varints, doubles bit for bit, every string once in a table, and the counters of
 * the document-frequency sketch and the name filter as their non-zero cells (index and value words, 600 KB for a
 * corpus of 6,000 articles, instead of 40 MiB of mostly zeros). Word runs are aligned, so a reader takes them as
 * views of the bytes, and SparseCells reads the cells as they are, by bisection.
 *
 * The bytes come in parts (their concatenation is the encoding), cut only where a reader is between reads: every
 * run of more than PART_BYTES / 4 starts a part, and the records between such runs are cut into parts of about
 * PART_BYTES. A store keeps each part in a row of its own, and the reader takes them as they come, without
 * joining them: SQLite assembles a value that spans overflow pages into one malloc'd buffer, which for a value of
 * MBs is fresh memory (~3.3 ms a MB to touch on the shared VM), and Node copies it again; a row's buffer reuses the
 * memory of the row before (see PART_BYTES). Reading the 4.3 MB snapshot of 6,340 articles: 33–37 → 19 ms (issue 19).
 * Example: `decodeCorpusSnapshot(encodeCorpusSnapshot(s))` equals `s`.
 */
export function encodeCorpusSnapshot(snapshot: CorpusSnapshot): Uint8Array[] {
  const out = new ByteWriter(1 << 16, PART_BYTES)
  const { grouper } = snapshot
  const strings = new StringTable()
  // Strings first, so the table can be written ahead of the records that refer to it.
  const bodies = grouper.stories.map((story) => (typeof story.body === 'function' ? story.body() : story.body))
  grouper.stories.forEach((story, i) => {
    const { sums, indexed } = bodies[i] as StoryBody
    strings.add(story.id)
    for (const term of sums.keys()) strings.add(term)
    for (const term of indexed) strings.add(term)
    for (const member of story.members) strings.add(member)
  })
  const postings = [...storedEntries(grouper.postings)]
  for (const [term, list] of postings) {
    strings.add(term)
    for (const id of list) strings.add(id)
  }
  for (const generation of snapshot.duplicates.generations) {
    for (const id of generation.ids) strings.add(id)
    for (const group of generation.groups) strings.add(group)
  }
  out.string(SNAPSHOT_FORMAT)
  out.varint(snapshot.seq)
  for (const n of [grouper.docs, grouper.newest, grouper.placedSinceRetire, grouper.placements, grouper.retiredSinceCompaction]) out.float(n)
  strings.write(out)
  out.varint(snapshot.duplicates.generations.length)
  for (const { ids, groups, pairs } of snapshot.duplicates.generations) {
    out.varint(ids.length)
    for (const id of ids) out.varint(strings.index(id))
    for (const group of groups) out.varint(strings.index(group))
    // LSH pairs as raw 32-bit words (the keys are hashes: varints would not shrink them), read back in one copy each.
    out.words(pairs.keys)
    out.words(pairs.slots)
  }
  for (const row of grouper.df) out.cells(row)
  out.cells(snapshot.names)
  out.varint(grouper.stories.length)
  const body = new ByteWriter(1 << 12)
  grouper.stories.forEach((story, i) => {
    out.varint(strings.index(story.id))
    out.varint(story.size)
    out.float(story.first ?? Number.NaN)
    out.float(story.last ?? Number.NaN)
    out.float(story.lastPlaced)
    out.varint(story.members.length)
    for (const member of story.members) out.varint(strings.index(member))
    // The body after its length in bytes: a reader skips it and decodes it when the story is first used.
    const { sums, indexed } = bodies[i] as StoryBody
    body.clear()
    body.varint(sums.size)
    // forEach: no entry array per term of every open story (issue 19).
    sums.forEach((sum, term) => {
      body.varint(strings.index(term))
      body.float(sum)
    })
    body.varint(indexed.size)
    for (const term of indexed) body.varint(strings.index(term))
    out.run(body)
    out.mayCut()
  })
  writePostings(out, postings, strings)
  return out.parts()
}

/**
 * Unpacks {@link encodeCorpusSnapshot}'s parts, or their concatenation (a store of migration 7 kept one value); null
 * when they were written in another format (an older Parallax), which the caller treats as no snapshot. Throws on
 * damaged bytes.
 */
export function decodeCorpusSnapshot(bytes: Uint8Array | readonly Uint8Array[]): CorpusSnapshot | null {
  const input = new ByteReader(bytes)
  if (input.string() !== SNAPSHOT_FORMAT) return null
  const seq = input.varint()
  const [docs, newest, placedSinceRetire, placements, retiredSinceCompaction] = [input.float(), input.float(), input.float(), input.float(), input.float()]
  const strings = input.strings()
  const str = (): string => strings(input.varint())
  const generations: HeldGeneration[] = []
  for (let n = input.varint(); n > 0; n--) {
    const held = input.varint()
    const ids: string[] = []
    for (let i = 0; i < held; i++) ids.push(str())
    const groups: string[] = []
    for (let i = 0; i < held; i++) groups.push(str())
    generations.push({ ids, groups, pairs: { keys: input.words(), slots: input.words() } })
  }
  const duplicates = { generations }
  const df: [CellEntries, CellEntries] = [input.cells(), input.cells()]
  const names = input.cells()
  const stories: StoryData[] = []
  for (let n = input.varint(); n > 0; n--) {
    const id = str()
    const size = input.varint()
    const first = input.float()
    const last = input.float()
    const lastPlaced = input.float()
    const members: string[] = []
    for (let k = input.varint(); k > 0; k--) members.push(str())
    const body = input.run()
    stories.push({ id, size, first: Number.isNaN(first) ? null : first, last: Number.isNaN(last) ? null : last, members, lastPlaced, body: () => decodeBody(body, strings) })
  }
  const postings = readPostings(input, strings)
  if (!input.isAtEnd()) throw new Error('corpus: snapshot has bytes after its end')
  return { seq, grouper: { docs, newest, placedSinceRetire, placements, retiredSinceCompaction, df, stories, postings }, names, duplicates }
}

/**
 * The postings: the lists in order (term, ids) as one run, then an index to find a term without decoding the rest
 * (each list's offset in the run; FNV-1a hashes of the terms, ascending, with the list of each), then the story
 * ids the lists name. A restored grouper reads a list when it first meets its term (see PostingLists).
 */
function writePostings(out: ByteWriter, postings: readonly [string, string[]][], strings: StringTable): void {
  const run = new ByteWriter()
  if (postings.length >= ENTRY_SPAN) throw new Error('corpus: too many postings for a snapshot')
  const offsets = new Uint32Array(postings.length)
  const ids = new Set<string>()
  postings.forEach(([term, list], entry) => {
    offsets[entry] = run.length
    run.varint(strings.index(term))
    run.varint(list.length)
    for (const id of list) {
      run.varint(strings.index(id))
      ids.add(id)
    }
  })
  // (hash, entry) packed into one number, sorted as a typed array.
  const byHash = Float64Array.from(postings, ([term], entry) => fnv1a(term) * ENTRY_SPAN + entry).sort()
  out.run(run)
  out.words(offsets)
  out.words(Uint32Array.from(byHash, (packed) => Math.floor(packed / ENTRY_SPAN)))
  out.words(Uint32Array.from(byHash, (packed) => packed % ENTRY_SPAN))
  out.varint(ids.size)
  for (const id of ids) out.varint(strings.index(id))
}

/** Entries per hash when packed with it (hash × ENTRY_SPAN + entry stays below 2⁵³). */
const ENTRY_SPAN = 2 ** 21

function readPostings(input: ByteReader, strings: (index: number) => string): StoredPostings {
  const run = input.run()
  const offsets = input.words()
  const hashes = input.words()
  const entries = input.words()
  if (hashes.length !== offsets.length || entries.length !== offsets.length) throw new Error('corpus: snapshot postings of another shape')
  const idCount = input.varint()
  const storyIds = Array.from({ length: idCount }, () => input.varint())
  const term = (entry: number): string => {
    if (!(entry < offsets.length)) throw new Error('corpus: snapshot posting out of range')
    return strings(new ByteReader(run.subarray(offsets[entry])).varint())
  }
  let ids: string[] | null = null
  return {
    size: offsets.length,
    find: (wanted) => {
      const hash = fnv1a(wanted)
      let low = 0
      let high = hashes.length
      while (low < high) {
        const mid = (low + high) >>> 1
        if ((hashes[mid] as number) < hash) low = mid + 1
        else high = mid
      }
      for (let i = low; i < hashes.length && hashes[i] === hash; i++) if (term(entries[i] as number) === wanted) return entries[i] as number
      return -1
    },
    term,
    list: (entry) => {
      if (!(entry < offsets.length)) throw new Error('corpus: snapshot posting out of range')
      const reader = new ByteReader(run.subarray(offsets[entry]))
      reader.varint()
      return Array.from({ length: reader.varint() }, () => strings(reader.varint()))
    },
    storyIds: () => (ids ??= storyIds.map(strings)),
  }
}

/** The stored postings' lists in order, each read once (an encoder given a restored grouper's unread lists). */
function* storedEntries(postings: StoredPostings): IterableIterator<[string, string[]]> {
  for (let entry = 0; entry < postings.size; entry++) yield [postings.term(entry), postings.list(entry)]
}

/** FNV-1a over UTF-16 code units: the postings index's hash of a term. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Word runs are stored little-endian: on such a machine (x86, ARM) they are copied as bytes. */
const IS_LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

/** A story's sums and index terms (see encodeCorpusSnapshot), decoded when the grouper first uses the story. */
function decodeBody(bytes: Uint8Array, strings: (index: number) => string): StoryBody {
  const input = new ByteReader(bytes)
  const str = (): string => strings(input.varint())
  const sums = new Map<string, number>()
  for (let k = input.varint(); k > 0; k--) sums.set(str(), input.float())
  const indexed = new Set<string>()
  for (let k = input.varint(); k > 0; k--) indexed.add(str())
  if (!input.isAtEnd()) throw new Error('corpus: snapshot story body longer than its contents')
  return { sums, indexed }
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

/**
 * About this many bytes a part between large runs (see encodeCorpusSnapshot): below glibc's threshold for serving a
 * malloc by mmap (128 KiB at first). A large run (811 KB of LSH keys at 6,340 articles) is a part of that size, mapped
 * afresh only until glibc has freed one as large (the threshold then rises to its size and the heap serves the rest).
 */
const PART_BYTES = 1 << 16

class ByteWriter {
  #buffer: Uint8Array
  #view: DataView
  #length = 0
  /** Where parts end (see encodeCorpusSnapshot); Infinity: one part (a nested writer, whose bytes become a run). */
  readonly #partBytes: number
  readonly #cuts: number[] = []

  constructor(size = 1 << 16, partBytes = Number.POSITIVE_INFINITY) {
    this.#buffer = new Uint8Array(size)
    this.#view = new DataView(this.#buffer.buffer)
    this.#partBytes = partBytes
  }

  /** Ends the part here, if it is not empty: call only where a reader is between reads. */
  #cut(): void {
    if (this.#partBytes === Number.POSITIVE_INFINITY) return
    if (this.#length > (this.#cuts.at(-1) ?? 0)) this.#cuts.push(this.#length)
  }

  /** Ends the part here when it holds PART_BYTES or more: call only where a reader is between reads. */
  mayCut(): void {
    if (this.#length - (this.#cuts.at(-1) ?? 0) >= this.#partBytes) this.#cut()
  }

  /** Whether a run of `bytes` is large enough to start a part. */
  #isLarge(bytes: number): boolean {
    return bytes > this.#partBytes / 4
  }

  clear(): void {
    this.#length = 0
  }

  get length(): number {
    return this.#length
  }

  /** Another writer's bytes, after their length: a run a reader can skip ({@link ByteReader.run}). */
  run(other: ByteWriter): void {
    const bytes = other.#buffer.subarray(0, other.#length)
    const large = this.#isLarge(bytes.length)
    if (large) this.#cut()
    this.varint(bytes.length)
    this.#reserve(bytes.length)
    this.#buffer.set(bytes, this.#length)
    this.#length += bytes.length
  }

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
    const large = this.#isLarge(bytes.length)
    if (large) this.#cut()
    this.varint(bytes.length)
    this.#reserve(bytes.length)
    this.#buffer.set(bytes, this.#length)
    this.#length += bytes.length
  }

  /** The number of cells, then the non-zero ones' indices (ascending) and values as word runs. */
  cells(cells: CellEntries): void {
    this.varint(cells.length)
    this.words(cells.indices)
    this.words(cells.values)
  }

  /**
   * Little-endian 32-bit words, as they are, from a multiple of 4 bytes into the snapshot (zero bytes before them
   * as needed): a reader whose bytes start aligned takes them as a view instead of copying.
   */
  words(words: Uint32Array): void {
    this.varint(words.length)
    this.#reserve(words.length * 4 + 3)
    while (this.#length % 4 !== 0) this.#buffer[this.#length++] = 0
    // A large run starts a part, after its count and padding: the reader's view of it is then one part's bytes.
    const large = this.#isLarge(words.byteLength)
    if (large) this.#cut()
    if (IS_LITTLE_ENDIAN) this.#buffer.set(new Uint8Array(words.buffer, words.byteOffset, words.byteLength), this.#length)
    else for (let i = 0; i < words.length; i++) this.#view.setUint32(this.#length + i * 4, words[i] ?? 0, true)
    this.#length += words.length * 4
  }

  /** The bytes written, in the parts cut (one for a writer given no part size). */
  parts(): Uint8Array[] {
    const ends = [...this.#cuts.filter((cut) => cut < this.#length), this.#length]
    return ends.map((end, i) => this.#buffer.slice(i === 0 ? 0 : ends[i - 1], end))
  }
}

/** Reads bytes one part after the other (see encodeCorpusSnapshot): a read never spans two parts. */
class ByteReader {
  readonly #parts: readonly Uint8Array[]
  /** The part read now, its index and where it starts in the whole (word runs are aligned in the whole). */
  #bytes: Uint8Array
  #view: DataView
  #part = 0
  #start = 0
  #at = 0

  constructor(bytes: Uint8Array | readonly Uint8Array[]) {
    this.#parts = bytes instanceof Uint8Array ? [bytes] : bytes
    this.#bytes = this.#parts[0] ?? new Uint8Array(0)
    this.#view = new DataView(this.#bytes.buffer, this.#bytes.byteOffset, this.#bytes.byteLength)
  }

  /** At the end of a part, goes on to the next one: call before each read. */
  #next(): void {
    while (this.#at === this.#bytes.length && this.#part + 1 < this.#parts.length) {
      this.#start += this.#bytes.length
      this.#bytes = this.#parts[++this.#part] as Uint8Array
      this.#view = new DataView(this.#bytes.buffer, this.#bytes.byteOffset, this.#bytes.byteLength)
      this.#at = 0
    }
  }

  /** A run written by {@link ByteWriter.run}, skipped here: its bytes, to read later. */
  run(): Uint8Array {
    const length = this.varint()
    this.#next()
    if (this.#at + length > this.#bytes.length) throw new Error('corpus: snapshot ends inside a run')
    const run = this.#bytes.subarray(this.#at, this.#at + length)
    this.#at += length
    return run
  }

  varint(): number {
    this.#next()
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
    this.#next()
    const n = this.#view.getFloat64(this.#at, true)
    this.#at += 8
    return n
  }

  string(): string {
    const length = this.varint()
    this.#next()
    if (this.#at + length > this.#bytes.length) throw new Error('corpus: snapshot ends inside a string')
    const s = Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset + this.#at, length).toString('utf8')
    this.#at += length
    return s
  }

  /** The string table, each string cut from the run when first asked for (most belong to story bodies never decoded). */
  strings(): (index: number) => string {
    const count = this.varint()
    const starts = new Uint32Array(count + 1)
    if (count > 0) this.#next()
    // The lengths' varints read in place, not by a call each: this runs once per process, mostly before V8 has
    // optimised anything, where 44,000 calls cost more than the loop (issue 19).
    const bytes = this.#bytes
    let at = this.#at
    let start = 0
    for (let i = 1; i <= count; i++) {
      let byte = bytes[at++] as number
      let length = byte & 0x7f
      for (let scale = 0x80; byte >= 0x80; scale *= 0x80) {
        byte = bytes[at++] as number
        length += (byte & 0x7f) * scale
      }
      start += length
      starts[i] = start
    }
    if (at > bytes.length) throw new Error('corpus: snapshot ends inside a number')
    this.#at = at
    const all = this.string()
    const cut: (string | undefined)[] = new Array<string | undefined>(count)
    return (index) => {
      let s = cut[index]
      if (s === undefined) {
        if (!(index < count)) throw new Error('corpus: snapshot string index out of range')
        s = all.slice(starts[index], starts[index + 1])
        cut[index] = s
      }
      return s
    }
  }

  /** {@link ByteWriter.cells}; SparseCells.fromEntries checks the indices. */
  cells(): CellEntries {
    const length = this.varint()
    const indices = this.words()
    const values = this.words()
    if (values.length !== indices.length) throw new Error('corpus: snapshot cells of another shape')
    return { length, indices, values }
  }

  /**
   * {@link ByteWriter.words}: a view of the snapshot's bytes when they are aligned (the snapshot's bytes must then
   * stay as they are), else a copy. A 6,340-article window's LSH pairs are 1.6 MB: copied, they were fresh memory,
   * which costs ~7 ms a MB to touch on the shared VM (issue 19).
   */
  words(): Uint32Array {
    const count = this.varint()
    while ((this.#start + this.#at) % 4 !== 0) this.#at++
    if (count > 0) this.#next()
    if (this.#at + count * 4 > this.#bytes.length) throw new Error('corpus: snapshot ends inside a word run')
    const start = this.#bytes.byteOffset + this.#at
    const words = !IS_LITTLE_ENDIAN ? new Uint32Array(count) : start % 4 === 0 ? new Uint32Array(this.#bytes.buffer, start, count) : new Uint32Array(this.#bytes.buffer.slice(start, start + count * 4))
    if (!IS_LITTLE_ENDIAN) for (let i = 0; i < count; i++) words[i] = this.#view.getUint32(this.#at + i * 4, true)
    this.#at += count * 4
    return words
  }

  isAtEnd(): boolean {
    this.#next()
    return this.#at === this.#bytes.length
  }
}
