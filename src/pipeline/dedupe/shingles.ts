import { mix32 } from './hash32.js'
import { normalizeForHash } from './normalize-for-hash.js'

/**
 * Word 5-shingles: 5 words is the classic size for near-duplicate news (Broder 1997 used 10 for whole web
 * pages; 5 keeps short reprints comparable while two independent write-ups of one event share almost none).
 */
export const DEFAULT_SHINGLE_SIZE = 5

/**
 * The set of hashed word k-shingles of `text`, sorted ascending and without repeats (32-bit hashes).
 * Texts shorter than k words give one shingle of all their words, so short texts still compare.
 * Example: `shingles('a b c d e f', 5)` has 2 members.
 */
export function shingles(text: string, size = DEFAULT_SHINGLE_SIZE): Uint32Array {
  return shinglesOfNormalized(normalizeForHash(text), size)
}

/** {@link shingles} of text already passed through normalizeForHash (ingest normalises once for hash, shingles and search). */
export function shinglesOfNormalized(normalized: string, size = DEFAULT_SHINGLE_SIZE): Uint32Array {
  // Hash each word once, then combine k word hashes per shingle: no k-word strings are built.
  const wordHashes = wordHashesOf(normalized)
  if (wordHashes.length === 0) return new Uint32Array(0)
  const count = Math.max(1, wordHashes.length - size + 1)
  const out = new Uint32Array(count)
  for (let i = 0; i < count; i++) {
    let h = 0x9e3779b9
    for (let j = i; j < Math.min(i + size, wordHashes.length); j++) h = mix32(h ^ (wordHashes[j] ?? 0))
    out[i] = h
  }
  out.sort()
  return unique(out)
}

/**
 * hash32 of each space-separated word, in order, in one scan: split, filter and map made three arrays and a
 * string per word of every article ingest reads (issue 19).
 */
function wordHashesOf(text: string): number[] {
  const hashes: number[] = []
  let h = FNV_OFFSET
  let isInWord = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 32) {
      if (isInWord) hashes.push(mix32(h))
      h = FNV_OFFSET
      isInWord = false
      continue
    }
    h ^= code
    h = Math.imul(h, 0x01000193)
    isInWord = true
  }
  if (isInWord) hashes.push(mix32(h))
  return hashes
}

/** hash32's default seed. */
const FNV_OFFSET = 0x811c9dc5

function unique(sorted: Uint32Array): Uint32Array {
  let n = 0
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] ?? 0
  }
  return sorted.subarray(0, n)
}

/** Exact Jaccard similarity (0–1) of two sorted, repeat-free shingle sets; 1 when both are empty. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0
    const y = b[j] ?? 0
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared / (a.length + b.length - shared)
}
