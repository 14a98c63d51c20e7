/**
 * wink's lexeme list and its hash (`features.lexeme.list`, `features.lexeme.hash`: 87,593 words and word → index)
 * read from the model file's bytes instead of parsed: the JSON array is scanned once for where each word's JSON
 * string lies, the words are hashed into an open-addressing table over those bytes, and a word becomes a JS string
 * only when wink reads it. Parsing the array into strings and building the hash object was about half of
 * loading the model (issue 19's cold start); this is a tenth of that.
 *
 * wink reads `list[i]`, `list.length`, `list.push(word)`, `hash[word]` and writes `hash[word] = i` (cache.js,
 * getFeaturesIndex); both objects answer those as the plain array and the prototype-less object would. Words are
 * compared as the file writes them: `JSON.stringify(word)`'s UTF-8 bytes, which are the file's bytes for every
 * word of the model (a test checks each word, its index and its hash against the package's own loader).
 *
 * @example lexemeViews(bytes, scanLexemes(bytes, start)).hash['the'] // the index of "the", as wink's own hash gives it
 */
export interface LexemeIndex {
  readonly list: string[]
  readonly hash: Record<string, number>
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const CLOSE = 0x5d
const EMPTY = -1

/**
 * Where each word of the list lies (bytes[from[k], to[k]) is word k's JSON string without its quotes) and an
 * open-addressing table of word indices by hash: all that the list and hash need. The build can store them
 * (wink-english-model.ts, prepareCoreModel) so that a run does not scan the list at all.
 */
export interface LexemeTables {
  readonly from: Uint32Array
  readonly to: Uint32Array
  readonly table: Int32Array
  readonly count: number
  /** Byte offset just past the array's closing `]`. */
  readonly end: number
}

/**
 * Scans the JSON array of strings that starts at `bytes[start]` (its `[`), hashing each word on the way, into a
 * table of at least `slotsPerWord` slots per word (a third full by default; the build's stored table is denser,
 * as it is read from disk at every start).
 */
export function scanLexemes(bytes: Buffer, start: number, slotsPerWord = 3): LexemeTables {
  if (bytes[start] !== 0x5b) throw new Error('wink model: expected the lexeme list')
  let from = new Uint32Array(1 << 17)
  let to = new Uint32Array(1 << 17)
  let hashes = new Uint32Array(1 << 17)
  let count = 0
  let at = start + 1
  while (bytes[at] !== CLOSE) {
    if (bytes[at] !== QUOTE) throw new Error(`wink model: unexpected byte at ${at} in the lexeme list`)
    let end = at + 1
    let h = FNV_OFFSET
    for (let b = bytes[end]!; b !== QUOTE; b = bytes[end]!) {
      h = Math.imul(h ^ b, FNV_PRIME)
      if (b === BACKSLASH) h = Math.imul(h ^ bytes[++end]!, FNV_PRIME)
      end++
    }
    if (count === from.length) {
      from = grow(from)
      to = grow(to)
      hashes = grow(hashes)
    }
    from[count] = at + 1
    to[count] = end
    hashes[count] = h
    count++
    at = end + 1
    if (bytes[at] === COMMA) at++
  }
  const table = new Int32Array(tableSize(count, slotsPerWord)).fill(EMPTY)
  const mask = table.length - 1
  for (let k = 0; k < count; k++) {
    let slot = hashes[k]! & mask
    while (table[slot] !== EMPTY) slot = (slot + 1) & mask
    table[slot] = k
  }
  return { from: from.subarray(0, count), to: to.subarray(0, count), table, count, end: at + 1 }
}

/** The list and hash wink reads, over `bytes` as `tables` describe them (a word is decoded when first read). */
export function lexemeViews(bytes: Buffer, tables: LexemeTables): LexemeIndex {
  const { from, to, table, count } = tables
  const mask = table.length - 1
  const words = new Array<string>(count)
  const wordAt = (k: number): string => {
    const raw = bytes.toString('utf8', from[k]!, to[k]!)
    return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw
  }
  const indexOf = (word: string): number | undefined => {
    const json = Buffer.from(JSON.stringify(word))
    const length = json.length - 2
    for (let slot = hashBytes(json, 1, json.length - 1) & mask; ; slot = (slot + 1) & mask) {
      const k = table[slot]!
      if (k === EMPTY) return undefined
      if (to[k]! - from[k]! === length && bytes.compare(json, 1, json.length - 1, from[k]!, to[k]!) === 0) return k
    }
  }
  const list = new Proxy(words, {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const c = key.charCodeAt(0)
        if (c >= 48 && c <= 57) {
          const k = Number(key)
          if (k < count && target[k] === undefined) target[k] = wordAt(k)
          return target[k]
        }
      }
      return Reflect.get(target, key, receiver)
    },
  })
  // Words wink adds (out of the vocabulary) are the target's own; the model's are in the table.
  const hash = new Proxy(Object.create(null) as Record<string, number>, {
    get: (added, key) => (typeof key !== 'string' ? undefined : (added[key] ?? indexOf(key))),
  })
  return { list, hash }
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** FNV-1a over bytes[from, to), as scanLexemes takes it. */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = FNV_OFFSET
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME)
  return h
}

/** The power of two at least `slotsPerWord` times `count`. */
function tableSize(count: number, slotsPerWord: number): number {
  let size = 1024
  while (size < count * slotsPerWord) size *= 2
  return size
}

function grow(array: Uint32Array): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(array.length * 2)
  bigger.set(array)
  return bigger
}
