/** The part of a Map that model code reads: a committed table and a Map built in memory both serve it. */
export interface Lookup<V> {
  get(key: string): V | undefined
  has(key: string): boolean
}

/**
 * A model's weights as one sorted binary table of keys and values, read by binary search over the file's bytes
 * instead of a Map of every key or a parsed text: loading costs one file read (cold start, issue 19). Keys are
 * Latin-1 (every key's characters are below U+0100), sorted by code unit; values are the decimals the training
 * wrote, stored as integers over a power of ten that gives each back as exactly the same double (the encoder
 * checks). Built by scripts/build/build-compact-weights.ts.
 *
 * @example weightTable(encodeWeightTable([['c=1', [0.5]], ['w=vile', [1.25]]])).number('w=vile') // 1.25
 */
export interface WeightTable {
  /** Number of keys. */
  readonly size: number
  /** Index of `key` in [from, to) (the whole table by default), or -1. */
  indexOf(key: string, from?: number, to?: number): number
  /** First index in [from, to) whose key is ≥ `key` (the insertion point); the whole table by default. */
  lowerBound(key: string, from?: number, to?: number): number
  keyAt(index: number): string
  /** The key's first value. */
  numberAt(index: number): number
  /** Every value of the key. */
  rowAt(index: number): Float64Array
  /** The first value of `key`; undefined when there is no such key. */
  number(key: string): number | undefined
}

/**
 * Layout, little-endian: "PXW1", then u32 key count n, values per key w, scale (a power of ten), key bytes k;
 * u32 key offsets [n + 1] into the key bytes; i32 values [n · w] (value × scale); the keys' Latin-1 bytes.
 */
const MAGIC = 0x31575850 // "PXW1"
const HEADER_WORDS = 5

/** The table's bytes for sorted `[key, values]` rows of one width (the build script's half of the format). */
export function encodeWeightTable(rows: readonly (readonly [string, readonly number[]])[]): Buffer {
  const width = rows[0]?.[1].length ?? 1
  const scale = exactScale(rows.flatMap(([, values]) => values))
  const keys = rows.map(([key]) => Buffer.from(key, 'latin1'))
  rows.forEach(([key, values], i) => {
    if (values.length !== width) throw new Error(`weight table: ${key} has ${values.length} values, not ${width}`)
    if (keys[i]!.toString('latin1') !== key) throw new Error(`weight table: key ${JSON.stringify(key)} is not Latin-1`)
    if (i > 0 && !(rows[i - 1]![0] < key)) throw new Error(`weight table: key ${JSON.stringify(key)} out of order or twice`)
  })
  const keyBytes = keys.reduce((sum, key) => sum + key.length, 0)
  const head = new Uint32Array(HEADER_WORDS + rows.length + 1)
  head.set([MAGIC, rows.length, width, scale, keyBytes])
  keys.forEach((key, i) => (head[HEADER_WORDS + i + 1] = head[HEADER_WORDS + i]! + key.length))
  const values = Int32Array.from(rows.flatMap(([, row]) => row.map((v) => Math.round(v * scale))))
  return Buffer.concat([Buffer.from(head.buffer), Buffer.from(values.buffer), ...keys])
}

/** The smallest power of ten (up to 10⁶) that turns every value into an int32 it divides back to exactly. */
function exactScale(values: readonly number[]): number {
  for (let scale = 1; scale <= 1e6; scale *= 10) {
    if (values.every((v) => Math.abs(v * scale) < 2 ** 31 && Math.round(v * scale) / scale === v)) return scale
  }
  throw new Error('weight table: values need more than six decimals')
}

