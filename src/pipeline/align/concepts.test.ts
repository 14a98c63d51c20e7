import { expect, test } from 'vitest'
import { conceptSimilarity, similarityCandidates, type Concept } from './concepts.js'

/** A random concept list over a small vocabulary, some words in paraphrase groups, some glossed as another word's key (a foreign word). */
function randomLists(count: number, seed: number): Concept[][] {
  let state = seed
  const random = (): number => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 8) }, (_, k) => {
      const word = Math.floor(random() * 30)
      const alternatives = word % 5 === 0 ? [`g${word % 3}`] : word % 7 === 3 ? [`w:${(word * 3) % 30}`] : []
      return { key: word % 7 === 3 ? `w:xx:${word}` : `w:${word}`, alternatives, start: k, end: k + 1 }
    }),
  )
}

test('similarityCandidates finds exactly the lists a query can score above 0 with', () => {
  const weights = new Map<string, number>()
  for (let seed = 1; seed <= 5; seed++) {
    const lists = randomLists(60, seed)
    const queries = randomLists(40, seed + 100)
    const candidatesOf = similarityCandidates(lists)
    let nonZero = 0
    for (const query of queries) {
      const scored = lists.map((_, n) => n).filter((n) => conceptSimilarity(query, lists[n]!, weights) > 0)
      nonZero += scored.length
      expect(candidatesOf(query)).toEqual(scored)
    }
    expect(nonZero).toBeGreaterThan(50)
  }
})
