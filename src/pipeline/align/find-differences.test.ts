import { describe, expect, test } from 'vitest'
import { findNumbers } from '../values/index.js'
import type { Concept } from './concepts.js'
import { findDifferences, type ValueInContext } from './find-differences.js'

/** A figure of one article in a context of plain word concepts (what alignment reads around a value). */
function figure(articleId: string, sentenceIndex: number, text: string, context: readonly string[]): ValueInContext {
  const [number] = findNumbers(text)
  if (number === undefined) throw new Error(`no figure in ${text}`)
  const concepts: Concept[] = context.map((word, i) => ({ key: `w:${word}`, alternatives: [], start: 100 + i, end: 101 + i }))
  return { articleId, language: 'en', sentenceIndex, value: { kind: 'number', number }, context: concepts, text }
}

const weights = new Map<string, number>()
const growth = ['imf', 'global', 'growth', 'outlook', 'product', 'gross', 'domestic']

describe('figures that differ', () => {
  test('two figures each outlet gives are not a conflict, whichever sentences were paired', () => {
    // Both outlets give 5.9% (this year) and 4.9% (next year); the contexts pair one outlet's 5.9% with the other's 4.9%.
    const values = [
      figure('a1', 0, 'grow by 5.9%', growth),
      figure('a1', 3, 'grow by 4.9%', ['forecast', 'unchanged', 'july']),
      figure('a2', 1, 'remain at 4.9%', growth),
      figure('a2', 4, 'cut to 5.9%', ['forecast', 'cut', 'tuesday']),
    ]
    expect(findDifferences(values, weights).filter((d) => d.status === 'conflict')).toEqual([])
  })

  test('a figure only one outlet gives stays a conflict', () => {
    const values = [figure('a1', 0, 'killed 40 people', ['flood', 'valencia', 'killed', 'officials']), figure('a2', 0, 'killed 43 people', ['flood', 'valencia', 'killed', 'officials'])]
    const [difference] = findDifferences(values, weights)
    expect(difference?.status).toBe('conflict')
    expect(difference?.values.map((v) => v.text)).toEqual(['40 people', '43 people'])
  })
})

describe('the subject of a comparison', () => {
  test('is named by the words of the value’s own sentence before those of the sentences before it', () => {
    const text = 'Lukashenko met Putin in Minsk. Putin said deployment would be possible within 2 years.'
    const ownStart = text.indexOf('Putin said')
    const word = (w: string, from = 0): Concept => {
      const start = text.indexOf(w, from)
      return { key: `w:${w.toLowerCase()}`, alternatives: [], start, end: start + w.length }
    }
    const [number] = findNumbers(text)
    const context = [word('Lukashenko'), word('met'), word('Minsk'), word('Putin', ownStart), word('deployment'), word('possible')]
    const value = (articleId: string): ValueInContext => ({ articleId, language: 'en', sentenceIndex: 1, value: { kind: 'number', number: number! }, context, sentenceStart: ownStart, text })
    expect(findDifferences([value('a1'), value('a2')], weights)[0]?.subject).toBe('Putin deployment possible')
  })

  test('holds no word of another figure: each of two in one sentence is named by the rest', () => {
    const text = 'The unemployment rate dropped to 5.2% from 5.4% in August.'
    const words = ['unemployment', 'rate', 'dropped', '5.2', '5.4', 'August']
    const context = words.map((w): Concept => ({ key: `w:${w.toLowerCase()}`, alternatives: [], start: text.indexOf(w), end: text.indexOf(w) + w.length }))
    const values = (articleId: string): ValueInContext[] =>
      findNumbers(text).map((number) => ({ articleId, language: 'en', sentenceIndex: 0, value: { kind: 'number', number }, context, sentenceStart: 0, text }))
    const subjects = findDifferences([...values('a1'), ...values('a2')], weights).map((d) => d.subject)
    expect(subjects).toEqual(['unemployment rate dropped August', 'unemployment rate dropped August'])
  })
})

describe('the subject in the report’s language', () => {
  test('is named by a value in an article written in the report’s language, whatever its context', () => {
    const value = (articleId: string, language: string, text: string, words: readonly string[]): ValueInContext => {
      const [number] = findNumbers(text)
      const context: Concept[] = words.map((w, i) => ({ key: `k${i}`, alternatives: [], start: text.indexOf(w), end: text.indexOf(w) + w.length }))
      return { articleId, language, sentenceIndex: 0, value: { kind: 'number', number: number! }, context, text }
    }
    const ru = value('a1', 'ru', 'Дальность ракеты составляет 5500 km.', ['ракеты', 'Дальность'])
    const en = value('a2', 'en', 'The missile has a range of 5500 km, officials say.', ['missile', 'range', 'officials'])
    expect(findDifferences([ru, en], weights, new Set(['a1#0|a2#0']), 'en')[0]?.subject).toBe('missile range')
    expect(findDifferences([ru, en], weights, new Set(['a1#0|a2#0']))[0]?.subject).toBe('ракеты Дальность')
  })
})
