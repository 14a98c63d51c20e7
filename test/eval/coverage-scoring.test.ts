import { describe, expect, test } from 'vitest'
import type { Article, CoverageReport } from '../../src/model/index.js'
import { anchorBaseline, baselineSentences } from '../../scripts/eval/lib/anchor-baseline.js'
import { utf16Offsets } from '../../scripts/eval/lib/code-points.js'
import { coverageFromReport } from '../../scripts/eval/lib/coverage-from-report.js'
import type { WmtGold } from '../../scripts/eval/lib/load-wmt.js'
import { hitsPrf, scoreCoverage, type PredictedCoverage } from '../../scripts/eval/lib/score-coverage.js'

describe('utf16Offsets', () => {
  test('equal offsets without astral characters', () => {
    expect(utf16Offsets('Лукашенко')(4)).toBe(4)
  })

  test('each emoji before an offset adds one code unit', () => {
    const text = 'a😀b😀c'
    const to = utf16Offsets(text)
    expect([to(0), to(1), to(2), to(3), to(4), to(5)]).toEqual([0, 1, 3, 4, 6, 7])
    expect(text.slice(to(2), to(3))).toBe('b')
  })

  test('an offset past the end is a bug', () => {
    expect(() => utf16Offsets('😀')(3)).toThrow(/code-points:/u)
  })
})

// Text A: seg 1 [0,10) seg 2 [12,20) seg 3 [22,30); text B: seg 1 [0,10) seg 2 [12,20) seg 4 [22,30).
const gold: WmtGold = {
  spansA: [
    { segId: 1, start: 0, end: 10 },
    { segId: 2, start: 12, end: 20 },
    { segId: 3, start: 22, end: 30 },
  ],
  spansB: [
    { segId: 1, start: 0, end: 10 },
    { segId: 2, start: 12, end: 20 },
    { segId: 4, start: 22, end: 30 },
  ],
  shared: [1, 2],
  onlyA: [3],
  onlyB: [4],
  conflicts: [{ segId: 2, a: '40', b: '47', spanA: { start: 14, end: 16 }, spanB: { start: 15, end: 17 } }],
  consistent: [{ segId: 1, a: '7', b: '7', spanA: { start: 3, end: 4 }, spanB: { start: 5, end: 6 } }],
}

const nothing: PredictedCoverage = { shared: [], onlyA: [], onlyB: [], conflicts: [] }

describe('scoreCoverage', () => {
  test('a shared fact is right when both sides hit the same shared segment', () => {
    const counts = scoreCoverage(gold, {
      ...nothing,
      shared: [
        { a: [{ start: 2, end: 5 }], b: [{ start: 0, end: 3 }] }, // seg 1 on both sides: right
        { a: [{ start: 12, end: 14 }], b: [{ start: 0, end: 2 }] }, // seg 2 vs seg 1: wrong
        { a: [{ start: 1, end: 2 }], b: [{ start: 8, end: 9 }] }, // seg 1 again: right, found once
      ],
    })
    expect(counts.shared).toEqual({ correct: 2, predicted: 3, goldHit: 1, gold: 2 })
    const { precision, recall } = hitsPrf(counts.shared)
    expect([precision, recall]).toEqual([2 / 3, 0.5])
  })

  test('a fact spanning two segments is right when one of them is shared on both sides', () => {
    const counts = scoreCoverage(gold, { ...nothing, shared: [{ a: [{ start: 8, end: 14 }], b: [{ start: 13, end: 14 }] }] })
    expect(counts.shared).toEqual({ correct: 1, predicted: 1, goldHit: 1, gold: 2 })
  })

  test('single-source facts: right on a segment only that outlet kept', () => {
    const counts = scoreCoverage(gold, { ...nothing, onlyA: [[{ start: 23, end: 25 }], [{ start: 0, end: 5 }]], onlyB: [[{ start: 25, end: 29 }]] })
    expect(counts.onlyA).toEqual({ correct: 1, predicted: 2, goldHit: 1, gold: 1 })
    expect(counts.onlyB).toEqual({ correct: 1, predicted: 1, goldHit: 1, gold: 1 })
  })

  test('conflicts: both values must overlap the gold numbers; flags on consistent numbers are counted', () => {
    const counts = scoreCoverage(gold, {
      ...nothing,
      conflicts: [
        { a: [{ start: 14, end: 16 }], b: [{ start: 15, end: 17 }] },
        { a: [{ start: 3, end: 4 }], b: [{ start: 5, end: 6 }] },
        { a: [{ start: 14, end: 16 }], b: [{ start: 25, end: 26 }] },
      ],
    })
    expect(counts.conflicts).toEqual({ correct: 1, predicted: 3, goldHit: 1, gold: 1 })
    expect(counts.conflictsOnConsistent).toBe(1)
    expect(counts.docs).toEqual({ correct: 1, predicted: 1, goldHit: 1, gold: 1 })
    expect(counts.docsRight).toBe(1)
  })

  test('a task with a conflict and no flag: missed at task level', () => {
    const counts = scoreCoverage(gold, nothing)
    expect(counts.docs).toEqual({ correct: 0, predicted: 0, goldHit: 0, gold: 1 })
    expect(counts.docsRight).toBe(0)
    expect(hitsPrf(counts.shared)).toEqual({ precision: 0, recall: 0, f1: 0 })
  })
})

