import type { FramingSpan } from '../../model/index.js'
import { highestLoadedWordProbability, type LoadedWordModel } from './loaded-word-model.js'
import type { WordToken } from './tokenize-words.js'

// Sentence length in words, bucketed: short headlines and long reported-speech sentences differ in base rate.
const LENGTH_BUCKETS = [8, 16, 32] as const

/**
 * Calls `visit` with each feature of the sentence made of tokens [first, last] for the sentence bias
 * classifier: its words, the meaning clusters of its words, the techniques of the lexicon
 * spans inside it, its length bucket and punctuation, and (when a loaded-word model is given) the model's
 * highest raw word probability in it, in twentieths. Training (scripts/train) and detection share it.
 * @example forEachSentenceFeature(text, tokens, 0, 3, [], f => out.push(f))  // 'u=the', 'c=17', 'u=bizarre', ...
 */
export function forEachSentenceFeature(
  text: string,
  tokens: readonly WordToken[],
  first: number,
  last: number,
  lexiconSpans: readonly FramingSpan[],
  visit: (feature: string) => void,
  loadedWords?: LoadedWordModel,
): void {
  // No word pairs: in five-fold CV on BABE dev they lowered macro-F1 (0.739 without, 0.731 with); the
  // clusters matter most (0.704 without).
  for (let k = first; k <= last; k++) {
    const token = tokens[k]!
    visit('u=' + token.norm)
    if (token.cluster >= 0) visit('c=' + token.cluster)
  }
  const start = tokens[first]!.start
  const end = tokens[last]!.end
  for (const span of lexiconSpans) if (span.start < end && span.end > start) visit('lx=' + span.technique)
  const words = last - first + 1
  visit('len=' + (LENGTH_BUCKETS.find((b) => words <= b) ?? 'long'))
  const tail = text.charCodeAt(end)
  if (tail === 33) visit('exclaim')
  if (tail === 63) visit('question')
  if (/["“”]/u.test(text.slice(start, end + 1))) visit('quote')
  // How loaded is its most loaded word, by the loaded-word tagger (raw p, also below the tagger's threshold)?
  // It replaced the sentence technique model's p in tenths ('st='): over 6 fold assignments × 4 seeds of
  // five-fold CV on BABE dev, each with the fold's own tagger, macro-F1 0.747 (st) → 0.758 (this), 0.766 with
  // the opinion augmentation of scripts/train/train-sentence-bias.ts (scratch/babe-exp), and no sentence
  // technique model to run. Twentieths did better than tenths (0.753).
  if (loadedWords !== undefined) visit('lwraw20=' + Math.min(19, Math.floor(highestLoadedWordProbability(tokens, first, last, loadedWords) * 20)))
}
