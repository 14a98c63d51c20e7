/**
 * Binary logistic regression over string features: AdaGrad with L2, fixed seed, so the same data gives
 * byte-identical weights. Used by the sentence bias classifier, the sentence technique model, the phrase-span
 * tagger and (through fitLogistic) the loaded-word tagger.
 * With `nbAlpha` it trains NBSVM (Wang & Manning 2012): each feature scaled by its naive-Bayes log-count ratio.
 */
import { seededRandom as mulberry32 } from '../lib/seeded-random.js'

export interface LogisticExample {
  readonly features: readonly string[]
  readonly label: 0 | 1
}

export interface LogisticOptions {
  readonly epochs: number
  readonly learningRate: number
  /** L2 penalty per update. */
  readonly l2: number
  /** Features seen in fewer examples than this are dropped. */
  readonly minCount: number
  /** Weights smaller than this in magnitude are not written. */
  readonly prune: number
  readonly seed: number
  /**
   * NBSVM (Wang & Manning 2012): when set, each feature's value is its naive-Bayes log-count ratio
   * r = log((p + α) / |p + α|₁) − log((q + α) / |q + α|₁) over the training examples (p, q: how many positive
   * and negative examples hold it; α this number). The weights written are w · r, so scoring is unchanged.
   */
  readonly nbAlpha?: number
}

export interface LogisticWeights {
  readonly bias: number
  readonly features: string[]
  readonly weights: number[]
}

export function trainLogistic(examples: readonly LogisticExample[], o: LogisticOptions): LogisticWeights {
  const counts = new Map<string, number>()
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1)
  const names = [...counts.entries()].filter(([, n]) => n >= o.minCount).map(([f]) => f).sort()
  const ids = new Map(names.map((f, k) => [f, k]))
  const data = examples.map((e) => ({
    features: Int32Array.from(e.features.map((f) => ids.get(f)).filter((id): id is number => id !== undefined)),
    label: e.label,
  }))
  return fitLogistic(data, names, o)
}

/** A training example with its features as indices into the feature names (callers with many examples index them as they go). */
export interface IndexedExample {
  readonly features: Int32Array
  readonly label: 0 | 1
}

/** {@link trainLogistic} over examples already indexed into `names` (sorted, so the weights file is stable). */
export function fitLogistic(data: readonly IndexedExample[], names: readonly string[], o: Omit<LogisticOptions, 'minCount'>): LogisticWeights {
  const scale = new Float64Array(names.length).fill(1)
  if (o.nbAlpha !== undefined) {
    const p = new Float64Array(names.length).fill(o.nbAlpha)
    const q = new Float64Array(names.length).fill(o.nbAlpha)
    for (const e of data) for (const f of new Set(e.features)) (e.label ? p : q)[f]! += 1
    const sp = p.reduce((a, b) => a + b, 0)
    const sq = q.reduce((a, b) => a + b, 0)
    for (let f = 0; f < names.length; f++) scale[f] = Math.log(p[f]! / sp) - Math.log(q[f]! / sq)
  }
  const w = new Float64Array(names.length)
  const g = new Float64Array(names.length).fill(1e-8)
  const positives = data.reduce((n, e) => n + e.label, 0)
  // Start the bias at the base rate's log-odds: otherwise AdaGrad spreads the prior (most examples are
  // negative) over every feature, and an example with no known feature comes out near p = 0.5.
  let bias = Math.log((positives + 1) / (data.length - positives + 1))
  let gBias = 1e-8
  const random = mulberry32(o.seed)
  const order = data.map((_, k) => k)
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random)
    for (const k of order) {
      const example = data[k]!
      let z = bias
      for (const f of example.features) z += w[f]! * scale[f]!
      const grad = 1 / (1 + Math.exp(-z)) - example.label
      gBias += grad * grad
      bias -= (o.learningRate * grad) / Math.sqrt(gBias)
      for (const f of example.features) {
        const gf = grad * scale[f]! + o.l2 * w[f]!
        g[f]! += gf * gf
        w[f]! -= (o.learningRate * gf) / Math.sqrt(g[f]!)
      }
    }
  }
  const features: string[] = []
  const weights: number[] = []
  names.forEach((name, k) => {
    const value = w[k]! * scale[k]!
    if (Math.abs(value) < o.prune) return
    features.push(name)
    weights.push(Math.round(value * 1000) / 1000)
  })
  return { bias: Math.round(bias * 1000) / 1000, features, weights }
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const tmp = items[i]!
    items[i] = items[j]!
    items[j] = tmp
  }
}
