import { expect, test } from 'vitest'
import { barPercents } from './bar-percents.js'

test.each([
  [[1, 1], [50, 50]],
  [[2, 1], [67, 33]],
  [[1, 1, 1], [34, 33, 33]],
  [[5], [100]],
  [[0, 3], [0, 100]],
  [[0, 0], []],
  // 1 of 300 would round to 0: the floor keeps it visible, taken from the widest.
  [[299, 1], [99, 1]],
  [[98, 1, 1], [98, 1, 1]],
])('%j → %j', (counts, expected) => {
  expect(barPercents(counts)).toEqual(expected)
})

test('always 100 in all, every counted value at least 1%', () => {
  for (let seed = 1; seed < 200; seed++) {
    const counts = Array.from({ length: 1 + (seed % 7) }, (_, i) => ((seed * (i + 3) * 7919) % 97) + (i % 3 === 0 ? 0 : 1))
    const out = barPercents(counts)
    if (counts.every((n) => n === 0)) continue
    expect(out.reduce((s, n) => s + n, 0)).toBe(100)
    counts.forEach((n, i) => expect(n > 0 ? out[i]! >= 1 : out[i] === 0).toBe(true))
  }
})
