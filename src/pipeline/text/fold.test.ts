import { describe, expect, test } from 'vitest'
import { foldName, isSameNameWord, nameKey, shadowText } from './index.js'

describe('name folding', () => {
  test.each([
    ['Lukashenko', 'Lukashenka'],
    ['Lukashenko', 'Łukaszenka'],
    ['Lukashenko', 'Лукашенко'],
    ['Oreshnik', 'Oreshnyk'],
    ['Oreshnik', 'Oreshniks'],
    ['Oreshnik', 'Орешник'],
    ['Alexander', 'Oleksandr'],
    ['Alexander', 'Alaksandr'],
    ['Alexander', 'Александр'],
  ])('%s ~ %s', (a, b) => {
    expect(isSameNameWord(a, b)).toBe(true)
  })

  test.each([
    ['Putin', 'Pugin'],
    ['Poland', 'Portland'],
    ['Minsk', 'Pinsk'],
    ['Lithuania', 'Latvia'],
  ])('%s ≁ %s', (a, b) => {
    expect(isSameNameWord(a, b)).toBe(false)
  })

  test('foldName removes diacritics and transliterates Cyrillic', () => {
    expect(foldName('Łukaszenka')).toBe('lukaszenka')
    expect(foldName('Лукашенко')).toBe('lukashenko')
    expect(nameKey('Łukaszenka')).toBe(nameKey('Lukashenko'))
  })

  test('shadowText keeps UTF-16 length and folds Ł so a tokenizer keeps one word', () => {
    const text = 'Alaksandr Łukaszenka said “yes” — Лукашенко'
    const shadow = shadowText(text)
    expect(shadow).toHaveLength(text.length)
    expect(shadow).toBe('Alaksandr Lukaszenka said "yes" - Лукашенко')
  })
})
