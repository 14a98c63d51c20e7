import type { LexiconLanguage } from './language.js'
import { LEXICON_FILES } from './lexicon-data.js'
import { memoizeByKey } from '../memoize.js'
import { normalizeWord, stemCandidates, stemWord } from './stem-word.js'
import { SUFFIX_RULES } from './suffix-rules.js'
import { isStopword } from './is-stopword.js'

const NONE: readonly string[] = Object.freeze([])

/** Stem → English glosses, parsed from the committed file the first time a language is looked up. */
const glossMap = memoizeByKey((lang: LexiconLanguage): ReadonlyMap<string, readonly string[]> => {
  const map = new Map<string, readonly string[]>()
  const entries = LEXICON_FILES[lang].entries
  if (entries.length === 0) return map
  for (const entry of entries.split('|')) {
    const parts = entry.split(' ')
    const stem = parts[0]
    if (stem && parts.length > 1) map.set(stem, Object.freeze(parts.slice(1)))
  }
  return map
})

/**
 * English lemmas (lower-case single words, most likely first, at most 5) that translate a word form of `lang`;
 * [] for a function word or an unknown word. Any inflected form works: the word is stemmed the way the
 * dictionary headwords were. Ukrainian and Belarusian words missing from their lexicons are tried as Russian
 * cognates ("ракети" → "ракеты"), German compounds by their head ("Raketenabwehr" → "Abwehr").
 *
 * @example englishGlosses('ru', 'ракетами') // ["missile", "rocket"]
 */
export function englishGlosses(lang: LexiconLanguage, word: string): readonly string[] {
  if (isStopword(lang, word)) return NONE
  const found = lookUp(glossMap(lang), lang, word)
  if (found) return found
  if (lang === 'uk' || lang === 'be') return cognateGlosses(lang, word)
  if (lang === 'de') return compoundHeadGlosses(word)
  return NONE
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

function lookUp(map: ReadonlyMap<string, readonly string[]>, lang: LexiconLanguage, word: string): readonly string[] | undefined {
  for (const stem of stemCandidates(lang, word)) {
    const found = map.get(stem)
    if (found) return found
  }
  return undefined
}

/** Shortest head kept when splitting a German compound ("Abwehr" in "Raketenabwehr"), in letters. */
const MIN_COMPOUND_HEAD = 4

function compoundHeadGlosses(word: string): readonly string[] {
  const map = glossMap('de')
  const w = normalizeWord(SUFFIX_RULES.de, word)
  // Longest head first: "Luftverteidigungssystem" → "verteidigungssystem" (if known) before "system".
  for (let i = 3; i <= w.length - MIN_COMPOUND_HEAD; i++) {
    const found = map.get(stemWord('de', w.slice(i)))
    if (found) return found
  }
  return NONE
}
