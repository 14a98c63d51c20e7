import type { FramingSpan } from '../../model/index.js'
import type { LoadedWordModel } from './loaded-word-model.js'
import { forEachSentenceFeature } from './sentence-features.js'
import type { WordToken } from './tokenize-words.js'
import type { Lookup } from './weight-table.js'

/** Weights of the sentence bias classifier as committed (parallel arrays: a large JSON object type would slow tsc). */
export interface SentenceBiasWeightsFile {
  readonly description: string
  readonly bias: number
  /** Probability at or above which a sentence is called biased. */
  readonly threshold: number
  readonly features: readonly string[]
  readonly weights: readonly number[]
}

/**
 * Logistic regression: P(sentence is biased | its words, their clusters, lexicon techniques in it, and the
 * loaded-word model's highest word probability in it).
 */
export interface SentenceBiasClassifier {
  readonly bias: number
  readonly threshold: number
  readonly weights: Lookup<number>
}

/** One sentence of a text with the classifier's verdict. */
export interface SentenceBias {
  /** UTF-16 offsets of the sentence's first and last word (half-open). */
  readonly start: number
  readonly end: number
  /** P(biased), 0–1, rounded to 2 decimals. */
  readonly probability: number
  readonly isBiased: boolean
}

export function loadSentenceBiasClassifier(file: SentenceBiasWeightsFile): SentenceBiasClassifier {
  if (file.features.length !== file.weights.length) throw new Error('framing: sentence-bias weights: features and weights differ in length')
  const weights = new Map<string, number>()
  file.features.forEach((feature, k) => weights.set(feature, file.weights[k]!))
  return { bias: file.bias, threshold: file.threshold, weights }
}

/**
 * P(biased) of the sentence made of tokens [first, last]; `lexiconSpans` are the lexicon's spans in the text,
 * `loadedWords` the loaded-word model whose highest word probability in the sentence is a feature (when given;
 * the committed classifier was trained with the committed model).
 */
export function sentenceBiasProbability(
  text: string,
  tokens: readonly WordToken[],
  first: number,
  last: number,
  lexiconSpans: readonly FramingSpan[],
  classifier: SentenceBiasClassifier,
  loadedWords?: LoadedWordModel,
): number {
  let z = classifier.bias
  forEachSentenceFeature(text, tokens, first, last, lexiconSpans, (feature) => (z += classifier.weights.get(feature) ?? 0), loadedWords)
  return 1 / (1 + Math.exp(-z))
}

/**
 * Classifies each sentence of a tokenised text (sentences as `tokenizeWords` numbers them), with the
 * loaded-word model's feature when `loadedWords` is given.
 */
export function classifySentences(
  text: string,
  tokens: readonly WordToken[],
  lexiconSpans: readonly FramingSpan[],
  classifier: SentenceBiasClassifier,
  loadedWords?: LoadedWordModel,
): SentenceBias[] {
  const out: SentenceBias[] = []
  let first = 0
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1]
    if (next !== undefined && next.sentence === tokens[i]!.sentence) continue
    const p = sentenceBiasProbability(text, tokens, first, i, lexiconSpans, classifier, loadedWords)
    out.push({ start: tokens[first]!.start, end: tokens[i]!.end, probability: Math.round(p * 100) / 100, isBiased: p >= classifier.threshold })
    first = i + 1
  }
  return out
}
