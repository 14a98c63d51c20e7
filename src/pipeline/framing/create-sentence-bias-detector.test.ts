import { describe, expect, test } from 'vitest'
import weightsEn from './weights/sentence-bias.en.json' with { type: 'json' }
import { createFramingDetector } from './create-framing-detector.js'
import { createSentenceBiasDetector } from './create-sentence-bias-detector.js'
import { englishLoadedWordModel, highestLoadedWordProbability, loadedWordProbability } from './loaded-word-model.js'
import { loadSentenceBiasClassifier } from './sentence-bias-classifier.js'
import { forEachSentenceFeature } from './sentence-features.js'
import { tokenizeWords } from './tokenize-words.js'

const detect = createSentenceBiasDetector()

describe('sentence bias classifier', () => {
  test.each([
    ['The radical left slammed the bizarre, dishonest plan as a disgraceful power grab.', true],
    ['Trump ranted about the hysterical media and its disgusting lies.', true],
    ['The committee will meet on Tuesday to discuss the budget.', false],
    ['The economy grew 2 percent in the third quarter, officials said.', false],
  ])('%s → biased %s', (text, isBiased) => {
    const [sentence] = detect(text)
    expect(sentence?.isBiased).toBe(isBiased)
  })

  test('one verdict per sentence, with offsets of its first and last word', () => {
    const text = 'The committee met. Critics slammed the disgraceful scheme!'
    const sentences = detect(text)
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The committee met', 'Critics slammed the disgraceful scheme'])
    expect(sentences[1]!.probability).toBeGreaterThan(sentences[0]!.probability)
  })

  test('languages without a classifier get no verdicts', () => {
    expect(createSentenceBiasDetector({ language: 'uk' })('Диктатор сказав.')).toEqual([])
  })

  test('a classifier with a heavy word weight follows it', () => {
    const classifier = loadSentenceBiasClassifier({ description: '', bias: -1, threshold: 0.5, features: ['u=zany'], weights: [3] })
    const custom = createSentenceBiasDetector({ classifier })
    expect(custom('A zany idea.').map((s) => s.isBiased)).toEqual([true])
    expect(custom('A plain idea.').map((s) => [s.isBiased, s.probability])).toEqual([[false, 0.27]])
  })

  test('the detector scores exactly the training features (forEachSentenceFeature with the loaded-word model)', () => {
    const classifier = loadSentenceBiasClassifier(weightsEn)
    const lexicon = createFramingDetector({ language: 'en', model: null, phrases: null, sentences: null })
    const model = englishLoadedWordModel()
    const text =
      'The radical left slammed the fake news. Officials said the budget grew 2 percent. ' +
      'Critics called the Union State a sham! Did the President of Belarus lie about the so-called threat?'
    const tokens = tokenizeWords(text)
    const verdicts = detect(text)
    const expected: number[] = []
    let first = 0
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i + 1]?.sentence === tokens[i]!.sentence) continue
      let z = classifier.bias
      const features: string[] = []
      forEachSentenceFeature(text, tokens, first, i, lexicon(text), (f) => features.push(f), model)
      for (const f of features) z += classifier.weights.get(f) ?? 0
      expect(features.filter((f) => f.startsWith('lwraw20='))).toHaveLength(1)
      expected.push(Math.round(100 / (1 + Math.exp(-z))) / 100)
      first = i + 1
    }
    expect(verdicts.map((v) => v.probability)).toEqual(expected)
  })

  test("the loaded-word feature is the model's highest raw word probability, names inside a sentence left out", () => {
    const model = englishLoadedWordModel()
    for (const text of ['The Hateful Eight opened. A disgraceful, shameful scheme.', 'Lukashenko hypocritically said it.']) {
      const tokens = tokenizeWords(text)
      let max = 0
      tokens.forEach((t, i) => {
        const inside = i > 0 && tokens[i - 1]!.sentence === t.sentence
        if (!(t.isCapitalized && inside)) max = Math.max(max, loadedWordProbability(tokens, i, model))
      })
      expect(highestLoadedWordProbability(tokens, 0, tokens.length - 1, model)).toBeCloseTo(max, 12)
    }
  })

  test('model: null leaves the loaded-word feature out', () => {
    const buckets = Array.from({ length: 20 }, (_, k) => 'lwraw20=' + k)
    const classifier = loadSentenceBiasClassifier({ description: '', bias: 0, threshold: 0.5, features: buckets, weights: buckets.map(() => -2) })
    const text = 'A plain idea.'
    expect(createSentenceBiasDetector({ classifier, model: null })(text).map((s) => s.probability)).toEqual([0.5])
    expect(createSentenceBiasDetector({ classifier })(text).map((s) => s.probability)).toEqual([0.12])
  })
})
