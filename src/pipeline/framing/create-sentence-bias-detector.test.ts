import { describe, expect, test } from 'vitest'
import { createSentenceBiasDetector } from './create-sentence-bias-detector.js'
import { loadSentenceBiasClassifier } from './sentence-bias-classifier.js'

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
})
