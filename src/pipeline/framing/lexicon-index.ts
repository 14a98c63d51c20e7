import { matchesWord, type Lexicon, type LexiconEntry, type WordPattern } from './lexicon.js'
import type { WordToken } from './tokenize-words.js'

/** One lexicon term found in the text: tokens [first, last] inclusive. */
export interface LexiconHit {
  readonly entry: LexiconEntry
  readonly first: number
  readonly last: number
  /**
   * True when an exclusion cancelled the match ("claimed responsibility"): no span, but the words are still
   * kept from the learned model, which would otherwise flag "claimed" on its own.
   */
  readonly isExcluded: boolean
}

interface Candidate {
  readonly entry: LexiconEntry
  readonly words: readonly WordPattern[]
}

/** Lexicon terms indexed by their first word, so a token costs one or two map look-ups. */
export interface LexiconIndex {
  readonly exact: ReadonlyMap<string, readonly Candidate[]>
  /** Prefix terms ("диктатор*") keyed by their first PREFIX_KEY characters. */
  readonly prefix: ReadonlyMap<string, readonly Candidate[]>
}

// Prefix patterns shorter than this would match half the language ("з*"); the shortest stem in the lexicons is 3.
const PREFIX_KEY = 3

/** Builds the first-word index of one or more lexicons. */
export function buildLexiconIndex(lexicons: readonly Lexicon[]): LexiconIndex {
  const exact = new Map<string, Candidate[]>()
  const prefix = new Map<string, Candidate[]>()
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) {
      for (const words of entry.terms) {
        const head = words[0]
        if (head === undefined) continue
        if (head.isPrefix && head.text.length < PREFIX_KEY) {
          throw new Error(`framing: entry ${entry.id}: prefix "${head.text}*" is shorter than ${PREFIX_KEY} characters`)
        }
        const map = head.isPrefix ? prefix : exact
        const key = head.isPrefix ? head.text.slice(0, PREFIX_KEY) : head.text
        const list = map.get(key) ?? []
        list.push({ entry, words })
        map.set(key, list)
      }
    }
  }
  // Longest term first, so "so called" wins over "so" and "prime minister" over "prime".
  for (const list of [...exact.values(), ...prefix.values()]) list.sort((a, b) => b.words.length - a.words.length)
  return { exact, prefix }
}

/**
 * Finds every lexicon term in the tokens, at most one per start token per role (the longest), within one sentence.
 * Matches cancelled by an exclusion (`notAfterWords`, `notBeforeWords`) come back with `isExcluded`.
 */
export function findLexiconHits(tokens: readonly WordToken[], index: LexiconIndex): LexiconHit[] {
  const hits: LexiconHit[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const exact = index.exact.get(token.norm)
    const prefix = token.norm.length >= PREFIX_KEY ? index.prefix.get(token.norm.slice(0, PREFIX_KEY)) : undefined
    if (exact === undefined && prefix === undefined) continue
    const seenRoles = new Set<string>()
    for (const list of [exact, prefix]) {
      if (list === undefined) continue
      for (const candidate of list) {
        const { entry } = candidate
        if (seenRoles.has(entry.role)) continue
        const last = matchAt(tokens, i, candidate.words)
        if (last < 0) continue
        seenRoles.add(entry.role)
        hits.push({ entry, first: i, last, isExcluded: isExcluded(tokens, i, last, entry) })
      }
    }
  }
  return hits
}

function matchAt(tokens: readonly WordToken[], start: number, words: readonly WordPattern[]): number {
  const sentence = tokens[start]!.sentence
  for (let k = 0; k < words.length; k++) {
    const token = tokens[start + k]
    if (token === undefined || token.sentence !== sentence || !matchesWord(words[k]!, token.norm)) return -1
    // "so, called" is not "so called": a phrase may not run across punctuation.
    if (k > 0 && token.afterPunctuation) return -1
  }
  return start + words.length - 1
}

function isExcluded(tokens: readonly WordToken[], first: number, last: number, entry: LexiconEntry): boolean {
  const sentence = tokens[first]!.sentence
  const before = entry.notAfterWords.some((words) => {
    const from = first - words.length
    return from >= 0 && tokens[from]!.sentence === sentence && matchAt(tokens, from, words) === first - 1
  })
  if (before) return true
  const after = entry.notBeforeWords.some((words) => {
    const next = tokens[last + 1]
    return next !== undefined && next.sentence === sentence && matchAt(tokens, last + 1, words) >= 0
  })
  return after || (entry.notInSentenceWith.length > 0 && isInSentenceWith(tokens, first, entry.notInSentenceWith))
}

/** True when a token of the sentence of `tokens[at]` matches one of `words`. */
function isInSentenceWith(tokens: readonly WordToken[], at: number, words: readonly WordPattern[]): boolean {
  const sentence = tokens[at]!.sentence
  for (const step of [-1, 1]) {
    for (let k = at + step; k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence; k += step) {
      if (words.some((word) => matchesWord(word, tokens[k]!.norm))) return true
    }
  }
  return false
}
