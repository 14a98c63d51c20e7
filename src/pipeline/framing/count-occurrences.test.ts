import { expect, test } from 'vitest'
import { occurrenceCounter } from './count-occurrences.js'

test('occurrenceCounter counts as indexOf from each match + 1 does, on short and indexed long texts', () => {
  let seed = 99
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return (seed >>> 8) % n
  }
  // A small alphabet, so that needles repeat, overlap ("aaa" in "aaaa") and share 3-grams.
  const words = ['the', 'regime', 'aaa', 'said', 'ba', 'ab', 'ї', 'İ', 'regime said', 'the the']
  const text = Array.from({ length: 12_000 }, () => words[next(words.length)]).join(' ').toLowerCase()
  const scan = (needle: string) => {
    const firstAt = text.indexOf(needle)
    let count = 0
    for (let at = firstAt; at >= 0; at = text.indexOf(needle, at + 1)) count++
    return { count, firstAt }
  }
  expect(text.length).toBeGreaterThan(20_000)
  const counter = occurrenceCounter(text)
  const needles = ['a', 'aa', 'aaa', 'aaaa', 'aa aa', 'regime', 'the regime said', 'e r', 'zzz', 'said the the', text.slice(100, 140), text.slice(-7)]
  for (let k = 0; k < 200; k++) needles.push(text.slice(next(text.length - 20), undefined).slice(0, 3 + next(15)))
  for (const needle of needles) expect([needle, counter(needle)]).toEqual([needle, scan(needle)])
  expect(occurrenceCounter('abcabc')('bc')).toEqual({ count: 2, firstAt: 1 })
})
