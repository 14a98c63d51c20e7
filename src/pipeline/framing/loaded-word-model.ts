import type { FramingSpan } from '../../model/index.js'
import type { WordToken } from './tokenize-words.js'
import { describeFeature, forEachFeature } from './word-features.js'

/** Weights of the loaded-word tagger as committed (arrays, not an object: a 30k-key JSON type would slow tsc). */
export interface LoadedWordWeightsFile {
  readonly description: string
  readonly bias: number
  /** Probability at or above which a word is flagged. */
  readonly threshold: number
  readonly features: readonly string[]
  readonly weights: readonly number[]
}

/** A logistic-regression tagger: P(word is loaded | features) = σ(bias + Σ weights). */
export interface LoadedWordModel {
  readonly bias: number
  readonly threshold: number
  readonly weights: ReadonlyMap<string, number>
}

/** Builds the look-up model from the committed weights file. */
export function loadLoadedWordModel(file: LoadedWordWeightsFile): LoadedWordModel {
  if (file.features.length !== file.weights.length) throw new Error('framing: loaded-word weights: features and weights differ in length')
  const weights = new Map<string, number>()
  file.features.forEach((feature, k) => weights.set(feature, file.weights[k]!))
  return { bias: file.bias, threshold: file.threshold, weights }
}

/** Probability that token `i` is a loaded word. */
export function loadedWordProbability(tokens: readonly WordToken[], i: number, model: LoadedWordModel): number {
  let z = model.bias
  forEachFeature(tokens, i, (feature) => {
    z += model.weights.get(feature) ?? 0
  })
  return 1 / (1 + Math.exp(-z))
}

/**
 * Flags words the model scores at or above its threshold, skipping tokens already covered by a lexicon span
 * (`covered[i]`); adjacent flagged words in one sentence form one span.
 */
export function loadedWordSpans(text: string, tokens: readonly WordToken[], model: LoadedWordModel, covered: Uint8Array): FramingSpan[] {
  const spans: FramingSpan[] = []
  let runStart = -1
  let runBest = 0
  let runBestIndex = -1
  const close = (last: number): void => {
    if (runStart < 0) return
    spans.push(modelSpan(text, tokens, runStart, last, runBest, runBestIndex, model))
    runStart = -1
  }
  for (let i = 0; i < tokens.length; i++) {
    const p = covered[i] === 1 ? 0 : loadedWordProbability(tokens, i, model)
    const flagged = p >= model.threshold
    if (runStart >= 0 && (!flagged || tokens[i]!.sentence !== tokens[runStart]!.sentence)) close(i - 1)
    if (!flagged) continue
    if (runStart < 0) {
      runStart = i
      runBest = 0
    }
    if (p > runBest) {
      runBest = p
      runBestIndex = i
    }
  }
  close(tokens.length - 1)
  return spans
}

function modelSpan(text: string, tokens: readonly WordToken[], first: number, last: number, p: number, best: number, model: LoadedWordModel): FramingSpan {
  const start = tokens[first]!.start
  const end = tokens[last]!.end
  const cues: { feature: string; weight: number }[] = []
  forEachFeature(tokens, best, (feature) => {
    const weight = model.weights.get(feature) ?? 0
    if (weight > 0) cues.push({ feature, weight })
  })
  cues.sort((a, b) => b.weight - a.weight)
  const why = cues
    .slice(0, 2)
    .map((cue) => `${describeFeature(cue.feature)} (+${cue.weight.toFixed(2)})`)
    .join(', ')
  const phrase = text.slice(start, end)
  return {
    start,
    end,
    text: phrase,
    technique: 'loaded-language',
    explanation: `loaded word: "${phrase}" — a model trained on words annotators marked as loaded in news (BABE, BASIL, PTC) gives p=${p.toFixed(2)}; strongest cues: ${why} [model loaded-words.en]`,
    confidence: Math.round(p * 100) / 100,
  }
}
