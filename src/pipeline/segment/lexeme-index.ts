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
 * @example lexemeIndex(bytes, start).hash['the'] // the index of "the", as wink's own hash gives it
 */
export interface LexemeIndex {
  readonly list: string[]
  readonly hash: Record<string, number>
  /** Byte offset just past the array's closing `]`. */
  readonly end: number
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const CLOSE = 0x5d
const EMPTY = -1

/** Reads the JSON array of strings that starts at `bytes[start]` (its `[`). */
export function lexemeIndex(bytes: Buffer, start: number): LexemeIndex {
  if (bytes[start] !== 0x5b) throw new Error('wink model: expected the lexeme list')
  // Each word's JSON string is bytes[from[k], to[k]), without its quotes; its hash is taken in the same pass.
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
  const size = tableSize(count)
  const table = new Int32Array(size).fill(EMPTY)
  const mask = size - 1
  for (let k = 0; k < count; k++) {
    let slot = hashes[k]! & mask
    while (table[slot] !== EMPTY) slot = (slot + 1) & mask
    table[slot] = k
  }
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
  return { list, hash, end: at + 1 }
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** FNV-1a over bytes[from, to), as the scan in lexemeIndex takes it. */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = FNV_OFFSET
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME)
  return h
}

/** The power of two at least 3 times `count` (a table a third full). */
function tableSize(count: number): number {
  let size = 1024
  while (size < count * 3) size *= 2
  return size
}

function grow(array: Uint32Array): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(array.length * 2)
  bigger.set(array)
  return bigger
}
