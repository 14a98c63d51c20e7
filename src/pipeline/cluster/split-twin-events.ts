import { languageOf, type ArticleFeatures } from './article-features.js'

/** When a story is split in two; numbers from the dev sweep in docs/STORE.md. */
export interface SplitOptions {
  /** Stories smaller than this are left alone: three articles cannot show two coherent halves. */
  readonly minSize: number
  /** Split when the mean similarity across the halves is below this fraction of the mean within them... */
  readonly ratio: number
  /** ...or when their names and numbers alone (who, where, how many) are below this fraction. */
  readonly nameRatio: number
  /** Members at least this similar (TF-IDF cosine) are copies of one article and stay in one half. */
  readonly copySimilarity: number
}

// Dev BCubed F1 ECB+/BASIL/AllSides, after grouping: no split .886/.986/.830; splitting articles (no copy units),
// minSize 4 with ratio .25 .905/.986/.836, .3 .904/.986/.841, .35 .888/.986/.843 (ECB+ then loses true
// stories), minSize 8 with .3 .905/.986/.830. Copy units at cosine .8 (or .9): .909/.986/.842; at .6 they swallow
// same-event articles that are not copies: .874/.986/.842. Then grouping at threshold .14 (merging more, as the
// split takes twins apart again): .927/.996/.839, but two small earthquake stories (cluster.test.ts) stayed one:
// with six short articles, topic words keep too much local weight. Names and numbers separate them; adding that
// criterion at nameRatio .1 gave .923/.996/.842, .2 .923/.996/.844, .3 .915/.996/.840 (alone at .3: .915/.996/.839).
export const DEFAULT_SPLIT_OPTIONS: SplitOptions = { minSize: 4, ratio: 0.3, nameRatio: 0.2, copySimilarity: 0.8 }

const ROUNDS = 10
/** Pair scans cost size²: a story this large (weeks of a running story) is left whole rather than stall a regroup. */
const MAX_MEMBERS = 600

type Vector = Map<string, number>

/**
 * Twin events (two earthquakes, two Oscar-host announcements) share a topic's vocabulary, which is what made
 * their articles one story. Within the story those shared words say nothing, so each member is re-weighted by
 * local IDF (a word in every member weighs 0; words in one member only are dropped as noise), split in two by
 * spherical 2-means, and the split kept only when the halves have little in common beyond the topic.
 * Returns 0/1 per member, or null to keep the story whole.
 * Example: members about Tabriz/Ahar and about Awaran/Balochistan earthquakes → [0, 0, 0, 1, 1, 1].
 */
export function splitTwinEvents(
  members: readonly ArticleFeatures[],
  globalIdf: (term: string) => number,
  options: SplitOptions = DEFAULT_SPLIT_OPTIONS,
): number[] | null {
  if (members.length < options.minSize || members.length > MAX_MEMBERS) return null
  // Copies of one article (wire reprints, rewrites) would form a tight "half" of their own: split units, not articles.
  const unitOf = copyUnits(members, globalIdf, options.copySimilarity)
  const units = Math.max(...unitOf) + 1
  if (units < options.minSize) return null
  const merged = Array.from({ length: units }, () => new Map<string, number>())
  members.forEach((m, k) => {
    const unit = merged[unitOf[k] ?? 0] ?? new Map()
    for (const [term, tf] of m.terms) unit.set(term, Math.max(unit.get(term) ?? 0, tf))
  })
  const unitHalves = splitUnits(merged, globalIdf, options)
  if (unitHalves === null) return null
  const halves = unitOf.map((u) => unitHalves[u] ?? 0)
  return isSplitByLanguage(members, halves) ? null : halves
}

/**
 * Halves whose languages do not meet ({en} and {ru, uk}) differ by how each language was glossed and transliterated
 * ("request" / "asks", "Олександр" / "Alexander") as much as by what they report: a story told in several languages
 * is kept whole then. Halves that share a language were split on evidence within it.
 */
function isSplitByLanguage(members: readonly ArticleFeatures[], halves: readonly number[]): boolean {
  const languages = [new Set<string>(), new Set<string>()]
  members.forEach((m, k) => languages[halves[k] ?? 0]?.add(languageOf(m)))
  const [a, b] = languages as [Set<string>, Set<string>]
  return a.size + b.size > 1 && ![...a].some((l) => b.has(l))
}

