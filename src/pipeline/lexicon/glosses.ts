import type { LexiconLanguage } from './language.js'
import { lexiconFile } from './lexicon-data.js'
import { memoizeByKey } from '../memoize.js'
import { normalizeWord, stemCandidates } from './stem-word.js'
import { SUFFIX_RULES } from './suffix-rules.js'
import { isStopword } from './is-stopword.js'

const NONE: readonly string[] = Object.freeze([])

/**
 * Stem → its glosses as written ("missile rocket"), parsed the first time a language is looked up. The glosses
 * are split only for stems a text meets: building 40,000 arrays up front would double the load time.
 */
const glossMap = memoizeByKey((lang: LexiconLanguage): ReadonlyMap<string, string> => {
  const map = new Map<string, string>()
  const entries = lexiconFile(lang).entries
  let i = 0
  while (i < entries.length) {
    let end = entries.indexOf('|', i)
    if (end < 0) end = entries.length
    const space = entries.indexOf(' ', i)
    if (space > i && space < end) map.set(entries.slice(i, space), entries.slice(space + 1, end))
    i = end + 1
  }
  return map
})

/**
 * English lemmas (lower-case single words, most likely first, at most 5) that translate a word form of `lang`;
 * [] for a function word or an unknown word. Any inflected form works: the word is stemmed the way the
 * dictionary headwords were. Ukrainian and Belarusian words missing from their lexicons are tried as Russian
 * cognates ("ракети" → "ракеты"), German compounds by their head ("Raketenabwehr" → "Abwehr").
 *
 * @example englishGlosses('ru', 'ракетами') // ["rocket", "missile", …]
 */
export function englishGlosses(lang: LexiconLanguage, word: string): readonly string[] {
  const cache = cacheOf(lang)
  let glosses = cache.get(word)
  if (glosses === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear()
    glosses = findGlosses(lang, word)
    cache.set(word, glosses)
  }
  return glosses
}

/**
 * Look-ups remembered per language: news text repeats its words, so most hit (the dev texts: 4x faster). Emptied
 * at CACHE_LIMIT words, which keeps memory bounded (a few MB) on any input.
 */
const CACHE_LIMIT = 50_000
const cacheOf = memoizeByKey((_lang: LexiconLanguage) => new Map<string, readonly string[]>())

function findGlosses(lang: LexiconLanguage, word: string): readonly string[] {
  if (isStopword(lang, word)) return NONE
  const found = lookUp(glossMap(lang), lang, word)
  if (found) return found
  if (lang === 'uk' || lang === 'be') {
    const cognate = cognateGlosses(lang, word)
    // A superlative is its comparative after "най-" ("найбільший" → "більший", big; "найкращий" → "кращий").
    const lower = word.toLowerCase()
    if (cognate.length > 0 || !lower.startsWith('най') || lower.length < 7) return cognate
    return englishGlosses(lang, lower.slice(3))
  }
  if (lang === 'de') return compoundHeadGlosses(word)
  if (lang === 'pl') return alternationGlosses(word)
  return NONE
}

const PL_VOWELS = new Set('aąeęioóuy')

/**
 * A Polish word whose stem changes a vowel between its forms, looked up by the dictionary form's vowel: ę in the
 * last syllable for ą ("miesięcy" → "miesiąc"), o for ó ("stołu" → "stół", "dochodu" → "dochód"), and the mobile e
 * or ie of the last syllable ("kabla" → "kabel", "węgla" → "węgiel"). Tried only when no stem is found as it is,
 * so no word that has an entry of its own is read as another.
 */
function alternationGlosses(word: string): readonly string[] {
  const map = glossMap('pl')
  for (const stem of stemCandidates('pl', word)) {
    for (const variant of alternations(stem)) {
      const found = map.get(variant)
      if (found !== undefined) return Object.freeze(found.split(' '))
    }
  }
  return NONE
}

