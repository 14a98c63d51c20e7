import { describe, expect, test } from 'vitest'
import { baselineNames } from '../../scripts/eval/lib/baseline-names.js'
import { baselineQuotes } from '../../scripts/eval/lib/baseline-quotes.js'

describe('baselineQuotes', () => {
  test('a quote with the speaker after it', () => {
    const text = '“We will win this race,” Jane Smith said on Monday.'
    const [quote, ...rest] = baselineQuotes(text)
    expect(rest).toEqual([])
    expect(quote?.spans).toEqual([{ start: 0, end: 24 }])
    expect(quote?.speakerName).toBe('Jane Smith')
    expect(quote?.verb).toBe('said')
    expect(quote?.speakerSpans?.map((s) => text.slice(s.start, s.end))).toEqual(['Jane Smith'])
  })

  test('speaker before the quote; a pronoun speaker has a span but no name', () => {
    const before = baselineQuotes('Trump told reporters nothing. Trump said: "It is totally rigged, folks."')
    expect(before[0]?.speakerName).toBe('Trump')
    const pronoun = baselineQuotes('"I have no idea what happened there," he said.')
    expect(pronoun[0]?.speakerName).toBeNull()
    expect(pronoun[0]?.verb).toBe('said')
    expect(pronoun[0]?.speakerSpans).toHaveLength(1)
  })

  test('scare quotes under four words are not quotes', () => {
    expect(baselineQuotes('He called the election “rigged” and “a total disgrace” again.')).toEqual([])
  })
})

describe('baselineNames', () => {
  test('capitalised runs with connectors; sentence-initial function words dropped', () => {
    const text = 'The actor said Hugh Jackman met the Gulf of Aden fleet. He left.'
    expect(baselineNames(text).map((m) => m.text)).toEqual(['Hugh Jackman', 'Gulf of Aden'])
  })
})
