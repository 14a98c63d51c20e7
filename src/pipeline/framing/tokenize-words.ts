import { wordCluster } from './word-clusters.js'

/** A word of the input with its UTF-16 offsets and a matching form. */
export interface WordToken {
  readonly start: number
  readonly end: number
  readonly text: string
  /** Lower-cased, curly apostrophe folded to "'": the form lexicons and model features use. */
  readonly norm: string
  /** First letter is upper case ("Russian", "NATO"); used to spot demonyms and proper names. */
  readonly isCapitalized: boolean
  /** Index of the sentence the word belongs to (sentence ends at . ! ? or a line break). */
  readonly sentence: number
  /** True when something other than spaces (a comma, a quote mark) stands between the previous word and this one. */
  readonly afterPunctuation: boolean
  /** The meaning cluster of `norm` (wordCluster), or -1: looked up once here, read by every model per token. */
  readonly cluster: number
}

// Letters and digits, keeping inner hyphens and apostrophes: "self-proclaimed", "so-called", "Putin's" stay one word.
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu
const GAP_SPACES = 0
const GAP_PUNCTUATION = 1
const GAP_BOUNDARY = 2

/**
 * What stands between two words, without slicing the text (this runs once per word): only spaces, other
 * characters, or a sentence boundary (terminal punctuation or a line break).
 */
function scanGap(text: string, from: number, to: number): number {
  let kind = GAP_SPACES
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c === 46 || c === 33 || c === 63 || c === 10) return GAP_BOUNDARY // . ! ? \n
    if (c !== 32 && c !== 9 && c !== 160) kind = GAP_PUNCTUATION
  }
  return kind
}

/**
 * Splits text into word tokens with offsets. Punctuation is skipped but still ends sentences.
 * @example tokenizeWords('Hi, Bob.')  // [{ text: 'Hi', start: 0, ... }, { text: 'Bob', start: 4, ... }]
 */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = []
  let sentence = 0
  let lastEnd = 0
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    const gap = scanGap(text, lastEnd, start)
    if (tokens.length > 0 && gap === GAP_BOUNDARY) sentence += 1
    const word = match[0]
    const first = word[0] ?? ''
    const lower = word.toLowerCase()
    const norm = lower.includes('’') ? lower.replaceAll('’', "'") : lower
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      norm,
      isCapitalized: first !== first.toLowerCase(),
      sentence,
      afterPunctuation: tokens.length > 0 && gap !== GAP_SPACES,
      cluster: wordCluster(norm) ?? -1,
    })
    lastEnd = start + word.length
  }
  return tokens
}
