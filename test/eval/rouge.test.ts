import { describe, expect, test } from 'vitest'
import { firstTokens, lcsLength, rouge, rougeTokens } from '../../scripts/eval/lib/rouge.js'

const t = rougeTokens

describe('rouge (hand-computed cases)', () => {
  test('tokens: lower-cased letters and digits, punctuation splits', () => {
    expect(t("Biden's 3.5% plan — “passed”.")).toEqual(['biden', 's', '3', '5', 'plan', 'passed'])
  })

  test('the cat sat / the cat ran: R1 2/3, R2 1/2, RL 2/3', () => {
    const s = rouge(t('the cat sat'), t('the cat ran'))
    expect(s.rouge1.f1).toBeCloseTo(2 / 3)
    expect(s.rouge2.f1).toBeCloseTo(1 / 2)
    expect(s.rougeL.f1).toBeCloseTo(2 / 3)
  })

  test('clipped counts and unequal lengths: recall and precision differ', () => {
    // candidate "the the the cat" (4), reference "the cat sat on the mat" (6): unigram overlap the×2 + cat = 3.
    const s = rouge(t('the the the cat'), t('the cat sat on the mat'))
    expect(s.rouge1.recall).toBeCloseTo(3 / 6)
    expect(s.rouge1.precision).toBeCloseTo(3 / 4)
    expect(s.rouge1.f1).toBeCloseTo((2 * 0.5 * 0.75) / 1.25)
    // bigrams: candidate {the the ×2, the cat}, reference {the cat, cat sat, sat on, on the, the mat}: overlap 1.
    expect(s.rouge2.recall).toBeCloseTo(1 / 5)
    expect(s.rouge2.precision).toBeCloseTo(1 / 3)
    // LCS "the cat" (2): R 2/6, P 2/4.
    expect(s.rougeL.recall).toBeCloseTo(2 / 6)
    expect(s.rougeL.precision).toBeCloseTo(2 / 4)
  })

  test('LCS follows order, not overlap: "a b c d" vs "d c b a" is 1, vs "a x c y d" is 3', () => {
    expect(lcsLength(t('a b c d'), t('d c b a'))).toBe(1)
    expect(lcsLength(t('a b c d'), t('a x c y d'))).toBe(3)
  })

  test('an empty side scores 0, never NaN', () => {
    const s = rouge([], t('a b'))
    expect([s.rouge1.f1, s.rouge2.f1, s.rougeL.f1]).toEqual([0, 0, 0])
  })

  test('identical texts score 1; cutting keeps the first tokens', () => {
    expect(rouge(t('one two three'), t('One, two; three.')).rouge2.f1).toBe(1)
    expect(firstTokens('One two, three four.', 3)).toEqual(['one', 'two', 'three'])
  })
})
