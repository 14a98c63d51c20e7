import type { LexiconLanguage } from './language.js'
import { memoizeByKey } from '../memoize.js'
import { normalizeWord, stemWord } from './stem-word.js'
import { SUFFIX_RULES } from './suffix-rules.js'
import { STOPWORD_LISTS } from './stopwords.js'
import { lexiconFile } from './lexicon-data.js'

interface StopwordSets {
  readonly forms: ReadonlySet<string>
  readonly stems: ReadonlySet<string>
}

const stopwordSets = memoizeByKey((lang: LexiconLanguage): StopwordSets => {
  const list = STOPWORD_LISTS[lang]
  const rules = SUFFIX_RULES[lang]
  const forms = new Set(list.forms.split(/\s+/).filter(Boolean).map((w) => normalizeWord(rules, w)))
  const stems = new Set(list.lemmas.split(/\s+/).filter(Boolean).map((w) => stemWord(lang, w)))
  return { forms, stems }
})

/**
 * Whether alignment should ignore this word of `lang`: a function word, pronoun, auxiliary or modal, a plain
 * reporting verb in any form ("сказал", "powiedział", "sagte"), or a word whose best English translation the
 * English side ignores ("год" → year, "сделать" → make). Case-insensitive.
 *
 * @example isStopword('pl', 'się') // true
 */
export function isStopword(lang: LexiconLanguage, word: string): boolean {
  const sets = stopwordSets(lang)
  if (sets.forms.has(normalizeWord(SUFFIX_RULES[lang], word))) return true
  const stem = stemWord(lang, word)
  return sets.stems.has(stem) || translatedStopwords(lang).has(stem)
}

/** Only the hand-written closed classes, without the stems that translate English stopwords (for the build). */
export function isListedStopword(lang: LexiconLanguage, word: string): boolean {
  const sets = stopwordSets(lang)
  return sets.forms.has(normalizeWord(SUFFIX_RULES[lang], word)) || sets.stems.has(stemWord(lang, word))
}

/** Stems whose best English gloss is an English alignment stopword ("год" → year), from the lexicon file. */
const translatedStopwords = memoizeByKey((lang: LexiconLanguage): ReadonlySet<string> => new Set(lexiconFile(lang).stop.split(' ')))
