import { hash32, mix32 } from './hash32.js'

/**
 * 32 bands of 4 rows over a 128-hash signature. A pair with Jaccard J becomes a candidate with probability
 * 1 − (1 − J⁴)³²: 0.87 at J = 0.5, 0.985 at 0.6, > 0.9999 at 0.7 — so pairs at the near-duplicate
 * threshold (0.6, see find-near-duplicates.ts) are almost never missed, and pairs below 0.3 rarely cost a check.
 */
export const DEFAULT_BANDS = 32

/**
 * Locality-sensitive hashing index over MinHash signatures: `candidates(sig)` returns the ids whose
 * signature agrees with `sig` on every row of at least one band. Memory: one bucket entry per band per id.
 */
export class LshIndex {
  readonly #bands: number
  readonly #buckets = new Map<number, number[]>()
  readonly #ids: string[] = []
  readonly #bandSeeds: number[]

  constructor(bands = DEFAULT_BANDS) {
    this.#bands = bands
    this.#bandSeeds = Array.from({ length: bands }, (_, band) => hash32(String(band)))
  }

  get size(): number {
    return this.#ids.length
  }

  add(id: string, signature: Uint32Array): void {
    const slot = this.#ids.length
    this.#ids.push(id)
    for (const key of this.#bandKeys(signature)) {
      const bucket = this.#buckets.get(key)
      if (bucket) bucket.push(slot)
      else this.#buckets.set(key, [slot])
    }
  }

  /** Ids sharing at least one band with `signature`, each once, in insertion order. */
  candidates(signature: Uint32Array): string[] {
    const slots = new Set<number>()
    for (const key of this.#bandKeys(signature)) {
      for (const slot of this.#buckets.get(key) ?? []) slots.add(slot)
    }
    return [...slots].sort((a, b) => a - b).map((slot) => this.#ids[slot] ?? '')
  }

  #bandKeys(signature: Uint32Array): number[] {
    if (signature.length % this.#bands !== 0) throw new Error('dedupe: signature length is not a multiple of the band count')
    const rows = signature.length / this.#bands
    const keys: number[] = []
    for (let band = 0; band < this.#bands; band++) {
      let h = this.#bandSeeds[band] ?? 0
      for (let r = 0; r < rows; r++) h = mix32(h ^ (signature[band * rows + r] ?? 0)) + r
      // 30 bits keep keys small integers (fast Map keys in V8); a collision only adds a candidate to verify
      keys.push(h & 0x3fffffff)
    }
    return keys
  }
}
