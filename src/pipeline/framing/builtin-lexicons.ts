import en from '../../lexicons/en.json' with { type: 'json' }
import pl from '../../lexicons/pl.json' with { type: 'json' }
import ru from '../../lexicons/ru.json' with { type: 'json' }
import uk from '../../lexicons/uk.json' with { type: 'json' }
import { trustedLexicon, type Lexicon, type RawLexicon } from './lexicon.js'

/** Languages with a built-in lexicon (BCP-47 primary subtags). */
export const FRAMING_LANGUAGES = ['en', 'uk', 'ru', 'pl'] as const

const RAW: Readonly<Record<(typeof FRAMING_LANGUAGES)[number], unknown>> = { en, uk, ru, pl }

/**
 * The built-in lexicon for a language in strict form; undefined when there is none. The committed files are
 * validated by the schema in builtin-lexicons.test.ts, not at every start (the schema library costs more to load
 * than the whole lexicon to read).
 */
export function builtinLexicon(language: string): Lexicon | undefined {
  const raw = (RAW as Readonly<Record<string, unknown>>)[language]
  return raw === undefined ? undefined : trustedLexicon(raw as RawLexicon)
}
