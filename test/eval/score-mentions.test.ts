import { describe, expect, test } from 'vitest'
import type { GoldName } from '../../scripts/eval/lib/ecb-gold-names.js'
import { scoreMentions, type PredictedMention } from '../../scripts/eval/lib/score-mentions.js'

const text = 'Australian actor Hugh Jackman will host in Los Angeles, California, for the Academy.'
const span = (part: string): { start: number; end: number; text: string } => {
  const start = text.indexOf(part)
  return { start, end: start + part.length, text: part }
}
const gold: GoldName[] = [
  { ...span('Hugh Jackman'), kind: 'person', chain: 'HUM1', isHead: true },
  { ...span('Los Angeles'), kind: 'place', chain: 'LOC1', isHead: true },
  { ...span('California'), kind: 'other', chain: 'LOC1/x', isHead: false },
  { ...span('Academy'), kind: 'organization', chain: 'ORG1', isHead: true },
]

describe('scoreMentions', () => {
  const pred: PredictedMention[] = [
    { ...span('Jackman'), kind: 'person' }, // overlap, typed, not exact
    { ...span('Los Angeles'), kind: 'organization' }, // overlap + exact, wrong type
    { ...span('California'), kind: 'place' }, // overlap + exact; non-head gold: not scored by type
    { ...span('the Academy'), kind: 'organization' }, // exact once "the" is ignored
    { ...span('Australian'), kind: 'other' }, // false positive
  ]
  const { counts, matchOf } = scoreMentions(gold, pred)

  test('overlap and exact matching', () => {
    expect(counts.overlap).toEqual({ tp: 4, pred: 5, gold: 4 })
    expect(counts.exact).toEqual({ tp: 3, pred: 5, gold: 4 })
  })

  test('typed: head gold only; our mention on a non-head gold name is not counted', () => {
    expect(counts.typed).toEqual({ tp: 2, pred: 3, gold: 3 })
    expect(counts.byKind.person).toEqual({ tp: 1, pred: 1, gold: 1 })
    expect(counts.byKind.place).toEqual({ tp: 0, pred: 0, gold: 1 })
    expect(counts.byKind.organization).toEqual({ tp: 1, pred: 2, gold: 1 })
  })

  test('each gold name points at the prediction it matched', () => {
    expect(matchOf).toEqual([0, 1, 2, 3])
  })

  test('one prediction covering two gold names matches only one of them', () => {
    const wide = scoreMentions(gold, [{ ...span('Los Angeles, California'), kind: 'place' }])
    expect(wide.counts.overlap.tp).toBe(1)
    expect(wide.matchOf).toEqual([undefined, 0, undefined, undefined])
  })
})
