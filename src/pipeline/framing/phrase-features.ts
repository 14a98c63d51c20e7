import type { WordToken } from './tokenize-words.js'
import { wordCluster } from './word-clusters.js'

/** Offsets of the neighbouring words the phrase tagger looks at: two either side. */
export const PHRASE_WINDOW = [-2, -1, 0, 1, 2] as const

// Sentence length in words, bucketed (PTC: clause-level techniques sit in long sentences).
const LENGTH_BUCKETS = [6, 12, 24, 40] as const

/**
 * Calls `visit` with each feature of token `i` for the phrase tagger (is this word inside a propaganda span,
 * SemEval-2020 Task 11 span identification): the words and meaning clusters two either side, the pair of the
 * word before and the word, and features of the whole sentence (length, ends in ? or !, quotation marks).
 * Training (scripts/train) and detection share this function.
 * @example forEachPhraseFeature(text, tokens, 1, f => out.push(f))  // 'w0=vile', 'c0=212', 'w-1=a', ...
 */
export function forEachPhraseFeature(text: string, tokens: readonly WordToken[], i: number, sentence: SentenceShape, visit: (feature: string) => void): void {
  const token = tokens[i]!
  for (const d of PHRASE_WINDOW) {
    const other = tokens[i + d]
    const w = other === undefined || other.sentence !== token.sentence ? (d < 0 ? '<s>' : '</s>') : other.norm
    visit(`w${d}=${w}`)
    const c = wordCluster(w)
    if (c !== undefined) visit(`c${d}=${c}`)
  }
  const previous = tokens[i - 1]
  visit('pw=' + (previous === undefined || previous.sentence !== token.sentence ? '<s>' : previous.norm) + '|' + token.norm)
  if (token.afterPunctuation) visit('punct')
  for (const f of sentence.features) visit(f)
}

/** Features of a sentence every word of it shares. */
export interface SentenceShape {
  readonly features: readonly string[]
}

/** The shared features of the sentence made of tokens [first, last]. */
export function sentenceShape(text: string, tokens: readonly WordToken[], first: number, last: number): SentenceShape {
  const words = last - first + 1
  const features = ['slen=' + (LENGTH_BUCKETS.find((b) => words <= b) ?? 'long')]
  const end = tokens[last]!.end
  const tail = text.slice(end, end + 3)
  if (tail.includes('?')) features.push('sq')
  if (tail.includes('!')) features.push('sx')
  if (/["“”]/u.test(text.slice(tokens[first]!.start, end + 1))) features.push('squote')
  return { features }
}

/** Calls `visit(first, last)` for each sentence of tokens, as `tokenizeWords` numbers them. */
export function forEachSentence(tokens: readonly WordToken[], visit: (first: number, last: number) => void): void {
  let first = 0
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1]
    if (next !== undefined && next.sentence === tokens[i]!.sentence) continue
    visit(first, i)
    first = i + 1
  }
}
