import { describe, expect, test } from 'vitest'
import type { CoverageReport } from '../../src/model/index.js'
import { renderTerminal } from '../../src/report/index.js'
import { fixtureReport } from './fixture.js'

const plain = renderTerminal(fixtureReport, { color: false, width: 80 })
const section = (text: string, heading: string): string => {
  const start = text.indexOf(`\n${heading}`)
  if (start < 0) throw new Error(`no section ${heading}`)
  const next = text.slice(start + 1).search(/\n\n[A-Z][A-Z ]+(\(\d+\))?\n/)
  return next < 0 ? text.slice(start + 1) : text.slice(start + 1, start + 1 + next)
}

describe('renderTerminal', () => {
  test('articles: outlet, title, byline, date, language, word count and removed furniture by reason', () => {
    const articles = section(plain, 'ARTICLES')
    expect(articles).toContain('[1] Kyiv Herald — Lukashenko begs Putin for Oreshnik missiles')
    expect(articles).toContain('6 Dec 2024 · en · 57 words')
    expect(articles).toContain('removed 1: share-button')
    expect(articles).toContain('by Adam Zygiel · ≈ 7 Dec 2024 (estimated) · en · 48 words')
    expect(articles).toMatch(/removed 6: section-label, headline, repeated-headline, caption,\s+image-credit, byline/)
  })

  test('facts reported by all are separated from facts one outlet reports, with its name', () => {
    expect(section(plain, 'FACTS REPORTED BY ALL (1)')).toContain('• Lukashenko asked Putin to deploy Oreshnik missiles in Belarus. [1][2]')
    const partial = section(plain, 'FACTS REPORTED BY SOME OR ONE (1)')
    expect(partial).toContain('• The two met in Minsk on December 6. — only Kyiv Herald [1]')
    expect(partial).not.toContain('Oreshnik')
  })

  test('numbers and dates side by side, consistent vs conflict', () => {
    const differences = section(plain, 'NUMBERS AND DATES')
    expect(differences).toContain('deployment of Oreshnik in Belarus (date) ✓ consistent')
    expect(differences).toContain('[1] Kyiv Herald  “in 2025”                          → 2025')
    expect(differences).toContain('[2] Daily Wrap   “in the second half of next year”  → 2025-07/2025-12')
    expect(differences).toContain('troops near the border (quantity) ✗ CONFLICT')
    expect(differences).toContain('“20,000 NATO troops”  → 20000 troops')
  })

  test('aligned quotes: speaker, each rendering, marked or not, verb, and wording differences', () => {
    const quotes = section(plain, 'QUOTES')
    expect(quotes).toContain('  Alexander Lukashenko\n')
    expect(quotes).toContain('[1] Kyiv Herald · unmarked reported speech · hypocritically said')
    expect(quotes).toContain('[2] Daily Wrap · in quotation marks · said')
    expect(quotes).toContain('│ We ⟦assess this as an even⟧ greater ⟦danger⟧ than from ⟦warring⟧ Ukraine')
    expect(quotes).toContain('│ We ⟦believe it is a⟧ greater ⟦threat⟧ than ⟦the one coming⟧ from Ukraine')
    // A quote one outlet alone carries says so, and has no differences to mark.
    expect(quotes).toContain('  Vladimir Putin (only in Daily Wrap)\n    [2] Daily Wrap · unmarked reported speech · said\n      │ it would be possible in the second half of next year')
  })

  test('entities with variants and how each outlet labels them', () => {
    const entities = section(plain, 'ENTITIES')
    expect(entities).toContain('Alexander Lukashenko person · 4 mentions [1][2]')
    expect(entities).toContain('also: Lukashenko, Alaksandr Łukaszenka')
    expect(entities).toContain('labelled by [1] Kyiv Herald: “Belarusian dictator”')
    expect(entities).not.toContain('labelled by [2]')
    expect(entities).toContain('  Oreshnik weapon · 2 mentions [1][2]\n')
    expect(entities).toContain('  Mentioned once: Minsk (place) [1]')
  })

  test('framing per outlet: score and spans with technique and explanation', () => {
    const framing = section(plain, 'FRAMING')
    expect(framing).toContain('[1] Kyiv Herald  score 8.2')
    expect(framing).toContain("name-calling        “Belarusian dictator” — label for a person: 'dictator'")
    expect(framing).toContain('doubt               “claimed” — verb casting doubt: \'claimed\'')
    // Quoted loaded words are attributed to their speaker and counted apart (lines wrap at 80 columns).
    const joined = framing.replace(/\n +/g, ' ')
    expect(joined).toContain('quotes loaded language from Alexander Lukashenko (1 span); not counted in its own score (quoted score 1.0)')
    expect(joined).toContain("loaded-language “warring Ukraine” (quoted: Alexander Lukashenko) — loaded description: 'warring'".replace('loaded-language ', 'loaded-language     '))
    expect(framing).toContain('[2] Daily Wrap  score 0.0\n    No framing spans found.')
  })

  test('brief with citations mapped to articles; single-source sentences say which outlet', () => {
    const brief = section(plain, 'BRIEF')
    expect(brief).toContain('  • Alexander Lukashenko asked Vladimir Putin to deploy Oreshnik missiles in\n    Belarus. [1][2]')
    expect(brief).toContain('  • The two leaders met in Minsk on 6 December. [1] (only Kyiv Herald)')
  })

  test('skipped inputs are listed with their reason', () => {
    expect(section(plain, 'SKIPPED INPUTS')).toContain('notes.bin binary: notes.bin is a binary file, not an article')
  })

  test('no line is wider than the requested width', () => {
    for (const width of [40, 60, 100]) {
      const lines = renderTerminal(fixtureReport, { color: false, width }).split('\n')
      const tooWide = lines.filter((l) => [...l].length > width)
      expect(tooWide).toEqual([])
    }
  })

  test('colour: codes only when asked, and the text under them is the same', () => {
    const coloured = renderTerminal(fixtureReport, { color: true, width: 80 })
    expect(plain).not.toContain('\u001b[')
    expect(coloured).toContain('\u001b[31m✗ CONFLICT') // red
    expect(coloured).toContain('\u001b[1m\u001b[33mthreat') // changed words bold yellow instead of ⟦ ⟧
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toContain('│ We believe it is a greater threat than the one coming from Ukraine')
  })

  test('hostile article text is shown, never interpreted: escape sequences become visible codes', () => {
    const [first, second] = fixtureReport.articles
    if (!first || !second) throw new Error('fixture')
    const hostile: CoverageReport = {
      ...fixtureReport,
      articles: [{ ...first, outlet: 'Evil\u001b]0;pwned\u0007 News', title: 'Title\u001b[2J\u202e' }, second],
      quotes: [{ id: 'q', speaker: null, renderings: [{ articleId: 'a1', start: 0, end: 5, text: 'x\u001b[31my', language: 'en', marked: true }] }],
    }
    const out = renderTerminal(hostile, { color: false })
    expect(out).not.toContain('\u001b')
    expect(out).not.toContain('\u0007')
    expect(out).not.toContain('\u202e')
    expect(out).toContain('[1] Evil⟨U+001B⟩]0;pwned⟨U+0007⟩ News — Title⟨U+001B⟩[2J⟨U+202E⟩')
    expect(out).toContain('Unknown speaker')
    expect(out).toContain('│ x⟨U+001B⟩[31my')
  })

  test('a one-article report has a plain facts section and no "reported by some"', () => {
    const [first] = fixtureReport.articles
    if (!first) throw new Error('fixture')
    const single: CoverageReport = {
      ...fixtureReport,
      articles: [first],
      facts: [{ id: 'f', text: 'The two met in Minsk on December 6.', language: 'en', articleIds: ['a1'], spans: [] }],
    }
    const out = renderTerminal(single, { color: false })
    expect(out).toContain('FACTS (1)\n  • The two met in Minsk on December 6. [1]')
    expect(out).not.toContain('REPORTED BY SOME')
  })

  test('with three articles, a fact two report names them and the one that does not', () => {
    const [, second] = fixtureReport.articles
    if (!second) throw new Error('fixture')
    const three: CoverageReport = {
      ...fixtureReport,
      articles: [...fixtureReport.articles, { ...second, id: 'a3', outlet: 'Fox News' }],
      facts: [{ id: 'f', text: 'Putin agreed.', language: 'en', articleIds: ['a2', 'a1'], spans: [] }],
    }
    const out = renderTerminal(three, { color: false, width: 100 })
    expect(out).toContain('FACTS REPORTED BY ALL (0)\n  None.')
    expect(out).toContain('• Putin agreed. — Kyiv Herald and Daily Wrap; not Fox News [1][2]')
  })
})
