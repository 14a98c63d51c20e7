import { expect, test } from 'vitest'
import { cleanText } from './clean-text.js'

test('a one-line text is its own title and its own body', () => {
  const line = 'Police in the capital detained 213 drunk drivers this year'
  const cleaned = cleanText(line)
  expect(cleaned.text).toBe(line)
  expect(cleaned.title).toBe(line)
})

test('a first line ending in a full stop inside quotation marks is a sentence, not a headline', () => {
  const text = `"We're just dealing with bragging rights here, who wins and who loses."\n\nThe coach said it after the game.`
  const cleaned = cleanText(text)
  expect(cleaned.text.startsWith('"We\'re just dealing')).toBe(true)
  expect(cleaned.removed.filter((r) => r.reason === 'headline')).toEqual([])
})
