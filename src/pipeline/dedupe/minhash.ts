import { mix32 } from './hash32.js'

/** Signature length. 128 permutations give a Jaccard estimate with standard error ≤ 0.044 (sqrt(0.25/128)). */
export const DEFAULT_NUM_HASHES = 128

export interface MinHasherOptions {
  readonly numHashes?: number
  /** Fixed so signatures stored in a database stay comparable across runs. */
  readonly seed?: number
}

/**
 * Returns a function that maps a shingle set to its MinHash signature (one minimum per hash function).
 * Each hash function is `mix32(shingle ^ salt_i)`. Example: `createMinHasher()(shingles(text))`.
 */
export function createMinHasher(options: MinHasherOptions = {}): (shingleSet: Uint32Array) => Uint32Array {
  const numHashes = options.numHashes ?? DEFAULT_NUM_HASHES
  const salts = new Uint32Array(numHashes)
  let state = options.seed ?? 0x5eed1234
  for (let i = 0; i < numHashes; i++) {
    state = mix32(state + 0x9e3779b9)
    salts[i] = state
  }
  return (shingleSet) => {
    const signature = new Uint32Array(numHashes).fill(0xffffffff)
    for (let s = 0; s < shingleSet.length; s++) {
      const shingle = shingleSet[s] ?? 0
      for (let i = 0; i < numHashes; i++) {
        const h = mix32(shingle ^ (salts[i] ?? 0))
        if (h < (signature[i] ?? 0)) signature[i] = h
      }
    }
    return signature
  }
}

/** Estimated Jaccard similarity (0–1): the share of positions where two signatures agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error('dedupe: signatures of different lengths')
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return a.length === 0 ? 0 : same / a.length
}
