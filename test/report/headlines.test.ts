import { describe, expect, test } from 'vitest'
import { renderMarkdown } from '../../src/report/render-markdown.js'
import { renderTerminal } from '../../src/report/render-terminal.js'
import { INPUT_B, fixtureReport } from './fixture.js'

describe('fixture headlines are checkable', () => {
  test('every headline span is its title text, and its input span the same text in the input', () => {
    for (const h of fixtureReport.headlines) {
      const article = fixtureReport.articles.find((a) => a.id === h.articleId)
      expect(h.text).toBe(article?.title)
      for (const span of [...h.framing, ...h.differences]) {
        expect(h.text.slice(span.start, span.end)).toBe(span.text)
        if (span.input) expect(INPUT_B.slice(span.input.start, span.input.end)).toBe(span.text)
      }
    }
  })
})

describe('headlines in the terminal report', () => {
  const text = renderTerminal(fixtureReport, { color: false, width: 120 })
  const section = text.slice(text.indexOf('\nHEADLINES'), text.indexOf('\nBRIEF'))

  test('one per outlet, unshared wording between ⟦ ⟧, framing listed under it', () => {
    expect(section).toContain('Story title (the most neutral headline): Lukashenko highlights NATO threat, seeks missile support from Putin')
    expect(section).toContain('[1] Kyiv Herald  en · given with the input · score 11.7')
    expect(section).toContain('│ Lukashenko ⟦begs⟧ Putin ⟦for Oreshnik missiles⟧')
    expect(section).toContain('loaded-language  “begs” — loaded verb')
    expect(section).toContain('[2] Daily Wrap  en · from a headline line of the input (characters 5–72) · score 0.0')
    expect(section).toContain('│ Lukashenko ⟦highlights NATO threat, seeks missile support from⟧ Putin')
  })

  test('an article whose title was cut from its lead is named as having no headline', () => {
    const [first, second] = fixtureReport.articles
    const report = { ...fixtureReport, articles: [{ ...first!, titleSource: { kind: 'lead' as const } }, second!], headlines: fixtureReport.headlines.slice(1) }
    const out = renderTerminal(report, { color: false, width: 100 })
    expect(out).toContain('No headline (title cut from the first sentence): [1] Kyiv Herald')
    expect(out).not.toContain('⟦begs⟧')
  })
})

describe('headlines in the Markdown report', () => {
  const md = renderMarkdown(fixtureReport)

  test('a table row per outlet with unshared wording in bold', () => {
    expect(md).toContain('## Headlines\n\nStory title (the most neutral headline): Lukashenko highlights NATO threat, seeks missile support from Putin')
    expect(md).toContain('| \\[1\\] Kyiv Herald | Lukashenko **begs** Putin **for Oreshnik missiles** | en | loaded-language “begs” | 11.7 | given with the input |')
    expect(md).toContain('| \\[2\\] Daily Wrap | Lukashenko **highlights NATO threat, seeks missile support from** Putin | en |  | 0.0 | from a headline line of the input (characters 5–72) |')
  })

  test('headline text is escaped like any article text', () => {
    const [h1, h2] = fixtureReport.headlines
    const evil = { ...h1!, text: '<b>x</b> | *y*', differences: [{ start: 0, end: 8, text: '<b>x</b>' }], framing: [] }
    const out = renderMarkdown({ ...fixtureReport, headlines: [evil, h2!] })
    expect(out).toContain('| **&lt;b&gt;x&lt;/b&gt;** \\| \\*y\\* |')
  })
})
