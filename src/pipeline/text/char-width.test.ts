import { expect, test } from 'vitest'
import { charWidth } from './char-width.js'

test('the width of a character of the class: 1, 2 for a surrogate pair, 0 for another class or a lone surrogate', () => {
  const letter = charWidth(/^\p{L}$/u)
  const text = 'Łó1 𝒜\ud800'
  expect([0, 1, 2, 3, 4, 6].map((at) => letter(text, at))).toEqual([1, 1, 0, 0, 2, 0])
  // Asked again, the remembered verdicts give the same answers.
  expect([0, 1, 2, 3, 4, 6].map((at) => letter(text, at))).toEqual([1, 1, 0, 0, 2, 0])
})
