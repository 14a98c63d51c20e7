import { expect, test } from 'vitest'
import { briefWords } from './brief-words.js'

test.each([
  [1, 120],
  [2, 120],
  [3, 120],
  [6, 150],
  [12, 180],
  [24, 210],
])('%i articles → %i words', (articles, words) => {
  expect(briefWords(articles)).toBe(words)
})
