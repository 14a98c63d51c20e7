import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { mapToInput } from '../../scripts/eval/lib/map-to-input.js'
import { sample } from '../../scripts/eval/lib/sample.js'
import { coveredTokens, jaccard, wordTokens } from '../../scripts/eval/lib/word-tokens.js'

describe('wordTokens', () => {
  test('words keep inner apostrophes and hyphens; punctuation and quotation marks are not tokens', () => {
    const text = 'He said: “Clinton’s state-designated plan, no.”'
    expect(wordTokens(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'He', 'said', 'Clinton’s', 'state-designated', 'plan', 'no',
    ])
  })

  test('non-Latin scripts and diacritics are words', () => {
    const text = 'Łukaszenka і Лукашенко'
    expect(wordTokens(text).map((t) => text.slice(t.start, t.end))).toEqual(['Łukaszenka', 'і', 'Лукашенко'])
  })
})

describe('coveredTokens', () => {
  const tokens = wordTokens('He said: “No.”') // He [0,2) said [3,7) No [10,12)
  test.each([
    [[{ start: 4, end: 5 }], [1]],
    [[{ start: 9, end: 13 }], [2]],
    [[{ start: 7, end: 10 }], []],
    [[{ start: 0, end: 2 }, { start: 11, end: 14 }], [0, 2]],
  ])('%j → tokens %j', (spans, expected) => {
    expect([...coveredTokens(tokens, spans)].sort()).toEqual(expected)
  })
})

describe('jaccard', () => {
  test('|∩| / |∪|, and 0 for two empty sets', () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4]))).toBe(0.5)
    expect(jaccard(new Set(), new Set())).toBe(0)
  })
})

describe('mapToInput', () => {
  // Input "XXXXXXXXXXHello  ...World": the cleaner kept "Hello" (input 10) and "World" (input 30),
  // joined by a "\n\n" it inserted (text 5–7).
  const runs = [
    { textStart: 0, inputStart: 10, length: 5 },
    { textStart: 7, inputStart: 30, length: 5 },
  ]
  test('a span across the inserted separator maps to two input pieces', () => {
    expect(mapToInput({ start: 3, end: 9 }, runs)).toEqual([
      { start: 13, end: 15 },
      { start: 30, end: 32 },
    ])
  })

  test('a span inside one run shifts by the run offset; the separator alone maps to nothing', () => {
    expect(mapToInput({ start: 8, end: 10 }, runs)).toEqual([{ start: 31, end: 33 }])
    expect(mapToInput({ start: 5, end: 7 }, runs)).toEqual([])
  })

  test('runs adjacent in the input merge into one piece', () => {
    const adjacent = [
      { textStart: 0, inputStart: 0, length: 4 },
      { textStart: 4, inputStart: 4, length: 4 },
    ]
    expect(mapToInput({ start: 2, end: 6 }, adjacent)).toEqual([{ start: 2, end: 6 }])
  })
})

describe('sample', () => {
  test('evenly spaced items; everything without a limit or with a limit over the length', () => {
    expect(sample(['a', 'b', 'c', 'd'], 2)).toEqual(['a', 'c'])
    expect(sample(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3)).toEqual(['a', 'c', 'e'])
    expect(sample(['a', 'b'])).toEqual(['a', 'b'])
    expect(sample(['a', 'b'], 5)).toEqual(['a', 'b'])
  })
})

describe('properties (fast-check, fixed seed)', () => {
  test('coveredTokens equals the obvious scan over all tokens', () => {
    const input = fc.record({
      text: fc.stringMatching(/^[a-z ,.“”]{0,60}$/u),
      spans: fc.array(fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 20 })), { maxLength: 5 }),
    })
    fc.assert(
      fc.property(input, ({ text, spans }) => {
        const tokens = wordTokens(text)
        const ranges = spans.map(([start, length]) => ({ start, end: start + length }))
        const expected = tokens.flatMap((t, i) => (ranges.some((r) => t.start < r.end && r.start < t.end) ? [i] : []))
        expect([...coveredTokens(tokens, ranges)].sort((a, b) => a - b)).toEqual(expected)
      }),
      { seed: 7, numRuns: 300 },
    )
  })

  test('mapToInput: a span of the text maps to input pieces holding the same characters', () => {
    // The cleaner's contract: each run is copied verbatim; the two characters between runs were inserted.
    const input = 'AAAA label BBBBBBB more CCCCC'
    const runs = [
      { textStart: 0, inputStart: 0, length: 4 },
      { textStart: 6, inputStart: 11, length: 7 },
      { textStart: 15, inputStart: 24, length: 5 },
    ]
    const text = 'AAAA\n\nBBBBBBB\n\nCCCCC'
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.nat({ max: text.length }), (a, b) => {
        const span = { start: Math.min(a, b), end: Math.max(a, b) }
        const mapped = mapToInput(span, runs).map((piece) => input.slice(piece.start, piece.end)).join('')
        expect(mapped).toBe(text.slice(span.start, span.end).replaceAll('\n', ''))
      }),
      { seed: 7, numRuns: 300 },
    )
  })
})
