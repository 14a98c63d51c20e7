/** 32-bit FNV-1a over UTF-16 code units: fast, deterministic, good enough to key shingles and LSH buckets. */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return mix32(h)
}

/** MurmurHash3's 32-bit finaliser: spreads every input bit over the output, so `mix32(x ^ salt)` acts as a fresh hash function. */
export function mix32(x: number): number {
  let h = x >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
