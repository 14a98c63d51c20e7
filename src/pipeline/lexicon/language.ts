/** Languages with a stemmer, a stopword list and an English lexicon (ISO 639-1). */
export type LexiconLanguage = 'ru' | 'uk' | 'be' | 'pl' | 'cs' | 'de'

export const LEXICON_LANGUAGES: readonly LexiconLanguage[] = ['ru', 'uk', 'be', 'pl', 'cs', 'de']

export function isLexiconLanguage(lang: string): lang is LexiconLanguage {
  return (LEXICON_LANGUAGES as readonly string[]).includes(lang)
}
