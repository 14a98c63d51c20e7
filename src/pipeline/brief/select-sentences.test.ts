import { describe, expect, test } from 'vitest'
import { selectSentences, type Candidate } from './select-sentences.js'

const candidate = (concepts: string, words: number, position = 0, hasFraming = false): Candidate => ({ concepts: concepts.split(' '), words, position, hasFraming, support: 0 })
// Three outlets: "court", "rule" and "police" are in all three, "knife" in one.
const share: Record<string, number> = { court: 1, rule: 1, police: 1, immunity: 2 / 3, knife: 1 / 3, hammer: 1 / 3, dissent: 2 / 3 }
const options = (maxWords: number) => ({ maxWords, conceptWeight: (k: string) => share[k] ?? 0 })

describe('selectSentences', () => {
  test('what all outlets report first, then what fewer do; a paraphrase of a chosen sentence is left out', () => {
    const chosen = selectSentences(
      [candidate('knife hammer police', 10, 2), candidate('court rule police immunity', 12, 0), candidate('court rule knife', 10, 0), candidate('dissent hammer court', 8, 1)],
      options(100),
    )
    expect(chosen[0]).toBe(1)
    expect(chosen).not.toContain(2)
    expect(chosen).toEqual([1, 3, 0])
  })

  test('stays within the words given (plus the last sentence’s 10 %)', () => {
    const chosen = selectSentences([candidate('court rule', 30), candidate('knife', 30, 1), candidate('dissent', 25, 1)], options(50))
    expect(chosen).toEqual([0, 2])
  })

  test('a sentence with framing left in it is used only while the brief is under half its words', () => {
    const framed = candidate('court rule police', 10, 0, true)
    expect(selectSentences([framed, candidate('immunity dissent', 10, 1)], options(100))).toEqual([1, 0])
    expect(selectSentences([framed, candidate('immunity dissent', 60, 1)], options(100))).toEqual([1])
  })

  test('of two sides of a conflict (another figure, the opposite claim) one is told', () => {
    const sides = [{ ...candidate('knife police', 10, 1), rivals: [1] }, { ...candidate('hammer dissent', 10, 1), rivals: [0] }, candidate('immunity', 10, 2)]
    expect(selectSentences(sides, options(100))).toEqual([0, 2])
    expect(selectSentences(sides.map((c) => ({ ...c, rivals: [] })), options(100))).toEqual([0, 1, 2])
  })
})
