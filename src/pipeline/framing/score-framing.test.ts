import { expect, test } from 'vitest'
import type { FramingSpan } from '../../model/index.js'
import { scoreFraming } from './score-framing.js'

const span = (confidence: number): FramingSpan => ({ start: 0, end: 1, text: 'x', technique: 'doubt', source: 'lexicon', voice: { kind: 'outlet' }, explanation: 'x', confidence })

test.each([
  [[0.9, 0.6], 'one two three four five six seven eight nine ten', 15],
  [[0.5], 'self-proclaimed Putin’s words', 16.667],
  [[], 'a neutral text', 0],
  [[0.9], '', 0],
  [[0.9], '— ! ?', 0],
])('spans %j over "%s" → %f per 100 words', (confidences, text, score) => {
  expect(scoreFraming(confidences.map(span), text)).toBe(score)
})