function alternations(stem: string): string[] {
  const out: string[] = []
  const lastE = stem.lastIndexOf('ę')
  if (lastE >= 0) out.push(`${stem.slice(0, lastE)}ą${stem.slice(lastE + 1)}`)
  const lastO = stem.lastIndexOf('o')
  if (lastO >= 0 && lastO >= stem.length - 3) out.push(`${stem.slice(0, lastO)}ó${stem.slice(lastO + 1)}`)
  const [before, last] = [stem.at(-2), stem.at(-1)]
  if (before !== undefined && last !== undefined && !PL_VOWELS.has(before) && !PL_VOWELS.has(last)) {
    out.push(`${stem.slice(0, -1)}e${last}`, `${stem.slice(0, -1)}ie${last}`)
  }
  return out
}

// East Slavic spelling differences that most often separate a Ukrainian or Belarusian word from its Russian
// cognate, letter for letter: "військо" → "вийсько" is not Russian, but "ракети" → "ракеты", "загроза" → "загроза".
const TO_RUSSIAN: Readonly<Record<'uk' | 'be', ReadonlyMap<string, string>>> = {
  uk: new Map([['і', 'и'], ['и', 'ы'], ['ї', 'и'], ['є', 'е'], ['ґ', 'г']]),
  be: new Map([['і', 'и'], ['ў', 'в'], ['э', 'е'], ['ґ', 'г']]),
}

function cognateGlosses(lang: 'uk' | 'be', word: string): readonly string[] {
  const map = TO_RUSSIAN[lang]
  let russian = ''
  for (const ch of normalizeWord(SUFFIX_RULES[lang], word)) russian += map.get(ch) ?? ch
  if (isStopword('ru', russian)) return NONE
  return lookUp(glossMap('ru'), 'ru', russian) ?? NONE
}

function lookUp(map: ReadonlyMap<string, string>, lang: LexiconLanguage, word: string): readonly string[] | undefined {
  const found = entryOf(map, lang, word)
  return found === undefined ? undefined : Object.freeze(found.split(' '))
}

/** The stored glosses of the first of the word's stem candidates that the lexicon has. */
function entryOf(map: ReadonlyMap<string, string>, lang: LexiconLanguage, word: string): string | undefined {
  for (const stem of stemCandidates(lang, word)) {
    const found = map.get(stem)
    if (found !== undefined) return found
  }
  return undefined
}

/** Shortest head kept when splitting a German compound ("Abwehr" in "Raketenabwehr"), in letters. */
const MIN_COMPOUND_HEAD = 4

function compoundHeadGlosses(word: string): readonly string[] {
  const map = glossMap('de')
  const w = normalizeWord(SUFFIX_RULES.de, word)
  if (w.length > MAX_COMPOUND_LETTERS) return NONE
  // Longest head first: "Luftverteidigungssystem" → "verteidigungssystem" (if known) before "system". The first
  // part must be a known word too, with or without a linking "-s-"/"-n-"/"-en-"/"-es-"/"-e-" ("Raketen|abwehr",
  // "Bundes|regierung"), so a derivation ("Stat|ionierung") is not split.
  for (let i = MIN_COMPOUND_PART; i <= w.length - MIN_COMPOUND_HEAD; i++) {
    const found = entryOf(map, 'de', w.slice(i))
    if (found && isKnownFirstPart(map, w.slice(0, i))) return Object.freeze(found.split(' '))
  }
  return NONE
}

/** Longer "words" are not split: the search is quadratic in length (Rindfleischetikettierungs… is 63 letters). */
const MAX_COMPOUND_LETTERS = 40
/** Shortest first part of a German compound, in letters. */
const MIN_COMPOUND_PART = 3
const LINKING_ELEMENTS = ['', 's', 'n', 'en', 'es', 'e']

/** A known word, or two known words ("Raketenabwehr" in "Raketenabwehrsystem"), before a linking element. */
function isKnownFirstPart(map: ReadonlyMap<string, string>, part: string, depth = 0): boolean {
  for (const link of LINKING_ELEMENTS) {
    if (!part.endsWith(link) || part.length - link.length < MIN_COMPOUND_PART) continue
    const bare = part.slice(0, part.length - link.length)
    if (entryOf(map, 'de', bare) !== undefined) return true
    if (depth > 0) continue
    for (let i = MIN_COMPOUND_PART; i <= bare.length - MIN_COMPOUND_PART; i++) {
      if (entryOf(map, 'de', bare.slice(i)) !== undefined && isKnownFirstPart(map, bare.slice(0, i), depth + 1)) return true
    }
  }
  return false
}