function splitUnits(members: readonly ReadonlyMap<string, number>[], globalIdf: (term: string) => number, options: SplitOptions): number[] | null {
  const n = members.length
  const localDf = new Map<string, number>()
  for (const m of members) for (const term of m.keys()) localDf.set(term, (localDf.get(term) ?? 0) + 1)
  const vectors = members.map((m) => {
    const v: Vector = new Map()
    for (const [term, tf] of m) {
      const df = localDf.get(term) ?? 0
      if (df < 2 || tf <= 0) continue
      const weight = (1 + Math.log(tf)) * globalIdf(term) * Math.log(n / df)
      if (weight > 0) v.set(term, weight)
    }
    return normalize(v)
  })
  // Pair similarities once: the seed search and the cohesion test both read them.
  const similarity = vectors.map((a, i) => vectors.map((b, j) => (j > i ? dot(a, b) : 0)))
  const halves = twoMeans(vectors, similarity)
  if (halves === null) return null
  const names = vectors.map((v) => normalize(new Map([...v].filter(([term]) => term.startsWith('e:') || term.startsWith('n:')))))
  const all = new Cohesion()
  const named = new Cohesion()
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const same = halves[i] === halves[j]
      all.add(same, similarity[i]?.[j] ?? 0)
      named.add(same, dot(names[i] ?? new Map(), names[j] ?? new Map()))
    }
  }
  return all.isSplit(options.ratio) || named.isSplit(options.nameRatio) ? halves : null
}

/** Mean pair similarity within the halves and across them. */
class Cohesion {
  #within = 0
  #withinPairs = 0
  #across = 0
  #acrossPairs = 0

  add(sameHalf: boolean, similarity: number): void {
    if (sameHalf) {
      this.#within += similarity
      this.#withinPairs++
    } else {
      this.#across += similarity
      this.#acrossPairs++
    }
  }

  /** Across-halves similarity below `ratio` × within-halves similarity. */
  isSplit(ratio: number): boolean {
    if (this.#withinPairs === 0 || this.#acrossPairs === 0) return false
    return this.#across / this.#acrossPairs < ratio * (this.#within / this.#withinPairs)
  }
}

/** Union-find over members whose TF-IDF cosine reaches `threshold`; returns a dense unit number per member. */
function copyUnits(members: readonly ArticleFeatures[], globalIdf: (term: string) => number, threshold: number): number[] {
  const vectors = members.map((m) => {
    const v: Vector = new Map()
    for (const [term, tf] of m.terms) if (tf > 0) v.set(term, (1 + Math.log(tf)) * globalIdf(term))
    return normalize(v)
  })
  const parent = members.map((_, k) => k)
  const root = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k] ?? k] ?? k
    return k
  }
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (dot(vectors[i] ?? new Map(), vectors[j] ?? new Map()) >= threshold) parent[root(j)] = root(i)
    }
  }
  const dense = new Map<number, number>()
  return members.map((_, k) => {
    const r = root(k)
    if (!dense.has(r)) dense.set(r, dense.size)
    return dense.get(r) ?? 0
  })
}

/**
 * Spherical 2-means seeded with the least similar pair (`similarity[i][j]`, j > i); null when a half would hold a
 * single member.
 */
function twoMeans(vectors: readonly Vector[], similarity: readonly (readonly number[])[]): number[] | null {
  const n = vectors.length
  let seedA = 0
  let seedB = 1
  let lowest = Number.POSITIVE_INFINITY
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = similarity[i]?.[j] ?? 0
      if (s < lowest) {
        lowest = s
        seedA = i
        seedB = j
      }
    }
  }
  let centres: Vector[] = [vectors[seedA] ?? new Map(), vectors[seedB] ?? new Map()]
  let halves = vectors.map((v) => nearest(v, centres))
  for (let round = 0; round < ROUNDS; round++) {
    const sums: Vector[] = [new Map(), new Map()]
    vectors.forEach((v, k) => {
      const sum = sums[halves[k] ?? 0] ?? new Map()
      for (const [term, x] of v) sum.set(term, (sum.get(term) ?? 0) + x)
    })
    centres = sums.map(normalize)
    const next = vectors.map((v) => nearest(v, centres))
    if (next.every((h, k) => h === halves[k])) break
    halves = next
  }
  const ones = halves.reduce((s, h) => s + h, 0)
  return ones < 2 || n - ones < 2 ? null : halves
}

function nearest(v: Vector, centres: readonly Vector[]): number {
  return dot(v, centres[0] ?? new Map()) >= dot(v, centres[1] ?? new Map()) ? 0 : 1
}

function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  // No pair array to pick the smaller map, no entry array per term: this runs for every pair of a story's members (issue 19).
  const small = a.size <= b.size ? a : b
  const large = small === a ? b : a
  let sum = 0
  small.forEach((x, term) => {
    const y = large.get(term)
    if (y !== undefined) sum += x * y
  })
  return sum
}

function normalize(v: Vector): Vector {
  let norm = 0
  for (const x of v.values()) norm += x * x
  norm = Math.sqrt(norm) || 1
  for (const [term, x] of v) v.set(term, x / norm)
  return v
}
