import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { wordDiff, type DiffSegment } from '../../src/report/word-diff.js'

const changed = (segments: readonly DiffSegment[]): string[] =>
  segments.filter((s) => s.changed).map((s) => s.text)
const joined = (segments: readonly DiffSegment[]): string => segments.map((s) => s.text).join('')

describe('wordDiff', () => {
  test('marks the words each rendering does not share (EXPECTED.md §6 pair)', () => {
    const a = 'We assess this as an even greater danger than from warring Ukraine.'
    const b = 'We believe it is a greater threat than the one coming from Ukraine'
    const diff = wordDiff(a, b)
    expect(changed(diff.a)).toEqual(['assess this as an even', 'danger', 'warring'])
    expect(changed(diff.b)).toEqual(['believe it is a', 'threat', 'the one coming'])
    // Shared in order: We, greater, than, from, Ukraine = 5 of the longer side's 13 words.
    expect(diff.similarity).toBeCloseTo(5 / 13)
  })

  test.each([
    ['identical text', 'This would calm some heads', 'This would calm some heads', [], []],
    ['case, diacritics and punctuation are not differences', 'Łukaszenka said: “Yes.”', 'łukaszenka said yes', [], []],
    ['an inserted word', 'calm some minds', 'calm some angry minds', [], ['angry']],
    ['everything differs', 'yes', 'no', ['yes'], ['no']],
    ['one side empty', '', 'new words', [], ['new words']],
  ])('%s', (_name, a, b, expectedA, expectedB) => {
    const diff = wordDiff(a, b)
    expect(changed(diff.a)).toEqual(expectedA)
    expect(changed(diff.b)).toEqual(expectedB)
  })

  test('two empty strings are identical', () => {
    expect(wordDiff('', '')).toEqual({ a: [], b: [], similarity: 1 })
  })

  test('changed runs keep surrounding spaces outside the run', () => {
    expect(wordDiff('a greater danger here', 'a greater threat here').b).toEqual([
      { text: 'a greater ', changed: false },
      { text: 'threat', changed: true },
      { text: ' here', changed: false },
    ])
  })

  // Property tests against a slow, obvious LCS over the same word keys.
  const words = fc.array(fc.constantFrom('the', 'a', 'threat', 'danger', 'Ukraine', 'calm', 'heads'), { maxLength: 9 })
  const toText = (ws: readonly string[], sep: string): string => ws.join(sep)

  test('segments rebuild each input exactly, and the unchanged words are a longest common subsequence', () => {
    fc.assert(
      fc.property(words, words, fc.constantFrom(' ', ', ', ' — '), (wa, wb, sep) => {
        const a = toText(wa, sep)
        const b = toText(wb, sep)
        const diff = wordDiff(a, b)
        expect(joined(diff.a)).toBe(a)
        expect(joined(diff.b)).toBe(b)
        const keptA = unchangedWords(diff.a)
        const keptB = unchangedWords(diff.b)
        expect(keptA.map((w) => w.toLowerCase())).toEqual(keptB.map((w) => w.toLowerCase()))
        expect(keptA).toHaveLength(slowLcs(wa.map((w) => w.toLowerCase()), wb.map((w) => w.toLowerCase())))
      }),
      { seed: 20241206, numRuns: 300 },
    )
  })
})

function unchangedWords(segments: readonly DiffSegment[]): string[] {
  return segments.filter((s) => !s.changed).flatMap((s) => s.text.match(/[\p{L}\p{N}]+/gu) ?? [])
}

function slowLcs(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  const [x, ...restA] = a
  const [y, ...restB] = b
  if (x === y) return 1 + slowLcs(restA, restB)
  return Math.max(slowLcs(restA, b), slowLcs(a, restB))
}
