import { FRAMING_TECHNIQUES, type FramingTechnique } from '../../model/index.js'
import { forEachShapeFeature, previousWord, type TokenRange } from './span-features.js'
import { readCompactWeights } from './read-compact-weights.js'
import type { WordToken } from './tokenize-words.js'
import { keysWithPrefix, prefixLookup, type Lookup, type WeightTable } from './weight-table.js'
import { CLUSTER_COUNT } from './word-clusters.js'

/** Weights of the technique classifier as committed: `weights[f * classes.length + c]` for feature f, class c. */
export interface TechniqueWeightsFile {
  readonly description: string
  readonly classes: readonly string[]
  readonly bias: readonly number[]
  readonly features: readonly string[]
  readonly weights: readonly number[]
}

/** A softmax-regression classifier: which SemEval technique a framing span most likely shows. */
export interface TechniqueClassifier {
  readonly classes: readonly FramingTechnique[]
  readonly bias: Float64Array
  /** Every feature's row of class weights, by the name `forEachSpanFeature` gives it. */
  readonly rows: Lookup<Float64Array>
  /**
   * The same rows split by feature kind, so scoring a span builds no feature strings (a span of 20 words
   * would build and hash 40): its words ("b="), their clusters ("bc=", by cluster), first ("f="), last ("l=")
   * and previous ("pre=") word. Maps for a classifier built from arrays; binary searches of the committed
   * sorted table for the English ones.
   */
  readonly tables: {
    readonly word: Lookup<Float64Array>
    readonly cluster: readonly (Float64Array | undefined)[]
    readonly first: Lookup<Float64Array>
    readonly last: Lookup<Float64Array>
    readonly previous: Lookup<Float64Array>
  }
}

const TECHNIQUES: ReadonlySet<string> = new Set(FRAMING_TECHNIQUES)

export function loadTechniqueClassifier(file: TechniqueWeightsFile): TechniqueClassifier {
  const n = file.classes.length
  for (const name of file.classes) if (!TECHNIQUES.has(name)) throw new Error(`framing: technique weights: unknown class ${name}`)
  if (file.bias.length !== n || file.weights.length !== file.features.length * n) throw new Error('framing: technique weights: wrong shape')
  const rows = new Map<string, Float64Array>()
  const tables = { word: new Map<string, Float64Array>(), cluster: new Array<Float64Array | undefined>(CLUSTER_COUNT), first: new Map<string, Float64Array>(), last: new Map<string, Float64Array>(), previous: new Map<string, Float64Array>() }
  file.features.forEach((feature, f) => {
    const row = Float64Array.from(file.weights.slice(f * n, (f + 1) * n))
    rows.set(feature, row)
    const eq = feature.indexOf('=')
    const kind = feature.slice(0, eq)
    const value = feature.slice(eq + 1)
    if (kind === 'b') tables.word.set(value, row)
    else if (kind === 'bc') tables.cluster[Number(value)] = row
    else if (kind === 'f') tables.first.set(value, row)
    else if (kind === 'l') tables.last.set(value, row)
    else if (kind === 'pre') tables.previous.set(value, row)
  })
  return { classes: file.classes as FramingTechnique[], bias: Float64Array.from(file.bias), rows, tables }
}

let englishSpans: TechniqueClassifier | undefined
let englishClauses: TechniqueClassifier | undefined

/** The committed English classifier of model spans (weights/techniques.en.compact.json), loaded on first use. */
export function englishTechniques(): TechniqueClassifier {
  englishSpans ??= compactTechniqueClassifier('techniques')
  return englishSpans
}

/** The committed English classifier of clause spans, trained on whole sentences, loaded on first use. */
export function englishClauseTechniques(): TechniqueClassifier {
  englishClauses ??= compactTechniqueClassifier('clause-techniques')
  return englishClauses
}

/** A classifier read from a compact sorted table (weight-table.ts): rows are parsed when first looked up. */
function compactTechniqueClassifier(name: 'techniques' | 'clause-techniques'): TechniqueClassifier {
  const file = readCompactWeights(name)
  for (const technique of file.classes) if (!TECHNIQUES.has(technique)) throw new Error(`framing: technique weights: unknown class ${technique}`)
  const table: WeightTable = file.table
  const row = (t: WeightTable, i: number): Float64Array => t.rowAt(i)
  const cluster = new Array<Float64Array | undefined>(CLUSTER_COUNT)
  for (const [value, i] of keysWithPrefix(table, 'bc=')) cluster[Number(value)] = table.rowAt(i)
  return {
    classes: file.classes as FramingTechnique[],
    bias: Float64Array.from(file.bias),
    rows: prefixLookup(table, '', row),
    tables: { word: prefixLookup(table, 'b=', row), cluster, first: prefixLookup(table, 'f=', row), last: prefixLookup(table, 'l=', row), previous: prefixLookup(table, 'pre=', row) },
  }
}

/** Class probabilities for a span, in `classifier.classes` order. */
export function techniqueProbabilities(text: string, tokens: readonly WordToken[], range: TokenRange, classifier: TechniqueClassifier): Float64Array {
  const scores = Float64Array.from(classifier.bias)
  const add = (row: Float64Array | undefined): void => {
    if (row !== undefined) for (let c = 0; c < scores.length; c++) scores[c]! += row[c]!
  }
  // The features of forEachSpanFeature, read from the split tables (a test checks the two agree).
  const t = classifier.tables
  for (let k = range.first; k <= range.last; k++) {
    const token = tokens[k]!
    add(t.word.get(token.norm))
    if (token.cluster >= 0) add(t.cluster[token.cluster])
  }
  add(t.first.get(tokens[range.first]!.norm))
  add(t.last.get(tokens[range.last]!.norm))
  add(t.previous.get(previousWord(tokens, range)))
  forEachShapeFeature(text, tokens, range, (feature) => add(classifier.rows.get(feature)))
  const max = Math.max(...scores)
  let sum = 0
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c]! - max)
    sum += scores[c]!
  }
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum
  return scores
}

/** The most likely technique of a span and its probability. */
export function classifyTechnique(
  text: string,
  tokens: readonly WordToken[],
  range: TokenRange,
  classifier: TechniqueClassifier,
): { technique: FramingTechnique; probability: number } {
  const p = techniqueProbabilities(text, tokens, range, classifier)
  let best = 0
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c
  return { technique: classifier.classes[best]!, probability: p[best]! }
}
