import type { FramingSpan } from '../../model/index.js'
import { readCompactWeights } from './read-compact-weights.js'
import { densityFeature, type SentenceContext } from './sentence-technique-features.js'
import type { WordToken } from './tokenize-words.js'
import { keysWithPrefix, prefixLookup, type Lookup, type WeightTable } from './weight-table.js'
import { CLUSTER_COUNT } from './word-clusters.js'

/** Weights of the sentence technique model as committed (parallel arrays, as the other weight files). */
export interface SentenceTechniqueWeightsFile {
  readonly description: string
  readonly bias: number
  /** A sentence holds a technique when p ≥ threshold. */
  readonly threshold: number
  readonly features: readonly string[]
  readonly weights: readonly number[]
}

/**
 * Logistic regression: P(sentence holds a propaganda technique span | its words, their clusters, first word,
 * length, punctuation, the spans already found in it). The weights are split by feature kind so scoring a
 * sentence builds no strings for its words.
 */
export interface SentenceTechniqueModel {
  readonly bias: number
  readonly threshold: number
  /** Every weight by feature name (sentence-technique-features.ts), for tests and the rare features. */
  readonly weights: Lookup<number>
  readonly word: Lookup<number>
  readonly firstWord: Lookup<number>
  readonly cluster: Float64Array
}

let defaultEnglish: SentenceTechniqueModel | undefined

/** The committed English model (trained on PTC dev), loaded on first use from its compact sorted table. */
export function englishSentenceTechniques(): SentenceTechniqueModel {
  if (defaultEnglish === undefined) {
    const file = readCompactWeights('sentence-techniques')
    const table: WeightTable = file.table
    const number = (t: WeightTable, i: number): number => t.numberAt(i)
    const cluster = new Float64Array(CLUSTER_COUNT)
    for (const [value, i] of keysWithPrefix(table, 'c=')) cluster[Number(value)] = table.numberAt(i)
    defaultEnglish = {
      bias: file.bias,
      threshold: file.threshold,
      weights: prefixLookup(table, '', number),
      word: prefixLookup(table, 'u=', number),
      firstWord: prefixLookup(table, 'f=', number),
      cluster,
    }
  }
  return defaultEnglish
}

export function loadSentenceTechniqueModel(file: SentenceTechniqueWeightsFile): SentenceTechniqueModel {
  if (file.features.length !== file.weights.length) throw new Error('framing: sentence-technique weights: features and weights differ in length')
  const weights = new Map<string, number>()
  const word = new Map<string, number>()
  const firstWord = new Map<string, number>()
  const cluster = new Float64Array(CLUSTER_COUNT)
  file.features.forEach((feature, k) => {
    const weight = file.weights[k]!
    weights.set(feature, weight)
    if (feature.startsWith('u=')) word.set(feature.slice(2), weight)
    else if (feature.startsWith('f=')) firstWord.set(feature.slice(2), weight)
    else if (feature.startsWith('c=')) cluster[Number(feature.slice(2))] = weight
  })
  return { bias: file.bias, threshold: file.threshold, weights, word, firstWord, cluster }
}

// Length buckets and span-count cap exactly as sentence-technique-features.ts writes them (a test checks the two agree).
const LENGTH_FEATURES = new Map([6, 12, 20, 32].map((b) => [b, 'len=' + b]))
const SPAN_FEATURES = ['spans=0', 'spans=1', 'spans=2', 'spans=3'] as const

const NEIGHBOUR_FEATURES = ['nb=0', 'nb=1', 'nb=2', 'nb=3'] as const

/**
 * P(the sentence of tokens [first, last] holds a propaganda technique): exactly the features of
 * `forEachSentenceTechniqueFeature`, from the split tables. `upstream` are the word-level spans, sorted by
 * start; `context` is `sentenceContext(tokens, upstream)`.
 */
export function sentenceTechniqueProbability(
  text: string,
  tokens: readonly WordToken[],
  first: number,
  last: number,
  upstream: readonly FramingSpan[],
  context: SentenceContext,
  model: SentenceTechniqueModel,
): number {
  let z = model.bias
  for (let k = first; k <= last; k++) {
    const token = tokens[k]!
    z += model.word.get(token.norm) ?? 0
    if (token.cluster >= 0) z += model.cluster[token.cluster]!
  }
  z += model.firstWord.get(tokens[first]!.norm) ?? 0
  const words = last - first + 1
  let length = 'len=long'
  for (const [b, name] of LENGTH_FEATURES) {
    if (words <= b) {
      length = name
      break
    }
  }
  const weights = model.weights
  z += weights.get(length) ?? 0
  const start = tokens[first]!.start
  const end = tokens[last]!.end
  const tail = text.charCodeAt(end)
  if (tail === 33) z += weights.get('exclaim') ?? 0
  if (tail === 63) z += weights.get('question') ?? 0
  if (hasQuoteMark(text, start, end + 1)) z += weights.get('quote') ?? 0
  let found = 0
  for (const span of upstream) {
    if (span.start >= end) break
    if (span.end > start) {
      z += weights.get('lx=' + span.technique) ?? 0
      found += 1
    }
  }
  z += weights.get(SPAN_FEATURES[Math.min(found, 3)]!) ?? 0
  const s = tokens[first]!.sentence
  z += weights.get(NEIGHBOUR_FEATURES[Math.min((context.spans[s - 1] ?? 0) + (context.spans[s + 1] ?? 0), 3)]!) ?? 0
  z += weights.get(densityFeature(context.density)) ?? 0
  return 1 / (1 + Math.exp(-z))
}

/** Same test as /["“”]/ on text.slice(from, to), without the slice. */
function hasQuoteMark(text: string, from: number, to: number): boolean {
  const stop = Math.min(to, text.length)
  for (let k = from; k < stop; k++) {
    const c = text.charCodeAt(k)
    if (c === 34 || c === 0x201c || c === 0x201d) return true
  }
  return false
}
