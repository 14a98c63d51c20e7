import { readFileSync } from 'node:fs'
import type { LexiconLanguage } from './language.js'
import { memoizeByKey } from '../memoize.js'
// Type-only imports: nothing is loaded at import, but tsc copies the files into dist/ beside this module.
import type ru from './data/ru.json'
import type uk from './data/uk.json'
import type be from './data/be.json'
import type pl from './data/pl.json'
import type cs from './data/cs.json'
import type de from './data/de.json'

/**
 * One language's committed lexicon (built by scripts/build/build-lexicons.ts). `entries` is one string,
 * "stem gloss gloss|stem gloss|…", glosses most likely first: a single string keeps the file small and its
 * JSON parse cheap.
 */
export interface LexiconFile {
  readonly language: string
  readonly sources: readonly string[]
  /** Space-separated stems whose best gloss is an English alignment stopword ("год" → year). */
  readonly stop: string
  readonly entries: string
}

/** Compile-time check that every committed file has the LexiconFile shape; no cost at run time. */
export type CommittedLexiconFiles = [Shape<typeof ru>, Shape<typeof uk>, Shape<typeof be>, Shape<typeof pl>, Shape<typeof cs>, Shape<typeof de>]
type Shape<T extends LexiconFile> = T

/**
 * The lexicon file of `lang`, read and parsed the first time that language is looked up (about 1 MB each; a
 * run that never meets Czech never reads cs.json).
 */
export const lexiconFile = memoizeByKey((lang: LexiconLanguage): LexiconFile => {
  const raw = JSON.parse(readFileSync(new URL(`./data/${lang}.json`, import.meta.url), 'utf8')) as Partial<LexiconFile>
  if (typeof raw.entries !== 'string' || typeof raw.stop !== 'string' || raw.language !== lang || !Array.isArray(raw.sources)) {
    throw new Error(`lexicon: data/${lang}.json is not a lexicon file of ${lang}`)
  }
  return raw as LexiconFile
})
