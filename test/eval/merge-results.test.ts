import { describe, expect, test } from 'vitest'
import { measuredLines, mergeResults, parseStoredResults, type StoredResults } from '../../scripts/eval/lib/merge-results.js'

const ORDER = ['quotes', 'entities', 'facts']
const row = (taskKey: string, metric: string, value: number | null) => ({ taskKey, task: taskKey, metric, value })

describe('mergeResults', () => {
  const previous: StoredResults = {
    date: '2026-11-23T19:33:00.000Z',
    commit: 'old',
    tasks: [
      { task: 'quotes', seconds: 6, date: '2026-11-23T19:33:00.000Z', commit: 'old' },
      { task: 'entities', seconds: 7, date: '2026-11-23T19:33:00.000Z', commit: 'old' },
    ],
    rows: [row('quotes', 'F1', 0.5), row('entities', 'F1', 0.6), row('entities', 'B3', 0.7)],
  }

  test('a partial run replaces its own task and keeps the others, in task order', () => {
    const run = { date: '2026-12-07T10:00:00.000Z', commit: 'new', tasks: [{ task: 'entities', seconds: 8, date: '2026-12-07T10:00:00.000Z', commit: 'new' }], rows: [row('entities', 'F1', 0.9)] }
    const merged = mergeResults(previous, run, ORDER)
    expect(merged.tasks.map((t) => [t.task, t.commit])).toEqual([['quotes', 'old'], ['entities', 'new']])
    expect(merged.rows).toEqual([row('quotes', 'F1', 0.5), row('entities', 'F1', 0.9)])
    expect(merged.commit).toBe('new')
  })

  test('a new task is added in its place; no previous file is an empty one', () => {
    const run = { date: 'd', commit: 'c', tasks: [{ task: 'facts', seconds: 1, date: 'd', commit: 'c' }], rows: [row('facts', 'acc', 0.7)] }
    expect(mergeResults(previous, run, ORDER).tasks.map((t) => t.task)).toEqual(['quotes', 'entities', 'facts'])
    expect(mergeResults(undefined, run, ORDER).rows).toEqual([row('facts', 'acc', 0.7)])
  })
})

describe('parseStoredResults', () => {
  test('tasks of an older file take the file date and commit; junk is no result', () => {
    const parsed = parseStoredResults(JSON.stringify({ date: 'd0', commit: 'c0', tasks: [{ task: 'quotes', seconds: 5 }], rows: [] }))
    expect(parsed?.tasks).toEqual([{ task: 'quotes', seconds: 5, date: 'd0', commit: 'c0' }])
    expect(parseStoredResults('not json')).toBeUndefined()
    expect(parseStoredResults('{}')).toBeUndefined()
  })
})

describe('measuredLines', () => {
  test('one line per date, commit and limit', () => {
    const lines = measuredLines([
      { task: 'quotes', seconds: 5.7, date: '2026-11-23T19:33:53.332Z', commit: 'a' },
      { task: 'entities', seconds: 7.4, date: '2026-11-23T19:33:53.332Z', commit: 'a' },
      { task: 'facts', seconds: 30, date: '2026-12-07T10:00:00.000Z', commit: 'b', limit: 20 },
    ])
    expect(lines).toEqual([
      'Measured 2026-11-23 19:33 UTC at commit `a` (quotes 6 s, entities 7 s).',
      'Measured 2026-12-07 10:00 UTC at commit `b`, at most 20 documents per task (facts 30 s).',
    ])
  })
})
