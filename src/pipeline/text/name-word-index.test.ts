import { describe, expect, test } from 'vitest'
import { isSameNameWord, nameWordIndex } from './index.js'

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const BASE = [
  'Lukashenko', 'Łukaszenka', 'Лукашенко', 'Лукашенку', 'Oreshnik', 'Орешник', 'Alexander', 'Oleksandr', 'Александр', 'Putin',
  'Путиным', 'Pugin', 'Minsk', 'Мінську', 'Zelensky', 'Зеленський', 'Tikhanovskaya', 'Ціханоўская', 'Schwarzenegger',
  'Konstantinopolskaya', 'Konstantinopolskij', 'Shcherbakovskiy', 'Abdulrahmanov', 'Kowalczyk', 'Wojciechowski', 'Müller',
]
const LETTERS = 'abcdefghiklmnoprstuvyzаеиклнорстуш'

/** Words one to four random edits away from the base names, and random long words: near and far pairs alike. */
function words(count: number, next: () => number): string[] {
  const out = [...BASE]
  while (out.length < count) {
    const from = next() < 0.2 ? Array.from({ length: 12 + Math.floor(next() * 12) }, () => LETTERS[Math.floor(next() * LETTERS.length)]).join('') : BASE[Math.floor(next() * BASE.length)]!
    let word = from
    for (let edits = Math.floor(next() * 5); edits > 0; edits--) {
      const at = Math.floor(next() * (word.length + 1))
      const letter = LETTERS[Math.floor(next() * LETTERS.length)]!
      const kind = next()
      word = kind < 0.33 ? word.slice(0, at) + letter + word.slice(at) : kind < 0.66 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + letter + word.slice(at + 1)
    }
    if (word.length > 0) out.push(word[0]!.toUpperCase() + word.slice(1))
  }
  return out
}

describe('nameWordIndex', () => {
  test.each([undefined, 'en', 'ru', 'pl', 'uk', 'de'])('finds every word isSameNameWord matches (query language %s)', (lang) => {
    const next = random(7)
    const entries = words(400, next).map((word, i) => ({ word, lang: [undefined, 'ru', 'pl', 'uk', 'cs'][i % 5] }))
    const index = nameWordIndex()
    entries.forEach((e, i) => index.add(i, e.word, e.lang))
    let matches = 0
    // Both orders: a word without a language is read in the other's (isSameNameWord's default).
    const tests = [
      (e: { word: string; lang: string | undefined }, query: string) => isSameNameWord(e.word, query, e.lang, lang),
      (e: { word: string; lang: string | undefined }, query: string) => isSameNameWord(query, e.word, lang, e.lang),
    ]
    for (const query of words(300, random(11))) {
      const candidates = index.candidates(query, lang)
      expect(candidates).toEqual([...new Set(candidates)].sort((a, b) => a - b))
      for (const isSame of tests) {
        const expected = entries.flatMap((e, i) => (isSame(e, query) ? [i] : []))
        expect(candidates.filter((i) => isSame(entries[i]!, query))).toEqual(expected)
        matches += expected.length
      }
    }
    // The words are near each other often enough for the test to mean something, and the index does narrow.
    expect(matches).toBeGreaterThan(600)
  })

  test('narrows: far words are not candidates', () => {
    const index = nameWordIndex()
    ;['Lukashenko', 'Putin', 'Zelensky', 'Merkel'].forEach((w, i) => index.add(i, w))
    expect(index.candidates('Lukashenka')).toEqual([0])
    expect(index.candidates('Путиным', 'ru')).toEqual([1])
    expect(index.candidates('Macron')).toEqual([])
  })
})
