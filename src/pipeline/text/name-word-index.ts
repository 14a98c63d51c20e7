import { nameKeys } from './fold.js'
import { INFLECTING_LANGUAGES } from './name-inflection.js'

/**
 * An index of name words that answers "which of them may be spellings of this word" (`isSameNameWord`) without
 * comparing the word with every entry: a long text has thousands of distinct names, and comparing all pairs made
 * entity merging and surname tests quadratic (41 % of comparing a 512k-character text's halves).
 *
 * It returns a superset, in ascending entry order; callers test each candidate with `isSameNameWord` as before, so
 * the answers (and which entry is found first) are those of a scan over every entry. Two words are one name when
 * some pair of their keys (`nameKeys`) is the same key or, for keys of 6+ letters, within one edit per five
 * letters of the longer (`isSameKey` in fold.ts). So a candidate shares with the word:
 * - a key, or
 * - for keys up to 14 letters (at most two edits allowed): a key left the same after deleting at most one letter
 *   (two, for keys of 8+ letters, the only ones two edits can join) from each key — keys one edit apart always do;
 * - for pairs whose longer key has 15+ letters: a length near enough. There the capped edit distance of
 *   `isSameKey` accepts any pair whose lengths pass (it reports "more than 2", which is within the allowance), so
 *   only length can rule a pair out; both keys then have 12+ letters, a small share of names.
 *
 * @example const index = nameWordIndex(); index.add(0, 'Lukashenko'); index.candidates('Łukaszenka')  // [0]
 */
export function nameWordIndex(): NameWordIndex {
  const byKey = new Map<string, number[]>()
  // Deletion variants are hashed (32-bit): a collision only adds a candidate, which the caller's test rejects.
  const byVariant = new Map<number, number[]>()
  const longByLength = new Map<number, number[]>()
  return {
    add(id, word, lang) {
      for (const key of keysOf(word, lang)) {
        pushOnce(byKey, key, id)
        if (key.length >= MIN_NEAR && key.length <= MAX_DELETION) forEachVariant(key, (hash) => pushOnce(byVariant, hash, id))
        if (key.length >= MIN_LONG) pushOnce(longByLength, key.length, id)
      }
    },
    candidates(word, lang) {
      const found = new Set<number>()
      const take = (ids: readonly number[] | undefined): void => {
        if (ids) for (const id of ids) found.add(id)
      }
      for (const key of keysOf(word, lang)) {
        take(byKey.get(key))
        if (key.length >= MIN_NEAR && key.length <= MAX_DELETION) forEachVariant(key, (hash) => take(byVariant.get(hash)))
        if (key.length >= MIN_LONG) {
          for (const [length, ids] of longByLength) if (isLongPairLength(key.length, length)) take(ids)
        }
      }
      return [...found].sort((a, b) => a - b)
    },
  }
}

export interface NameWordIndex {
  /** Adds entry `id` (ids are the caller's, e.g. positions in its list) under the name word, read in `lang` (none: any). */
  add(id: number, word: string, lang?: string): void
  /** Entries that may be spellings of `word` (read in `lang`; none: any): a superset, ascending, each id once. */
  candidates(word: string, lang?: string): number[]
}

// Keys shorter than 6 letters must match exactly, so a near pair has a longer key of 6+ and the other 5+.
const MIN_NEAR = 5
// One edit per five letters: up to 14 letters that is at most two, found by deleting letters.
const MAX_DELETION = 14
// Two edits need a key of 10+ letters, so both keys of such a pair have 8+.
const MIN_TWO_EDITS = 8
// A pair whose longer key has 15+ letters allows 3+ edits; its shorter key has at least 15 - 3 letters.
const MIN_LONG = 12
const MIN_UNCAPPED = 15

/**
 * The keys of a word in every reading `isSameNameWord` may give it. A word without a language is read in its
 * partner's (`isSameNameWord(a, b, 'ru', undefined)` reads b as Russian), so it gets the keys of every reading.
 */
function keysOf(word: string, lang: string | undefined): Set<string> {
  if (lang !== undefined) return new Set(nameKeys(word, lang))
  return new Set([undefined, ...INFLECTING_LANGUAGES].flatMap((reading) => nameKeys(word, reading)))
}

/** Whether keys of these lengths can be near with the longer one of 15+ letters (the length test of isSameKey). */
function isLongPairLength(a: number, b: number): boolean {
  const longest = Math.max(a, b)
  return longest >= MIN_UNCAPPED && Math.abs(a - b) <= Math.floor(longest / 5)
}

/** Calls `visit` with the hash of the key and of every string left by deleting one letter (two from 8+ letters). */
function forEachVariant(key: string, visit: (hash: number) => void): void {
  const n = key.length
  visit(hashWithout(key, -1, -1))
  for (let i = 0; i < n; i++) {
    visit(hashWithout(key, i, -1))
    if (n >= MIN_TWO_EDITS) for (let j = i + 1; j < n; j++) visit(hashWithout(key, i, j))
  }
}

/** FNV-1a over the UTF-16 units of `key` except positions `skipA` and `skipB`, and its length. */
function hashWithout(key: string, skipA: number, skipB: number): number {
  let hash = 0x811c9dc5
  let length = 0
  for (let k = 0; k < key.length; k++) {
    if (k === skipA || k === skipB) continue
    hash = Math.imul(hash ^ key.charCodeAt(k), 0x01000193)
    length++
  }
  return Math.imul(hash ^ length, 0x01000193) >>> 0
}

/** Appends `id` unless it is the last one there: one word's keys and deletions often land on the same list. */
function pushOnce<K>(lists: Map<K, number[]>, key: K, id: number): void {
  const list = lists.get(key)
  if (list === undefined) lists.set(key, [id])
  else if (list[list.length - 1] !== id) list.push(id)
}
