import { describe, expect, test } from 'vitest'
import { compareText } from './compare-text.js'

describe('compareText', () => {
  test('orders as localeCompare does, on 100,000 random pairs of the characters it compares itself', () => {
    const alphabet = ' _-0123456789aAbBmMzZ'
    let seed = 7
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const word = (): string => Array.from({ length: 1 + Math.floor(random() * 5) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
    const differ: string[] = []
    for (let k = 0; k < 100_000; k++) {
      const [a, b] = [word(), word()]
      if (Math.sign(compareText(a, b)) !== Math.sign(a.localeCompare(b))) differ.push(`${JSON.stringify(a)} ${JSON.stringify(b)}`)
    }
    expect(differ.slice(0, 5)).toEqual([])
  })

  test('other strings are compared by localeCompare', () => {
    for (const [a, b] of [['Łukaszenka', 'Lukashenko'], ['Лукашенко', 'Lukashenko'], ["O'Brien", 'Obama'], ['a.b', 'a-b'], ['é', 'e']] as const) {
      expect(Math.sign(compareText(a, b))).toBe(Math.sign(a.localeCompare(b)))
    }
    // Digit by digit, as localeCompare without the numeric option; a shorter string first when the rest is equal.
    expect(['b', 'B', 'a-1', 'a 1', 'A', '10', '9'].sort(compareText)).toEqual(['10', '9', 'A', 'a 1', 'a-1', 'b', 'B'])
  })
})
