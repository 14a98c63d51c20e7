import { expect, test } from 'vitest'
import { findQuoteMarks } from './find-quote-marks.js'

const inner = (text: string): string[] => findQuoteMarks(text).map((q) => text.slice(q.inner.start, q.inner.end))

test.each([
  ['He said: “We will win.” Then he left.', ['We will win.']],
  ['this "would calm some "minds" who are ready" today', ['would calm some "minds" who are ready']],
  ["''It's a large community,'' he said.", ["It's a large community,"]],
  ["That ''is the thing that saved us,'' said Ms. Taylor. ''If I had said it, I knew.''", ['is the thing that saved us,', 'If I had said it, I knew.']],
  ["The candidates' plans and Obama's ''legacy'' differ.", ['legacy']],
  ['«Мы победим», сказал он.', ['Мы победим']],
  ['An unclosed “quote runs to the end', ['quote runs to the end']],
])('%s', (text, expected) => {
  expect(inner(text)).toEqual(expected)
})

test('an unclosed quotation is flagged', () => {
  expect(findQuoteMarks('He said “we will').map((q) => q.isUnclosed)).toEqual([true])
})
