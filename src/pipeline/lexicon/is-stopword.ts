import type { LexiconLanguage } from './language.js'
import { memoizeByKey } from '../memoize.js'
import { normalizeWord, stemWord } from './stem-word.js'
import { SUFFIX_RULES } from './suffix-rules.js'
import { STOPWORD_LISTS } from './stopwords.js'

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
 * Whether alignment should ignore this word of `lang`: a function word, pronoun, auxiliary or modal, or a plain
 * reporting verb in any form ("сказал", "powiedział", "sagte"). Case-insensitive.
 *
 * @example isStopword('pl', 'się') // true
 */
export function isStopword(lang: LexiconLanguage, word: string): boolean {
  const sets = stopwordSets(lang)
  if (sets.forms.has(normalizeWord(SUFFIX_RULES[lang], word))) return true
  return sets.stems.has(stemWord(lang, word))
}
