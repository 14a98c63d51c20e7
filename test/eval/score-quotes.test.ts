import { describe, expect, test } from 'vitest'
import type { GoldAttribution, GoldSpan } from '../../scripts/eval/lib/parse-brat.js'
import { quoteErrors } from '../../scripts/eval/lib/quote-errors.js'
import { isDirectQuote, isSpeakerRight, scoreQuotes, type PredictedQuote } from '../../scripts/eval/lib/score-quotes.js'

const text = 'Smith said the economy is strong. “We will win,” he added. Critics argue that taxes are too high.'

/** The span of the `nth` occurrence of `part` in `text`. */
function at(part: string, nth = 0): GoldSpan {
  let start = -1
  for (let i = 0; i <= nth; i++) start = text.indexOf(part, start + 1)
  if (start < 0) throw new Error(`test: "${part}" not in text`)
  return { fragments: [{ start, end: start + part.length }], text: part }
}

const gold: GoldAttribution[] = [
  { id: 'E1', content: at('the economy is strong'), cue: at('said'), source: at('Smith') },
  { id: 'E2', content: at('“We will win,”'), cue: at('added'), source: at('he', 1) },
  { id: 'E3', content: at('taxes are too high'), cue: at('argue'), source: at('Critics') },
]

const right: PredictedQuote[] = [
  { spans: at('the economy is strong').fragments, marked: false, verb: 'said', speakerSpans: at('Smith').fragments, speakerName: 'John Smith' },
  // Without its quotation marks: the same word tokens, so still an exact match.
  { spans: at('We will win').fragments, marked: true, verb: 'added', speakerSpans: at('he', 1).fragments, speakerName: 'Smith' },
  // {that, taxes, are} vs {taxes, are, too, high}: Jaccard 2/5 < 0.5, no match.
  { spans: at('that taxes are').fragments, marked: false, speakerName: null },
]

describe('scoreQuotes', () => {
  const counts = scoreQuotes(text, gold, right)

  test('token counts: 9 of 10 predicted tokens are gold content, of 11 gold tokens', () => {
    expect([counts.tokenTp, counts.tokenPred, counts.tokenGold]).toEqual([9, 10, 11])
  })

  test('attribution matching at Jaccard ≥ 0.5, exact = same word tokens', () => {
    expect([counts.gold, counts.pred, counts.matched, counts.exact]).toEqual([3, 3, 2, 2])
  })

  test('speaker: spans overlap; names by surname; "he" resolves to the earlier named source', () => {
    expect([counts.speakerTp, counts.sourced, counts.speakerSpanRight]).toEqual([2, 2, 2])
    expect([counts.named, counts.nameRight]).toEqual([1, 1])
    expect([counts.resolved, counts.resolvedRight]).toEqual([2, 2])
  })

  test('cue: our verb shares a word with the gold cue', () => {
    expect([counts.cued, counts.cueRight]).toEqual([2, 2])
  })

  test('direct subset: one gold quote in quotation marks, matched by our one marked quote', () => {
    expect([counts.directGold, counts.markedPred, counts.directMatched, counts.directSpeakerTp, counts.markedMatchedIndirect]).toEqual([1, 1, 1, 1, 0])
  })

  test('reported-speech subset: our unmarked quotes against gold outside quotation marks', () => {
    expect([counts.unmarkedPred, counts.indirectMatched, counts.unmarkedMatchedDirect]).toEqual([2, 1, 0])
  })

  test('wrong speaker name and wrong verb count against a matched quote', () => {
    const wrong = scoreQuotes(text, gold.slice(0, 1), [
      { spans: at('the economy is strong').fragments, marked: false, verb: 'argue', speakerSpans: at('Critics').fragments, speakerName: 'Critics' },
    ])
    expect([wrong.matched, wrong.speakerTp, wrong.nameRight, wrong.cueRight, wrong.cued]).toEqual([1, 0, 0, 0, 1])
  })

  test('a marked quote matched to paraphrase gold is left out of the direct subset, not counted wrong', () => {
    const marked = scoreQuotes(text, gold.slice(0, 1), [{ spans: at('the economy is strong').fragments, marked: true, speakerName: null }])
    expect([marked.directGold, marked.markedPred, marked.directMatched, marked.markedMatchedIndirect]).toEqual([0, 1, 0, 1])
  })

  test('no predictions: nothing matched, all gold tokens missed', () => {
    const none = scoreQuotes(text, gold, [])
    expect([none.tokenTp, none.tokenGold, none.matched, none.directGold]).toEqual([0, 11, 0, 1])
  })
})

describe('isSpeakerRight', () => {
  const content = at('taxes are too high')
  test.each([
    ['gold source, overlapping span', { id: 'x', content, source: at('Critics') }, [at('Critics argue').fragments[0]], true],
    ['gold source, no span', { id: 'x', content, source: at('Critics') }, [], false],
    ['gold source, span elsewhere', { id: 'x', content, source: at('Critics') }, [at('Smith').fragments[0]], false],
    ['no gold source, no span', { id: 'x', content }, [], true],
    ['no gold source, a span', { id: 'x', content }, [at('Smith').fragments[0]], false],
  ])('%s → %s', (_, g, spans, expected) => {
    const speakerSpans = spans.filter((s) => s !== undefined)
    expect(isSpeakerRight(g, { spans: content.fragments, marked: false, speakerSpans, speakerName: null })).toBe(expected)
  })
})

describe('isDirectQuote', () => {
  const quoted = 'He said “we will win,” and left. She said that “it is over.” Then: "no way" indeed.'
  const span = (part: string): GoldSpan => {
    const start = quoted.indexOf(part)
    return { fragments: [{ start, end: start + part.length }], text: part }
  }
  test.each([
    ['“we will win,”', true],
    ['we will win', true],
    ['that “it is over.”', false],
    ['"no way"', true],
    ['He said', false],
  ])('%s → %s', (part, expected) => {
    expect(isDirectQuote(quoted, span(part))).toBe(expected)
  })
})

describe('quoteErrors', () => {
  test('lists missed gold, spurious predictions and wrong speakers in words', () => {
    const errors = quoteErrors(text, gold, [
      { spans: at('We will win').fragments, marked: true, speakerSpans: at('Smith').fragments, speakerName: 'Smith' },
      { spans: at('Critics argue').fragments, marked: false, speakerName: null },
    ])
    expect(errors.missed).toEqual(['the economy is strong ← Smith', 'taxes are too high ← Critics'])
    expect(errors.spurious).toEqual(['Critics argue ← – (no name)'])
    expect(errors.wrongSpeaker).toEqual(['“We will win,” — gold: he / ours: Smith (Smith)'])
  })
})