export function weightTable(bytes: Uint8Array): WeightTable {
  // Typed views need 4-byte alignment; a file read whole has its own buffer, so this copies only in tests.
  const data = bytes.byteOffset % 4 === 0 ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : Buffer.from(bytes)
  const head = new Uint32Array(data.buffer, data.byteOffset, HEADER_WORDS)
  if (data.byteLength < HEADER_WORDS * 4 || head[0] !== MAGIC) throw new Error('weight table: not a PXW1 table')
  const [, size, width, scale, keyBytes] = head as unknown as [number, number, number, number, number]
  const offsets = new Uint32Array(data.buffer, data.byteOffset + HEADER_WORDS * 4, size + 1)
  const valuesAt = data.byteOffset + (HEADER_WORDS + size + 1) * 4
  const values = new Int32Array(data.buffer, valuesAt, size * width)
  const keysAt = valuesAt - data.byteOffset + size * width * 4
  if (keysAt + keyBytes !== data.byteLength) throw new Error('weight table: truncated or padded')
  const start = (i: number): number => keysAt + offsets[i]!
  const end = (i: number): number => keysAt + offsets[i + 1]!
  const lowerBound = (key: string, from = 0, to = size): number => {
    let lo = from
    let hi = to
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (compareKey(data, start(mid), end(mid), key) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const indexOf = (key: string, from = 0, to = size): number => {
    const i = lowerBound(key, from, to)
    return i < to && compareKey(data, start(i), end(i), key) === 0 ? i : -1
  }
  const numberAt = (i: number): number => values[i * width]! / scale
  return {
    size,
    indexOf,
    lowerBound,
    keyAt: (i) => data.toString('latin1', start(i), end(i)),
    numberAt,
    rowAt: (i) => {
      // A loop, not Float64Array.from with a mapping function: that costs ~7 ms over a model's rows at first use.
      const row = new Float64Array(width)
      for (let k = 0; k < width; k++) row[k] = values[i * width + k]! / scale
      return row
    },
    number: (key) => {
      const i = indexOf(key)
      return i < 0 ? undefined : numberAt(i)
    },
  }
}

/**
 * The lines whose key starts with `prefix` (no spaces), as [key without the prefix, line index] pairs, in key order.
 * @example keysWithPrefix(table, 'pw=vile|') // [['attack', 812], …]
 */
export function keysWithPrefix(table: WeightTable, prefix: string): [string, number][] {
  const [from, to] = prefixRange(table, prefix)
  const found: [string, number][] = []
  for (let i = from; i < to; i++) found.push([table.keyAt(i).slice(prefix.length), i])
  return found
}

/**
 * The index range [from, to) of the keys that start with `prefix` (two binary searches; no key is read into a
 * string). Keys are Latin-1, so the first key past the range is at the prefix with its last character + 1.
 */
export function prefixRange(table: WeightTable, prefix: string): readonly [number, number] {
  const from = table.lowerBound(prefix)
  const past = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)
  return [from, table.lowerBound(past, from)]
}

/**
 * A Lookup of `table` under a key prefix, remembering what it has read (up to `maxCached` keys): each distinct
 * key costs one binary search, then a Map read, as the Maps this replaces did.
 * @example prefixLookup(table, 'w=', (t, i) => t.numberAt(i)).get('vile')
 */
export function prefixLookup<V>(table: WeightTable, prefix: string, read: (table: WeightTable, index: number) => V, maxCached = 500_000): Lookup<V> {
  const cache = new Map<string, V | null>()
  const get = (key: string): V | undefined => {
    let value = cache.get(key)
    if (value === undefined) {
      const i = table.indexOf(prefix + key)
      value = i < 0 ? null : read(table, i)
      if (cache.size < maxCached) cache.set(key, value)
    }
    return value ?? undefined
  }
  return { get, has: (key) => get(key) !== undefined }
}

/** The key in bytes [from, to) against `key`, as JS compares strings (the bytes are Latin-1 code units): <0, 0, >0. */
function compareKey(bytes: Uint8Array, from: number, to: number, key: string): number {
  for (let i = 0; ; i++) {
    const atEnd = from + i === to
    if (i === key.length) return atEnd ? 0 : 1
    if (atEnd) return -1
    const c = bytes[from + i]!
    const d = key.charCodeAt(i)
    if (c !== d) return c < d ? -1 : 1
  }
}
