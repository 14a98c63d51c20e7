import { describe, expect, test } from 'vitest'
import { renderMarkdown, renderTerminal } from '../../src/report/index.js'
import { fixtureReport } from './fixture.js'

describe('coverage by group in the text reports', () => {
  test('the terminal report has one line per group kind, unknown outlets last', () => {
    const out = renderTerminal(fixtureReport, { color: false, width: 200 })
    expect(out).toContain('COVERAGE BY GROUP\n  country: Ukraine 1 (Kyiv Herald) · unknown 1 (Daily Wrap)\n  state media: no 1 (Kyiv Herald) · unknown 1 (Daily Wrap)\n')
  })

  test('the Markdown report has one bullet per group kind, names escaped', () => {
    const report = { ...fixtureReport, coverageByGroup: [{ kind: 'lean', values: [{ value: 'left', outlets: ['*Star*', 'B'] }] }] }
    expect(renderMarkdown(report)).toContain('## Coverage by group\n\n- **lean**: left 2 (\\*Star\\*, B)\n')
  })

  test('without a registry there is no such section', () => {
    const report = { ...fixtureReport, coverageByGroup: [] }
    expect(renderTerminal(report, { color: false })).not.toContain('COVERAGE BY GROUP')
    expect(renderMarkdown(report)).not.toContain('Coverage by group')
  })
})
