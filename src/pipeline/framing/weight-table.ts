/** The part of a Map that model code reads: a committed table and a Map built in memory both serve it. */
export interface Lookup<V> {
  get(key: string): V | undefined
  has(key: string): boolean
}

/**
 * A model's weights as one sorted text of lines "key value value…" (keys in UTF-16 code-unit order, no spaces
 * in keys), read by binary search instead of a Map of every key: loading costs a scan for line starts, not a
 * hundred thousand Map entries (cold start, issue 19). Values are the decimal numbers the training wrote, so
 * `Number()` gives back exactly the doubles the JSON weights held. Built by scripts/build/build-compact-weights.ts.
 *
 * @example weightTable('c=1 0.5\nw=vile 1.25').number('w=vile') // 1.25
 */
export interface WeightTable {
  /** Number of lines. */
  readonly size: number
  /** Line index of `key`, or -1. */
  indexOf(key: string): number
  /** First index whose key is ≥ `key` (the insertion point). */
  lowerBound(key: string): number
  keyAt(index: number): string
  /** True when the key at `index` starts with `prefix` (no string is made). */
  hasPrefixAt(index: number, prefix: string): boolean
  /** The line's first value. */
  numberAt(index: number): number
  /** Every value of the line. */
  rowAt(index: number): Float64Array
  /** The first value of `key`'s line; undefined when there is no such key. */
  number(key: string): number | undefined
}

const NEWLINE = 10
const SPACE = 32

export function weightTable(text: string): WeightTable {
  const starts = lineStarts(text)
  const size = starts.length
  const start = (i: number): number => starts[i]!
  const end = (i: number): number => (i + 1 < size ? starts[i + 1]! - 1 : text.length)
  const keyEnd = (i: number): number => text.indexOf(' ', start(i))
  const lowerBound = (key: string): number => {
    let lo = 0
    let hi = size
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (compareKey(text, start(mid), key) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const indexOf = (key: string): number => {
    const i = lowerBound(key)
    return i < size && compareKey(text, start(i), key) === 0 ? i : -1
  }
  const numberAt = (i: number): number => {
    const from = keyEnd(i) + 1
    const to = text.indexOf(' ', from)
    return Number(text.slice(from, to < 0 || to > end(i) ? end(i) : to))
  }
  return {
    size,
    indexOf,
    lowerBound,
    keyAt: (i) => text.slice(start(i), keyEnd(i)),
    // Keys hold no spaces, so a prefix without one that starts the line lies within its key.
    hasPrefixAt: (i, prefix) => i < size && text.startsWith(prefix, start(i)),
    numberAt,
    rowAt: (i) => Float64Array.from(text.slice(keyEnd(i) + 1, end(i)).split(' '), Number),
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
  const found: [string, number][] = []
  for (let i = table.lowerBound(prefix); table.hasPrefixAt(i, prefix); i++) found.push([table.keyAt(i).slice(prefix.length), i])
  return found
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

function lineStarts(text: string): Uint32Array {
  if (text.length === 0) return new Uint32Array(0)
  let count = 1
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++
  const starts = new Uint32Array(count)
  let k = 1
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts[k++] = at + 1
  return starts
}

/** `key` against the key of the line at `from` (which ends at a space), as JS compares strings: <0, 0, >0. */
function compareKey(text: string, from: number, key: string): number {
  for (let i = 0; ; i++) {
    const c = text.charCodeAt(from + i)
    const isLineKeyEnd = c === SPACE || c === NEWLINE || Number.isNaN(c)
    if (i === key.length) return isLineKeyEnd ? 0 : 1
    if (isLineKeyEnd) return -1
    const d = key.charCodeAt(i)
    if (c !== d) return c < d ? -1 : 1
  }
}
