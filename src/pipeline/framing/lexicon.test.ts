import { describe, expect, test } from 'vitest'
import { FRAMING_LANGUAGES, builtinLexicon } from './builtin-lexicons.js'
import { parseLexicon } from './lexicon.js'

const base = { language: 'en', description: 'test', sources: { s: 'a citation' } }

describe('parseLexicon', () => {
  test('turns "stem*" into a prefix pattern and phrases into word sequences', () => {
    const lexicon = parseLexicon({ ...base, entries: [{ id: 'x', terms: ['диктатор*', 'so called'], technique: 'doubt', source: 's' }] })
    expect(lexicon.entries[0]?.terms).toEqual([
      [{ text: 'диктатор', isPrefix: true }],
      [
        { text: 'so', isPrefix: false },
        { text: 'called', isPrefix: false },
      ],
    ])
    expect(lexicon.entries[0]?.role).toBe('phrase')
  })

  test.each([
    [{ id: 'x', terms: ['a'], technique: 'doubt', source: 'nowhere' }, 'entry x cites unknown source nowhere'],
    [{ id: 'x', terms: ['a'], source: 's' }, 'entry x needs a technique'],
    [{ id: 'x', terms: ['a'], technique: 'doubt', role: 'descriptor', source: 's' }, 'descriptor x needs heads'],
    [{ id: 'x', terms: ['a'], technique: 'sarcasm', source: 's' }, 'invalid lexicon'],
    [{ id: 'x', terms: ['a'], technique: 'doubt' }, 'invalid lexicon'],
  ])('rejects %j with a message naming the problem', (entry, message) => {
    expect(() => parseLexicon({ ...base, entries: [entry] })).toThrow(message)
  })

  test('rejects duplicate ids', () => {
    const entry = { id: 'x', terms: ['a'], technique: 'doubt', source: 's' }
    expect(() => parseLexicon({ ...base, entries: [entry, entry] })).toThrow('duplicate lexicon entry id x')
  })

  test('every built-in lexicon parses, and every entry cites a source listed in its file', () => {
    for (const language of FRAMING_LANGUAGES) {
      const lexicon = builtinLexicon(language)!
      expect(lexicon.language).toBe(language)
      for (const entry of lexicon.entries) expect(Object.keys(lexicon.sources)).toContain(entry.source)
    }
  })
})
