import { FRAMING_TECHNIQUES, type FramingTechnique } from '../../model/index.js'
import { forEachSpanFeature, type TokenRange } from './span-features.js'
import type { WordToken } from './tokenize-words.js'

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
  readonly rows: ReadonlyMap<string, Float64Array>
}

const TECHNIQUES: ReadonlySet<string> = new Set(FRAMING_TECHNIQUES)

export function loadTechniqueClassifier(file: TechniqueWeightsFile): TechniqueClassifier {
  const n = file.classes.length
  for (const name of file.classes) if (!TECHNIQUES.has(name)) throw new Error(`framing: technique weights: unknown class ${name}`)
  if (file.bias.length !== n || file.weights.length !== file.features.length * n) throw new Error('framing: technique weights: wrong shape')
  const rows = new Map<string, Float64Array>()
  file.features.forEach((feature, f) => rows.set(feature, Float64Array.from(file.weights.slice(f * n, (f + 1) * n))))
  return { classes: file.classes as FramingTechnique[], bias: Float64Array.from(file.bias), rows }
}

/** Class probabilities for a span, in `classifier.classes` order. */
export function techniqueProbabilities(text: string, tokens: readonly WordToken[], range: TokenRange, classifier: TechniqueClassifier): Float64Array {
  const scores = Float64Array.from(classifier.bias)
  forEachSpanFeature(text, tokens, range, (feature) => {
    const row = classifier.rows.get(feature)
    if (row !== undefined) for (let c = 0; c < scores.length; c++) scores[c]! += row[c]!
  })
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
