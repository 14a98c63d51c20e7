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

test('straight quotes whose spacing misleads (`…get by, "said`) pair in order when they come in pairs: no quote runs on to the paragraph end', () => {
  const paragraph = '"We cannot get by, "said Bizianis, a worker. Banners read "Rise Up. " Markets fell. "The rich pay nothing, "said Panagopoulos.'
  const quoted = findQuoteMarks(paragraph).map((q) => paragraph.slice(q.inner.start, q.inner.end))
  expect(quoted).toEqual(['We cannot get by, ', 'Rise Up. ', 'The rich pay nothing, '])
  expect(findQuoteMarks(paragraph).some((q) => q.isUnclosed)).toBe(false)
})
