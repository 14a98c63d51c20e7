import { describe, expect, test } from 'vitest'
import { contentWords, wordJaccard } from '../../scripts/eval/lib/content-words.js'
import type { FactTask } from '../../scripts/eval/lib/load-ecbplus-facts.js'
import { scoreFactAlignment } from '../../scripts/eval/lib/score-fact-alignment.js'
import { bootstrapInterval, scoreParaphrase } from '../../scripts/eval/lib/score-paraphrase.js'

// Three articles; annotated sentences with their action chains. Gold pairs: every cross-article pair sharing a chain.
const task: FactTask = {
  taskId: 't',
  docs: [
    { name: 'd0', text: '', annotated: [{ sent: 0, start: 0, end: 10, chains: new Set(['escape']) }, { sent: 2, start: 20, end: 30, chains: new Set(['arrest']) }] },
    { name: 'd1', text: '', annotated: [{ sent: 1, start: 10, end: 20, chains: new Set(['escape', 'hunt', 'shoot']) }] },
    { name: 'd2', text: '', annotated: [{ sent: 0, start: 0, end: 10, chains: new Set(['escape']) }] },
  ],
  pairs: [
    { a: [0, 0], b: [1, 1] }, // Jaccard 1/3: lenient only
    { a: [0, 0], b: [2, 0] }, // Jaccard 1: strict
    { a: [1, 1], b: [2, 0] }, // Jaccard 1/3: lenient only
  ],
}

describe('scoreFactAlignment', () => {
  test('strict and lenient correctness, covered pairs, unscorable and one-article facts', () => {
    const { counts, missedStrict } = scoreFactAlignment(task, [
      [{ doc: 0, start: 2, end: 4 }, { doc: 2, start: 0, end: 5 }], // strict pair (0,0)-(2,0)
      [{ doc: 0, start: 22, end: 24 }, { doc: 1, start: 12, end: 14 }], // arrest vs escape/hunt/shoot: wrong
      [{ doc: 0, start: 40, end: 44 }, { doc: 1, start: 12, end: 14 }], // article 0 passage unannotated: unscorable
      [{ doc: 1, start: 12, end: 14 }], // one article: no claim of sharing
    ])
    expect(counts).toEqual({
      facts: 3,
      scorable: 2,
      correctLenient: 1,
      correctStrict: 1,
      goldLenient: 3,
      goldStrict: 1,
      coveredLenient: 1,
      coveredStrict: 1,
    })
    expect(missedStrict).toEqual([])
  })

  test('a fact over all three articles is lenient-correct and covers every pair it hits', () => {
    const { counts, missedStrict } = scoreFactAlignment(task, [[{ doc: 0, start: 0, end: 30 }, { doc: 1, start: 10, end: 20 }, { doc: 2, start: 0, end: 10 }]])
    expect(counts.correctLenient).toBe(1)
    expect(counts.correctStrict).toBe(1)
    expect(counts.coveredLenient).toBe(3)
    expect(missedStrict).toEqual([])
  })

  test('nothing predicted: every strict pair is missed', () => {
    const { counts, missedStrict } = scoreFactAlignment(task, [])
    expect(counts.scorable).toBe(0)
    expect(missedStrict).toEqual([{ a: [0, 0], b: [2, 0] }])
  })
})

describe('content words', () => {
  test('lower-cased, stop words out, inner apostrophes kept', () => {
    expect([...contentWords('The Senate didn’t pass the bill, he said.')]).toEqual(['senate', 'pass', 'bill', 'said'])
  })

  test('Jaccard of the sets', () => {
    expect(wordJaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3, 10)
    expect(wordJaccard(new Set(), new Set())).toBe(0)
  })
})

describe('scoreParaphrase', () => {
  test('accuracy and paraphrase-class P/R/F1', () => {
    const score = scoreParaphrase([
      { isParaphrase: true, saysParaphrase: true },
      { isParaphrase: true, saysParaphrase: false },
      { isParaphrase: false, saysParaphrase: false },
      { isParaphrase: false, saysParaphrase: true },
    ])
    expect(score.accuracy).toBe(0.5)
    expect(score.paraphrase.precision).toBe(0.5)
    expect(score.paraphrase.recall).toBe(0.5)
    expect(score.n).toBe(4)
  })

  test('bootstrap interval: repeatable, and around the statistic', () => {
    const calls = Array.from({ length: 200 }, (_, i) => ({ isParaphrase: true, saysParaphrase: i % 4 !== 0 }))
    const accuracy = (c: readonly { isParaphrase: boolean; saysParaphrase: boolean }[]): number => scoreParaphrase(c).accuracy
    const [low, high] = bootstrapInterval(calls, accuracy)
    expect(bootstrapInterval(calls, accuracy)).toEqual([low, high])
    expect(low).toBeLessThan(0.75)
    expect(high).toBeGreaterThan(0.75)
    expect(high - low).toBeLessThan(0.15)
  })
})
