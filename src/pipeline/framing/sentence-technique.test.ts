import { describe, expect, test } from 'vitest'
import type { FramingSpan } from '../../model/index.js'
import { createFramingDetector } from './create-framing-detector.js'
import { forEachSentence } from './phrase-features.js'
import { forEachSentenceTechniqueFeature, sentenceContext } from './sentence-technique-features.js'
import { loadSentenceTechniqueModel, sentenceTechniqueProbability } from './sentence-technique-model.js'
import { SENTENCE_SPAN_TAG } from './sentence-technique-spans.js'
import { tokenizeWords } from './tokenize-words.js'
import { wordCluster } from './word-clusters.js'

// One weight of every feature kind the fast scorer reads.
const FEATURES: Record<string, number> = {
  'u=why': 1.5,
  'u=experts': 0.25,
  [`c=${wordCluster('destroy')}`]: 0.5,
  [`c=${wordCluster('monday')}`]: -0.75,
  'f=why': 0.625,
  'len=6': -0.25,
  'len=12': 0.125,
  'len=long': 0.0625,
  exclaim: 1,
  question: 0.875,
  quote: -0.5,
  'lx=loaded-language': 0.375,
  'spans=0': -0.3,
  'spans=1': 0.3,
  'nb=0': 0.15,
  'nb=1': -0.35,
  'nb=2': 0.45,
  'dens=3': 0.2,
}
const weights = { description: '', bias: -1, threshold: 0.5, features: Object.keys(FEATURES), weights: Object.values(FEATURES) }

const span = (start: number, end: number, technique: FramingSpan['technique']): FramingSpan => ({ start, end, text: '', technique, source: 'word-model', voice: { kind: 'outlet' }, explanation: '', confidence: 1 })

describe('sentence technique model', () => {
  test('the fast scorer computes exactly the training features (forEachSentenceTechniqueFeature)', () => {
    const model = loadSentenceTechniqueModel(weights)
    const text = 'The corrupt elites will destroy our great nation!\nWhy would anyone trust "experts" who lied? Officials met on Monday.'
    const tokens = tokenizeWords(text)
    // Two spans in the first sentence, one straddling the second and third: 3 spans over 3 sentences.
    const upstream = [span(4, 11, 'loaded-language'), span(19, 30, 'loaded-language'), span(88, 103, 'doubt')]
    const context = sentenceContext(tokens, upstream)
    expect(Array.from(context.spans)).toEqual([2, 1, 1])
    expect(context.density).toBe(1)
    let sentences = 0
    forEachSentence(tokens, (first, last) => {
      let z = weights.bias
      forEachSentenceTechniqueFeature(text, tokens, first, last, upstream, context, (f) => (z += FEATURES[f] ?? 0))
      expect(sentenceTechniqueProbability(text, tokens, first, last, upstream, context, model)).toBeCloseTo(1 / (1 + Math.exp(-z)), 12)
      sentences += 1
    })
    expect(sentences).toBe(3)
  })

  test('a confident sentence becomes a clause span beside the word-level spans, without the attribution', () => {
    // A toy model: every sentence with "experts" is propaganda.
    const model = loadSentenceTechniqueModel({ description: '', bias: -5, threshold: 0.5, features: ['u=experts'], weights: [10] })
    const detect = createFramingDetector({ language: 'en', model: null, sentences: model, thresholds: null })
    const text = 'Nobody should trust the so-called experts who lied to us for years, he said. Officials met on Monday.'
    const clauses = detect(text).filter((s) => s.explanation.includes(SENTENCE_SPAN_TAG))
    expect(clauses.map((s) => s.text)).toEqual(['Nobody should trust the', 'experts who lied to us for years'])
    for (const clause of clauses) {
      // Calibrated: clause spans of confident sentences overlap gold about half the time in PTC and BABE dev.
      expect(clause.confidence).toBe(0.58)
      expect(clause.explanation).toMatch(/^clause: .*p=0\.99.*technique classifier reads the sentence as /)
    }
    expect(createFramingDetector({ language: 'en', model: null, sentences: null })(text).some((s) => s.explanation.includes(SENTENCE_SPAN_TAG))).toBe(false)
  })

  test('a clause whose technique the classifier is not confident of is a loaded sentence, with no technique named', () => {
    const model = loadSentenceTechniqueModel({ description: '', bias: -5, threshold: 0.5, features: ['u=experts'], weights: [10] })
    const thresholds = { lexicon: 0, 'word-model': 0, 'phrase-model': 0, 'clause-model': 0, clauseTechnique: 1.01 }
    const detect = createFramingDetector({ language: 'en', model: null, sentences: model, thresholds })
    const clauses = detect('Nobody should trust the experts who lied to us for years.').filter((s) => s.source === 'clause-model')
    expect(clauses.length).toBeGreaterThan(0)
    for (const clause of clauses) {
      expect(clause.technique).toBe('loaded-sentence')
      expect(clause.explanation).toMatch(/technique classifier is not confident which technique/)
    }
    // Shown only above the clause model's own threshold: at NEVER none is.
    expect(createFramingDetector({ language: 'en', model: null, sentences: model, thresholds: { ...thresholds, 'clause-model': 1.01 } })('Nobody should trust the experts.')).toEqual([])
  })
})