describe('coverageFromReport', () => {
  // Article text "Body one.\n\nBody two." comes from input "Title\n\nBody one.\n\nBody two." (headline removed).
  const article = (id: string): Article =>
    ({ id, sourceMap: [{ textStart: 0, inputStart: 7, length: 20 }] }) as unknown as Article
  const a = article('a1')
  const b = article('a2')
  const span = (articleId: string, start: number, end: number) => ({ articleId, start, end, text: '' })

  test('facts by the articles they list, conflicts only across the two, spans in input offsets', () => {
    const report = {
      facts: [
        { id: 'f1', text: '', articleIds: ['a1', 'a2'], spans: [span('a1', 0, 9), span('a2', 11, 20)] },
        { id: 'f2', text: '', articleIds: ['a1'], spans: [span('a1', 11, 20)] },
        { id: 'f3', text: '', articleIds: ['a2'], spans: [span('a2', 0, 9)] },
      ],
      differences: [
        { id: 'd1', kind: 'number', subject: '', status: 'conflict', values: [{ ...span('a1', 5, 8), normalized: '3' }, { ...span('a2', 5, 8), normalized: '4' }] },
        { id: 'd2', kind: 'number', subject: '', status: 'consistent', values: [{ ...span('a1', 5, 8), normalized: '3' }, { ...span('a2', 5, 8), normalized: '3' }] },
        { id: 'd3', kind: 'number', subject: '', status: 'conflict', values: [{ ...span('a1', 1, 2), normalized: '3' }, { ...span('a1', 5, 8), normalized: '4' }] },
      ],
    } as unknown as CoverageReport
    expect(coverageFromReport(report, a, b)).toEqual({
      shared: [{ a: [{ start: 7, end: 16 }], b: [{ start: 18, end: 27 }] }],
      onlyA: [[{ start: 18, end: 27 }]],
      onlyB: [[{ start: 7, end: 16 }]],
      conflicts: [{ a: [{ start: 12, end: 15 }], b: [{ start: 12, end: 15 }] }],
    })
  })
})

describe('anchorBaseline', () => {
  test('sentences end at a stop before a capital or at a line break, with number and name anchors', () => {
    const text = 'Tom Cruise signed 2 deals. he left\n\nNew line 10 000 here'
    const sentences = baselineSentences(text).map((s) => [text.slice(s.start, s.end), [...s.anchors].sort()])
    expect(sentences).toEqual([
      ['Tom Cruise signed 2 deals. he left', ['n:2', 'w:crui', 'w:tom']],
      ['New line 10 000 here', ['n:000', 'n:10', 'w:new']],
    ])
  })

  test('mutual best pairs across scripts are shared; one differing number each side is a conflict', () => {
    const a = 'Putin signed 3 decrees in 2021. Nothing else.'
    const b = 'Путин подписал 3 указа в 2022 году. Больше ничего.'
    const coverage = anchorBaseline(a, b)
    expect(coverage.shared).toHaveLength(1)
    expect(a.slice(coverage.shared[0]?.a[0]?.start, coverage.shared[0]?.a[0]?.end)).toBe('Putin signed 3 decrees in 2021.')
    expect(coverage.conflicts.map((c) => [a.slice(c.a[0]?.start, c.a[0]?.end), b.slice(c.b[0]?.start, c.b[0]?.end)])).toEqual([['2021', '2022']])
    expect(coverage.onlyA).toHaveLength(1)
    expect(coverage.onlyB).toHaveLength(1)
  })
})
