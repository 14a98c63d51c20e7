import { describe, expect, test } from 'vitest'
import { parseEvalArgs, TASKS } from '../../scripts/eval/lib/eval-args.js'
import { markdownTable, replaceResultsSection, RESULTS_END, RESULTS_START, textTable } from '../../scripts/eval/lib/results-table.js'

describe('parseEvalArgs', () => {
  test('no flags: every task, results written', () => {
    expect(parseEvalArgs([])).toEqual({ tasks: TASKS, write: true })
  })

  test('--only keeps the run order and does not write; --limit in both spellings', () => {
    expect(parseEvalArgs(['--only', 'entities,quotes', '--limit', '20'])).toEqual({ tasks: ['quotes', 'entities'], limit: 20, write: false })
    expect(parseEvalArgs(['--limit=5', '--write'])).toEqual({ tasks: TASKS, limit: 5, write: true })
  })

  test('--help asks for the usage', () => {
    expect(parseEvalArgs(['--limit', '3', '--help'])).toEqual({ help: true })
  })

  test.each([
    [['--only', 'quotes,nope'], /unknown task "nope"/u],
    [['--limit', '0'], /positive whole number, got "0"/u],
    [['--limit'], /positive whole number, got ""/u],
    [['--fast'], /unknown option "--fast"/u],
  ])('%j → a message, not an exception', (argv, message) => {
    const result = parseEvalArgs(argv)
    expect('error' in result ? result.error : '').toMatch(message)
  })
})

describe('results tables', () => {
  const rows = [
    { task: 'quotes', metric: 'F1', value: 0.61234, published: '0.923 | human', note: 'P 0.7' },
    { task: 'entities', metric: 'pipeline', value: Number.NaN, note: 'not loaded' },
  ]

  test('text: padded columns, 3 decimals, a dash when not measured', () => {
    expect(textTable(rows).split('\n')).toEqual([
      'task     | metric   | ours  | published     | note',
      '---------+----------+-------+---------------+-----',
      'quotes   | F1       | 0.612 | 0.923 | human | P 0.7',
      'entities | pipeline | –     |               | not loaded',
    ])
  })

  test('markdown: pipes in cells escaped, numbers right-aligned', () => {
    const lines = markdownTable(rows).split('\n')
    expect(lines[1]).toBe('|---|---|---:|---|---|')
    expect(lines[2]).toBe('| quotes | F1 | 0.612 | 0.923 \\| human | P 0.7 |')
  })

  test('the generated section is replaced in place, or appended once', () => {
    const doc = `# Eval\n\nintro\n\n${RESULTS_START}\nold\n${RESULTS_END}\n\n## Metrics\n`
    const updated = replaceResultsSection(doc, 'new table')
    expect(updated).toBe(`# Eval\n\nintro\n\n${RESULTS_START}\nnew table\n${RESULTS_END}\n\n## Metrics\n`)
    expect(replaceResultsSection(updated, 'newer')).toContain(`${RESULTS_START}\nnewer\n${RESULTS_END}\n\n## Metrics`)
    expect(replaceResultsSection('# Eval\n', 'table')).toBe(`# Eval\n\n${RESULTS_START}\ntable\n${RESULTS_END}\n`)
  })
})
