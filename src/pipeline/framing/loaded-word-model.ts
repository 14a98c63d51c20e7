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
    const token = tokens[i]!
    const p = covered[i] === 1 || !isCandidate(tokens, i, model) ? 0 : loadedWordProbability(tokens, i, model)
    const flagged = p >= model.threshold
    if (runStart >= 0 && (!flagged || token.afterPunctuation || token.sentence !== tokens[runStart]!.sentence)) close(i - 1)
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

// Function words and numbers are never loaded on their own; the model may still use them as context.
const FUNCTION_WORDS = new Set(
  'the a an and or but of to in on at by for with from as is are was were be been being it its this that these those he she they we you i his her their our your not no so if than then there here who whom which what when where why how all any some such very also just only more most much many can could would should will shall may might must do does did has have had'.split(' '),
)

/**
 * Words the model may flag: a word it has a weight for (an unseen word's probability rests on context and
 * suffix alone and came out near 0.45 for harmless words like "musical"), not a function word, not a number,
 * not an abbreviation like "ed", and not a capitalised word inside a sentence (a name: "Union", "Forces").
 */
function isCandidate(tokens: readonly WordToken[], i: number, model: LoadedWordModel): boolean {
  const token = tokens[i]!
  if (token.norm.length < 3 || FUNCTION_WORDS.has(token.norm) || /^\p{N}/u.test(token.norm)) return false
  if (!model.weights.has('w=' + token.norm)) return false
  const startsSentence = i === 0 || tokens[i - 1]!.sentence !== token.sentence
  return !token.isCapitalized || startsSentence
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
