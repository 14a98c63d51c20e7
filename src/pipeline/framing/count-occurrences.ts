/** How many times a string occurs in a text (overlapping matches included) and where first (-1: nowhere). */
export interface Occurrences {
  readonly count: number
  readonly firstAt: number
}

// Below this a search is a scan of the text per needle; above it the text is indexed once (a text of a few
// thousand characters is searched faster than it is indexed).
const MIN_INDEXED_LENGTH = 20_000
const GRAM = 3

/**
 * A counter of the occurrences of needles in one text, as `indexOf` from each match + 1 counts them. A long text
 * is indexed by its 3-grams, so each needle is checked only where its rarest 3-gram occurs, instead of scanning
 * the whole text once per needle (quadratic: a long text has as many distinct needles as it has spans). Needles
 * are non-empty.
 * @example occurrenceCounter('abcabc')('bc')  // { count: 2, firstAt: 1 }
 */
export function occurrenceCounter(text: string): (needle: string) => Occurrences {
  if (text.length < MIN_INDEXED_LENGTH) return (needle) => scan(text, needle)
  const grams = gramIndex(text)
  return (needle) => (needle.length < GRAM ? scan(text, needle) : lookUp(text, grams, needle))
}

function scan(text: string, needle: string): Occurrences {
  const firstAt = text.indexOf(needle)
  let count = 0
  for (let at = firstAt; at >= 0; at = text.indexOf(needle, at + 1)) count++
  return { count, firstAt }
}

/** Positions of the text's 3-grams grouped by a hash of the gram (buckets in ascending position order). */
interface GramIndex {
  readonly mask: number
  /** Bucket b holds positions[offsets[b]] up to positions[offsets[b + 1]]. */
  readonly offsets: Int32Array
  readonly positions: Int32Array
}

function gramIndex(text: string): GramIndex {
  const grams = text.length - GRAM + 1
  let buckets = 1 << 12
  while (buckets < grams / 4 && buckets < 1 << 20) buckets *= 2
  const mask = buckets - 1
  const offsets = new Int32Array(buckets + 1)
  for (let p = 0; p < grams; p++) offsets[gramHash(text, p) & mask]! += 1
  let sum = 0
  for (let b = 0; b <= buckets; b++) {
    const size = offsets[b]!
    offsets[b] = sum
    sum += size
  }
  const positions = new Int32Array(grams)
  const next = offsets.slice(0, buckets)
  for (let p = 0; p < grams; p++) positions[next[gramHash(text, p) & mask]!++] = p
  return { mask, offsets, positions }
}

function gramHash(text: string, at: number): number {
  return Math.imul(Math.imul(text.charCodeAt(at), 0x9e3779b1) ^ text.charCodeAt(at + 1), 0x85ebca6b) ^ Math.imul(text.charCodeAt(at + 2), 0xc2b2ae35)
}

/** Every match contains the needle's rarest gram at the same offset: only those places are checked. */
function lookUp(text: string, index: GramIndex, needle: string): Occurrences {
  let bestOffset = 0
  let bestBucket = 0
  let bestSize = Infinity
  for (let j = 0; j + GRAM <= needle.length; j++) {
    const bucket = gramHash(needle, j) & index.mask
    const size = index.offsets[bucket + 1]! - index.offsets[bucket]!
    if (size < bestSize) {
      bestSize = size
      bestBucket = bucket
      bestOffset = j
    }
  }
  let count = 0
  let firstAt = -1
  for (let k = index.offsets[bestBucket]!; k < index.offsets[bestBucket + 1]!; k++) {
    const at = index.positions[k]! - bestOffset
    if (at < 0 || !text.startsWith(needle, at)) continue
    if (count === 0) firstAt = at
    count++
  }
  return { count, firstAt }
}
