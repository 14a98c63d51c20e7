import { describe, expect, test } from 'vitest'
import * as report from '../../src/report/index.js'
import { quoteWordDiff } from '../../src/report/quote-word-diff.js'
import { visibleControls } from '../../src/report/visible-controls.js'
import { visibleWidth, wrapStyled } from '../../src/report/wrap-styled.js'
import { safeHttpUrl } from '../../src/report/safe-http-url.js'
import { renderFragment } from '../../src/report/render-document.js'
import { buildReportView } from '../../src/report/build-report-view.js'

test('public surface of src/report', () => {
  // The web UI (src/web) renders the same report sections, with the same escaping, as the static HTML report,
  // and the story list draws the same coverage-by-group bars; the story page shows the texts in pages (textPages).
  expect(Object.keys(report).sort()).toEqual([
    'GROUP_BAR_STYLE', 'GroupBar', 'REPORT_SECTIONS', 'ReportSections', 'SectionNav', 'formatDateRange', 'formatPublishedAt', 'renderDocument', 'renderFragment', 'renderHtml', 'renderMarkdown', 'renderTerminal', 'safeHttpUrl', 'textPages', 'wordDiff',
  ])
})

describe('quoteWordDiff', () => {
  test('three renderings: the first marks words any other lacks; the others are diffed against it', () => {
    const [first, second, third] = quoteWordDiff(['This would calm some minds', 'This would calm some heads', 'It would calm some minds'])
    const changed = (d: typeof first): string[] => d?.segments.filter((s) => s.changed).map((s) => s.text) ?? []
    expect(changed(first)).toEqual(['This', 'minds'])
    expect(changed(second)).toEqual(['heads'])
    expect(changed(third)).toEqual(['It'])
  })

  test('a single rendering has nothing to compare', () => {
    expect(quoteWordDiff(['only one'])).toEqual([{ segments: [{ text: 'only one', changed: false }] }])
    expect(quoteWordDiff([])).toEqual([])
  })
})

describe('text helpers', () => {
  test.each([
    ['\u001b[31mred', '⟨U+001B⟩[31mred'],
    ['bell\u0007', 'bell⟨U+0007⟩'],
    ['rtl\u202eoverride', 'rtl⟨U+202E⟩override'],
    ['C1\u009b', 'C1⟨U+009B⟩'],
    ['line\nand\ttab', 'line\nand\ttab'],
    ['Łukaszenka — „quoted”', 'Łukaszenka — „quoted”'],
  ])('visibleControls(%j)', (input, expected) => {
    expect(visibleControls(input)).toBe(expected)
  })

  test('wrapStyled wraps by visible width, ignoring colour codes, and keeps inner spacing', () => {
    expect(wrapStyled('\u001b[1mone\u001b[22m two three', 9, '  ')).toBe('  \u001b[1mone\u001b[22m two\n  three')
    expect(wrapStyled('a  b', 20)).toBe('a  b')
    expect(wrapStyled('unbreakable-long-word x', 10)).toBe('unbreakable-long-word\nx')
    expect(visibleWidth('\u001b[33mŁódź\u001b[39m')).toBe(4)
  })

  test('renderFragment escapes text and attributes and shows control characters; safeHttpUrl', () => {
    const hostile = `<a href="x" title='y'>&</a>\u202e`
    expect(renderFragment(<p title={hostile}>{hostile}</p>)).toBe(
      '<p title="&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;⟨U+202E⟩">&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;⟨U+202E⟩</p>',
    )
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1')
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeHttpUrl(' JavaScript:alert(1)')).toBeUndefined()
    expect(safeHttpUrl('data:text/html,<script>')).toBeUndefined()
    expect(safeHttpUrl('/relative')).toBeUndefined()
    expect(safeHttpUrl(undefined)).toBeUndefined()
  })
})

describe('buildReportView word counts', () => {
  const withText = (text: string): number => {
    const article = { id: 'a', source: 's', outlet: 'o', title: 't', titleSource: { kind: 'given' } as const, language: 'und', text, captions: [], removed: [] }
    const view = buildReportView({ version: 1, language: 'en', title: 't', headlines: [], articles: [article], outlets: [], coverageByGroup: [], entities: [], facts: [], differences: [], quotes: [], framing: [], brief: [], skipped: [] })
    return view.articles[0]?.words ?? -1
  }
  test.each([
    ['Łukaszenka met Putin in Mińsk.', 5],
    ["The military-political leadership won't say; 2,000 troops.", 7],
    ['Лукашенко попросив Путіна', 3],
    ['', 0],
  ])('%j has %i words', (text, words) => {
    expect(withText(text)).toBe(words)
  })

  test('unspaced scripts are segmented by dictionary, not counted as one run', () => {
    // ICU's exact split varies by version ("東京/で/会議/が/開か/れ/た"): a regex would count 1.
    expect(withText('東京で会議が開かれた')).toBeGreaterThanOrEqual(5)
  })
})
