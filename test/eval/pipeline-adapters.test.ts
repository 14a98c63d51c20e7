import { describe, expect, test } from 'vitest'
import type { AnalyzedArticle } from '../../src/model/index.js'
import { foundNames } from '../../scripts/eval/entities-ecbplus.js'
import { predictedQuotes } from '../../scripts/eval/quotes-polnear.js'

// The cleaner dropped a label line and joined two paragraphs with its own "\n\n": offsets in `text`
// differ from offsets in the input, and the source map relates them.
const input = 'NEWS\nSmith said: “We will win.”\n\n\nHe left Paris.'
const text = 'Smith said: “We will win.”\n\nHe left Paris.'
const second = input.indexOf('He left')
const analyzed: AnalyzedArticle = {
  article: {
    id: 'a1',
    source: 'x.txt',
    outlet: 'x',
    title: 'x',
    titleSource: { kind: 'given' },
    language: 'en',
    text,
    captions: [],
    removed: [{ start: 0, end: 5, text: 'NEWS\n', reason: 'section-label' }],
    sourceMap: [
      { textStart: 0, inputStart: 5, length: 26 },
      { textStart: 28, inputStart: second, length: 14 },
    ],
  },
  sentences: [],
  mentions: [
    { start: 0, end: 5, text: 'Smith', kind: 'person', form: 'name' },
    { start: 28, end: 30, text: 'He', kind: 'person', form: 'alias' },
    { start: 36, end: 41, text: 'Paris', kind: 'place', form: 'name' },
  ],
  quotes: [{ articleId: 'a1', start: 12, end: 26, text: '“We will win.”', marked: true, verb: 'said', speakerSpan: { start: 0, end: 5 }, speakerName: 'Smith' }],
  framing: [],
}

describe('pipeline output mapped back to the input', () => {
  test('quote content and speaker spans land on the same input text', () => {
    const [quote] = predictedQuotes(analyzed)
    expect(quote?.spans.map((s) => input.slice(s.start, s.end))).toEqual(['“We will win.”'])
    expect(quote?.speakerSpans?.map((s) => input.slice(s.start, s.end))).toEqual(['Smith'])
    expect([quote?.marked, quote?.verb, quote?.speakerName]).toEqual([true, 'said', 'Smith'])
  })

  test('names only (aliases left out), in input offsets, with refs into article.text', () => {
    const names = foundNames(analyzed, input)
    expect(names.map((n) => [n.text, n.kind, n.ref])).toEqual([
      ['Smith', 'person', 'a1:0:5'],
      ['Paris', 'place', 'a1:36:41'],
    ])
    expect(names.map((n) => input.slice(n.start, n.end))).toEqual(['Smith', 'Paris'])
  })
})
