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
  // Lexicon and loaded-word spans nearby: PTC spans grow around loaded words and labels ("the [corrupt] establishment elites").
  if (sentence.lexicon !== undefined) {
    if (sentence.lexicon[i] === 1) visit('lex0')
    else {
      let near = false
      for (let k = i - 3; k <= i + 3 && !near; k++) near = sentence.lexicon[k] === 1 && tokens[k]!.sentence === token.sentence
      if (near) visit('lexnear')
    }
  }
}

/** Features of a sentence every word of it shares. */
export interface SentenceShape {
  readonly features: readonly string[]
  /** Per token of the text: 1 inside a lexicon or loaded-word span (see `markTokens`). */
  readonly lexicon?: Uint8Array
}

/** The shared features of the sentence made of tokens [first, last]. */
export function sentenceShape(text: string, tokens: readonly WordToken[], first: number, last: number, lexicon?: Uint8Array): SentenceShape {
  const words = last - first + 1
  const features = ['slen=' + (LENGTH_BUCKETS.find((b) => words <= b) ?? 'long')]
  const end = tokens[last]!.end
  const tail = text.slice(end, end + 3)
  if (tail.includes('?')) features.push('sq')
  if (tail.includes('!')) features.push('sx')
  if (/["“”]/u.test(text.slice(tokens[first]!.start, end + 1))) features.push('squote')
  if (lexicon !== undefined) {
    let hits = 0
    for (let k = first; k <= last; k++) hits += lexicon[k]!
    if (hits > 0) features.push('slex')
    return { features, lexicon }
  }
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

/** Per token: 1 when the token overlaps one of the spans. */
export function markTokens(tokens: readonly WordToken[], spans: readonly { readonly start: number; readonly end: number }[]): Uint8Array {
  const marks = new Uint8Array(tokens.length)
  if (spans.length === 0) return marks
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  let s = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    while (s < sorted.length && sorted[s]!.end <= token.start) s++
    // Spans do not overlap (resolveOverlaps) except in tests; check the next few for safety.
    for (let k = s; k < sorted.length && sorted[k]!.start < token.end; k++) {
      if (sorted[k]!.end > token.start) {
        marks[i] = 1
        break
      }
    }
  }
  return marks
}
