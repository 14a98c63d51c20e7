import type { LexiconLanguage } from './language.js'
import ru from './data/ru.json' with { type: 'json' }
import uk from './data/uk.json' with { type: 'json' }
import be from './data/be.json' with { type: 'json' }
import pl from './data/pl.json' with { type: 'json' }
import cs from './data/cs.json' with { type: 'json' }
import de from './data/de.json' with { type: 'json' }

/**
 * One language's committed lexicon (built by scripts/build/build-lexicons.ts). `entries` is one string,
 * "stem gloss gloss|stem gloss|…", glosses most likely first: a single string keeps the file small and its
 * JSON parse cheap; it is split into a map only when the language is first looked up.
 */
export interface LexiconFile {
  readonly language: string
  readonly sources: readonly string[]
  /** Space-separated stems whose best gloss is an English alignment stopword ("год" → year). */
  readonly stop: string
  readonly entries: string
}

export const LEXICON_FILES: Readonly<Record<LexiconLanguage, LexiconFile>> = { ru, uk, be, pl, cs, de }
