import type { FramingSpan } from '../../model/index.js'
import type { WordToken } from './tokenize-words.js'

// Sentence length in words, bucketed: PTC's clause-level techniques (Doubt, Appeal to fear) sit in long sentences.
const LENGTH_BUCKETS = [6, 12, 20, 32] as const
// Word-level spans per sentence over the whole text, bucketed (see `SentenceContext.density`).
const DENSITY_BUCKETS = [0, 0.25, 0.5, 1] as const

/** What the sentence technique model reads from the rest of the text, computed once per text. */
export interface SentenceContext {
  /** Per sentence index (`WordToken.sentence`): the word-level spans that overlap it. */
  readonly spans: Int32Array
  /**
   * Word-level spans per sentence in the whole text: a loaded text is more likely to hold a clause-level
   * technique in any sentence (five-fold CV: PTC span F1 +0.005, and clause spans on BABE's non-biased
   * sentences 141 → 53, with the neighbours' count below).
   */
  readonly density: number
}

/** The context of a tokenised text with its word-level spans (`upstream`). */
export function sentenceContext(tokens: readonly WordToken[], upstream: readonly FramingSpan[]): SentenceContext {
  const sentences = tokens.length === 0 ? 0 : tokens[tokens.length - 1]!.sentence + 1
  const spans = new Int32Array(sentences)
  for (const span of upstream) {
    // First token ending after the span's start (binary search), then every sentence the span reaches.
    let lo = 0
    let hi = tokens.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (tokens[mid]!.end <= span.start) lo = mid + 1
      else hi = mid
    }
    let previous = -1
    for (let k = lo; k < tokens.length && tokens[k]!.start < span.end; k++) {
      const s = tokens[k]!.sentence
      if (s !== previous) spans[s]! += 1
      previous = s
    }
  }
  return { spans, density: sentences === 0 ? 0 : upstream.length / sentences }
}

/** The density feature's name: a bucket of word-level spans per sentence. */
export function densityFeature(density: number): string {
  let bucket: number = DENSITY_BUCKETS.length
  for (let b = 0; b < DENSITY_BUCKETS.length; b++) {
    if (density <= DENSITY_BUCKETS[b]!) {
      bucket = b
      break
    }
  }
  return 'dens=' + bucket
}

/**
 * Calls `visit` with each feature of the sentence made of tokens [first, last] for the sentence technique
 * model (does this sentence hold a propaganda technique, SemEval-2020 Task 11?): its words, their meaning
 * clusters, its first word, length bucket and punctuation, the techniques of the lexicon and loaded-word
 * spans already found in it (`upstream`), how many such spans its neighbouring sentences hold, and how
 * loaded the whole text is (`context`). Training (scripts/train) and detection share it.
 * @example forEachSentenceTechniqueFeature(text, tokens, 0, 3, [], sentenceContext(tokens, []), f => out.push(f))  // 'u=they', 'c=17', ...
 */
export function forEachSentenceTechniqueFeature(
  text: string,
  tokens: readonly WordToken[],
  first: number,
  last: number,
  upstream: readonly FramingSpan[],
  context: SentenceContext,
  visit: (feature: string) => void,
): void {
  for (let k = first; k <= last; k++) {
    const token = tokens[k]!
    visit('u=' + token.norm)
    if (token.cluster >= 0) visit('c=' + token.cluster)
  }
  visit('f=' + tokens[first]!.norm)
  const words = last - first + 1
  visit('len=' + (LENGTH_BUCKETS.find((b) => words <= b) ?? 'long'))
  const start = tokens[first]!.start
  const end = tokens[last]!.end
  const tail = text.charCodeAt(end)
  if (tail === 33) visit('exclaim')
  if (tail === 63) visit('question')
  if (/["“”]/u.test(text.slice(start, end + 1))) visit('quote')
  let found = 0
  for (const span of upstream) {
    if (span.start < end && span.end > start) {
      visit('lx=' + span.technique)
      found += 1
    }
  }
  visit('spans=' + Math.min(found, 3))
  const s = tokens[first]!.sentence
  visit('nb=' + Math.min((context.spans[s - 1] ?? 0) + (context.spans[s + 1] ?? 0), 3))
  visit(densityFeature(context.density))
}
