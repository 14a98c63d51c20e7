import { describe, expect, test } from 'vitest'
import en from '../../lexicons/en.json' with { type: 'json' }
import pl from '../../lexicons/pl.json' with { type: 'json' }
import ru from '../../lexicons/ru.json' with { type: 'json' }
import uk from '../../lexicons/uk.json' with { type: 'json' }
import { FRAMING_LANGUAGES, builtinLexicon } from './builtin-lexicons.js'
import { parseLexicon } from './lexicon.js'

const FILES: Readonly<Record<(typeof FRAMING_LANGUAGES)[number], unknown>> = { en, pl, ru, uk }

describe('builtinLexicon', () => {
  // builtinLexicon reads the committed files without the schema: this is where they are validated.
  test.each(FRAMING_LANGUAGES)('%s: the committed file passes the schema and reads as the validated lexicon', (language) => {
    expect(builtinLexicon(language)).toEqual(parseLexicon(FILES[language]))
  })
})
