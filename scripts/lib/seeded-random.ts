/**
 * mulberry32: a small seeded generator of numbers in [0, 1). Synthetic corpora (benches, tests) and training
 * shuffles use it so every run sees the same data and training gives byte-identical weights.
 * Example: `const rnd = seededRandom(7); rnd()` → the same first number on every run.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
