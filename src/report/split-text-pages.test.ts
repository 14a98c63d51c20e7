import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { splitTextPages } from './split-text-pages.js'

describe('splitTextPages', () => {
  test.each([
    ['One.\nTwo two.\nThree.', 10, ['One.\n', 'Two two.\n', 'Three.']],
    ['Short.', 10, ['Short.']],
    ['', 10, ['']],
    // No line break in reach: after the last sentence end, else the last space, else at the limit.
    ['Aa bb. Cc dd ee ff', 10, ['Aa bb. ', 'Cc dd ee ', 'ff']],
    ['abcdefghijklmnop', 6, ['abcdef', 'ghijkl', 'mnop']],
    // A surrogate pair (😀) is not cut in two.
    ['abcd😀efgh', 5, ['abcd', '😀efg', 'h']],
  ])('%j in pages of %i', (text, max, pages) => {
    expect(splitTextPages(text, max).map((p) => text.slice(p.start, p.end))).toEqual(pages)
  })

  test('pages cover the text in order, each at most maxChars and more than a quarter of it unless last', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '\n', '😀'), maxLength: 400 }), fc.integer({ min: 4, max: 60 }), (text, max) => {
        const pages = splitTextPages(text, max)
        expect(pages[0]?.start).toBe(0)
        expect(pages.at(-1)?.end).toBe(text.length)
        pages.forEach((p, i) => {
          expect(p.end - p.start).toBeLessThanOrEqual(max)
          if (i > 0) expect(p.start).toBe(pages[i - 1]?.end)
          if (i < pages.length - 1) expect(p.end - p.start).toBeGreaterThan(max / 4 - 1)
        })
      }),
      { seed: 19, numRuns: 300 },
    )
  })
})
