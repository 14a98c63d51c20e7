import { describe, expect, test } from 'vitest'
import type { Difference } from '../../model/index.js'
import { stateDifferences } from './state-differences.js'

const A = 'At least 85 people died in the flood on Monday.'
const B = 'The flood killed 90 people, officials said.'
const difference = (a: string, b: string, status: Difference['status'] = 'conflict'): Difference => ({
  id: 'd1',
  kind: 'number',
  subject: 'people died',
  status,
  values: [
    { articleId: 'a1', start: A.indexOf(a), end: A.indexOf(a) + a.length, text: a, normalized: a },
    { articleId: 'a2', start: B.indexOf(b), end: B.indexOf(b) + b.length, text: b, normalized: b },
  ],
})
const state = (d: Difference) => stateDifferences(A, 'a1', { start: 0, end: A.length }, [d], (id) => `outlet-${id}`, () => 'en')

describe('stateDifferences', () => {
  test('two bare numbers become a range, citing the other outlet', () => {
    const out = state(difference('85', '90'))
    expect(out.text).toBe('At least between 85 and 90 people died in the flood on Monday.')
    expect(out.spans.map((s) => [s.articleId, s.text])).toEqual([['a2', '90']])
    expect(out.note).toBeNull()
  })

  test('figures with words are listed in a note, the sentence unchanged', () => {
    const out = state(difference('85 people', '90 people'))
    expect(out.text).toBe(A)
    expect(out.note).toBe('Reports differ: outlet-a1 gives “85 people”, outlet-a2 “90 people”.')
  })

  test('a difference is noted once per brief: the sentence of the other outlet that gives it gets no second note', () => {
    const noted = new Set<string>()
    const d = difference('85 people', '90 people')
    expect(stateDifferences(A, 'a1', { start: 0, end: A.length }, [d], (id) => `outlet-${id}`, () => 'en', noted).note).not.toBeNull()
    const second = stateDifferences(B, 'a2', { start: 0, end: B.length }, [d], (id) => `outlet-${id}`, () => 'en', noted)
    expect(second.note).toBeNull()
    expect(second.spans.map((s) => [s.articleId, s.text])).toEqual([['a1', '85 people']])
  })

  test('figures the outlets agree on are left alone', () => {
    expect(state(difference('85', '85', 'consistent'))).toEqual({ text: A, spans: [], note: null })
  })

  test('a claim conflict (two sentences, another figure or the opposite) is noted by its values, citing the other sentence', () => {
    const claim = (normalized: [string, string]): Difference => ({
      id: 'd2',
      kind: 'claim',
      subject: 'flood killed people',
      status: 'conflict',
      values: [
        { articleId: 'a1', start: 0, end: A.length, text: A, normalized: normalized[0] },
        { articleId: 'a2', start: 0, end: B.length, text: B, normalized: normalized[1] },
      ],
    })
    // The brief may have reworded the sentence: a claim is still the sentence's.
    const figures = stateDifferences('85 people died in the flood on Monday.', 'a1', { start: 0, end: A.length }, [claim(['85', '90'])], (id) => `outlet-${id}`, () => 'en')
    expect(figures.text).toBe('85 people died in the flood on Monday.')
    expect(figures.note).toBe('Reports differ: outlet-a1 gives “85”, outlet-a2 “90”.')
    expect(figures.spans.map((s) => [s.articleId, s.text])).toEqual([['a2', B]])
    expect(state(claim(['denied', 'stated'])).note).toBe('Reports differ: outlet-a1 denies it, outlet-a2 states it.')
  })
})
