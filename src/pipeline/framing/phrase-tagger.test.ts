import { describe, expect, test } from 'vitest'
import { forEachPhraseFeature, forEachSentence, markTokens, sentenceShape } from './phrase-features.js'
import { decodeRuns, loadPhraseTagger, phraseLogits } from './phrase-tagger.js'
import { tokenizeWords } from './tokenize-words.js'
import { wordCluster } from './word-clusters.js'

// One weight of every feature kind the fast scorer splits out (the real weights are opt-in, not committed).
const FEATURES: Record<string, number> = {
  'w0=corrupt': 1.5,
  'w-1=the': 0.25,
  'w-2=<s>': -0.5,
  'w1=elites': 0.75,
  'w2=</s>': 0.125,
  [`c0=${wordCluster('destroy')}`]: 0.5,
  [`c-1=${wordCluster('will')}`]: -0.25,
  [`c2=${wordCluster('nation')}`]: 0.375,
  'pw=<s>|why': 1,
  'pw=our|great': 0.625,
  punct: -0.75,
  lex0: 2,
  lexnear: 0.875,
  'slen=12': 0.25,
  sq: 1.25,
  sx: 0.5,
  squote: -0.125,
  slex: 0.0625,
}
const weights = { description: '', bias: -2, threshold: 0.5, maxGap: 2, features: Object.keys(FEATURES), weights: Object.values(FEATURES) }

describe('phrase tagger', () => {
  test('the fast scorer computes exactly the training features (forEachPhraseFeature)', () => {
    const tagger = loadPhraseTagger(weights)
    const text = 'The corrupt elites will destroy our great nation!\nWhy would anyone trust "experts" who lied? Officials met on Monday.'
    const tokens = tokenizeWords(text)
    const marks = markTokens(tokens, [{ start: 4, end: 11 }])
    const fast = phraseLogits(text, tokens, marks, tagger)
    forEachSentence(tokens, (first, last) => {
      const shape = sentenceShape(text, tokens, first, last, marks)
      for (let i = first; i <= last; i++) {
        let z = tagger.bias
        forEachPhraseFeature(text, tokens, i, shape, (f) => (z += FEATURES[f] ?? 0))
        expect(fast[i]).toBeCloseTo(z, 9)
      }
    })
  })

  test('an unknown feature kind in a weights file is an error, not a silent zero', () => {
    expect(() => loadPhraseTagger({ ...weights, features: ['zz=1'], weights: [1] })).toThrow('framing: phrase weights: unknown feature zz=1')
  })

  test('markTokens marks the tokens a span overlaps', () => {
    const tokens = tokenizeWords('a vile lie, told twice')
    expect(Array.from(markTokens(tokens, [{ start: 2, end: 10 }]))).toEqual([0, 1, 1, 0, 0])
  })

  const tokens = tokenizeWords('one two three four five six. seven eight')
  const logits = (values: number[]): Float64Array => Float64Array.from(values)
  test.each([
    ['single words', [1, -1, -1, -1, 1, -1, -1, -1], 0, [[0, 0], [4, 4]]],
    ['a gap of two bridged', [1, -1, -1, 1, -1, -1, -1, -1], 2, [[0, 3]]],
    ['a gap of three not bridged', [1, -1, -1, -1, 1, -1, -1, -1], 2, [[0, 0], [4, 4]]],
    ['never across a sentence end', [-1, -1, -1, -1, -1, 1, 1, 1], 2, [[5, 5], [6, 7]]],
  ])('decodeRuns: %s', (_name, values, gap, runs) => {
    expect(decodeRuns(tokens, logits(values), 0, gap)).toEqual(runs)
  })
})

describe('opt-in phrase spans in the detector', () => {
  // A toy tagger: "will destroy our nation" is a phrase; "dictator" is the lexicon's and keeps its label.
  const toy = loadPhraseTagger({
    description: '',
    bias: -3,
    threshold: 0.6,
    maxGap: 2,
    features: ['w0=will', 'w0=destroy', 'w0=our', 'w0=nation', 'w0=dictator', 'w0=the'],
    weights: [4, 4, 4, 4, 4, 4],
  })
  test('adds the phrase around the lexicon span, never over it', async () => {
    const { createFramingDetector } = await import('./create-framing-detector.js')
    const detect = createFramingDetector({ language: 'en', model: null, phrases: toy, sentences: null, thresholds: null })
    const spans = detect('The dictator will destroy our nation.')
    expect(spans.map((s) => [s.text, s.explanation.endsWith('[model phrases.en]')])).toEqual([
      ['dictator', false],
      ['will destroy our nation', true],
    ])
    expect(spans[1]!.confidence).toBe(0.73)
    expect(createFramingDetector({ language: 'en', model: null, sentences: null })('The dictator will destroy our nation.').map((s) => s.text)).toEqual(['dictator'])
  })
})
