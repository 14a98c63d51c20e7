import MarkdownIt from 'markdown-it'
import { describe, expect, test } from 'vitest'
import type { CoverageReport } from '../../src/model/index.js'
import { renderMarkdown } from '../../src/report/index.js'
import { fixtureReport, spanOf } from './fixture.js'

const md = renderMarkdown(fixtureReport)
// linkify on: the strictest reader, which turns bare URLs into links.
const toHtml = (markdown: string): string => new MarkdownIt({ html: true, linkify: true }).render(markdown)

describe('renderMarkdown', () => {
  test('articles table with metadata and removed furniture', () => {
    expect(md).toContain('| # | Outlet | Title | Byline | Published | Language | Words | Removed furniture |')
    expect(md).toContain('| 1 | Kyiv Herald | Lukashenko begs Putin for Oreshnik missiles |  | 6 Dec 2024 | en | 57 | removed 1: share-button |')
    expect(md).toContain('| 2 | Daily Wrap | Lukashenko highlights NATO threat, seeks missile support from Putin | Adam Zygiel | ≈ 7 Dec 2024 (estimated) | en | 48 |')
  })

  test('brief with literal [n] citations and single-source marking', () => {
    expect(md).toContain('- Alexander Lukashenko asked Vladimir Putin to deploy Oreshnik missiles in Belarus. \\[1\\]\\[2\\]')
    expect(md).toContain('- The two leaders met in Minsk on 6 December. \\[1\\] *(single source: Kyiv Herald)*')
    expect(toHtml(md)).toContain('<li>The two leaders met in Minsk on 6 December. [1] <em>(single source: Kyiv Herald)</em></li>')
  })

  test('facts by all and by one, with outlet names', () => {
    expect(md).toContain('## Facts reported by all (1)\n\n- Lukashenko asked Putin to deploy Oreshnik missiles in Belarus. \\[1\\]\\[2\\]')
    expect(md).toContain('## Facts reported by some or one (1)\n\n- The two met in Minsk on December 6. — *only Kyiv Herald* \\[1\\]')
  })

  test('a quote with no named speaker is headed by how the outlet describes the speaker, never by a pronoun', () => {
    const text = fixtureReport.articles[1]!.text
    const quoted = spanOf('a2', text, '15,000 troops are gathering near the border')
    const quote = (id: string, needle: string) => {
      const speaker = spanOf('a2', text, needle)
      return { id, speaker: null, renderings: [{ ...quoted, language: 'en', marked: false, verb: 'said', speakerSpan: { start: speaker.start, end: speaker.end } }] }
    }
    const unnamed = renderMarkdown({ ...fixtureReport, quotes: [quote('q8', 'the border'), quote('q9', 'He')] })
    expect(unnamed).toContain('### Unnamed: the border')
    expect(unnamed).toContain('### Unknown speaker')
  })

  test('a report with no facts at all says so, not that every fact is reported by all', () => {
    const none = renderMarkdown({ ...fixtureReport, facts: [] })
    expect(none).toContain('## Facts reported by some or one (0)\n\nNone.\n')
    expect(none).not.toContain('every fact is reported by all')
  })

  test('differences as tables, conflicts in bold', () => {
    expect(md).toContain('### deployment of Oreshnik in Belarus (date): consistent')
    expect(md).toContain('| \\[2\\] Daily Wrap | in the second half of next year | 2025-07/2025-12 |')
    expect(md).toContain('### troops near the border (quantity): **conflict**')
  })

  test('quotes with wording differences in bold, marked/unmarked and the verb', () => {
    expect(md).toContain('> We **assess this as an even** greater **danger** than from **warring** Ukraine\n\n— \\[1\\] Kyiv Herald, unmarked reported speech, *hypocritically said*')
    expect(md).toContain('> We **believe it is a** greater **threat** than **the one coming** from Ukraine\n\n— \\[2\\] Daily Wrap, in quotation marks, *said*')
    expect(md).toContain('### Vladimir Putin (only in Daily Wrap)\n\n> it would be possible in the second half of next year\n\n— \\[2\\] Daily Wrap, unmarked reported speech, *said*')
    expect(toHtml(md)).toContain('<blockquote>\n<p>We <strong>believe it is a</strong> greater <strong>threat</strong> than <strong>the one coming</strong> from Ukraine</p>')
  })

  test('entities with variants and labels per outlet; framing per outlet', () => {
    expect(md).toContain('| Alexander Lukashenko | person | \\[1\\] 2, \\[2\\] 2 | Alexander Lukashenko, Lukashenko, Alaksandr Łukaszenka | \\[1\\] “Belarusian dictator” |')
    expect(md).toContain('### \\[1\\] Kyiv Herald: score 8.2')
    expect(md).toContain("| loaded-attribution | hypocritically said | own voice | attribution with a judging adverb: 'hypocritically' | 1 |")
    // Quoted loaded words are attributed to their speaker and counted apart from the outlet's score.
    expect(md).toContain('quotes loaded language from Alexander Lukashenko (1 span); not counted in its own score (quoted score 1.0).')
    expect(md).toContain("| loaded-language | warring Ukraine | quoted: Alexander Lukashenko | loaded description: 'warring' | 1 |")
    expect(md).toContain('### \\[2\\] Daily Wrap: score 0.0\n\nNo framing spans found.')
  })

  test('Markdown specials in article text render literally', () => {
    const [first, second] = fixtureReport.articles
    if (!first || !second) throw new Error('fixture')
    const hostile: CoverageReport = {
      ...fixtureReport,
      articles: [
        { ...first, outlet: '[click](javascript:alert(1))', title: '<img src=x onerror=alert(1)> *bold* `code` | pipe' },
        { ...second, outlet: '# Heading #', title: '1. not a list' },
      ],
      brief: [{ language: 'en', text: '- not a bullet <script>alert(1)</script> &amp; ![i](http://x/y.png)', articleIds: ['a1'], singleSource: true }],
    }
    const out = renderMarkdown(hostile)
    const html = toHtml(out)
    expect(html).not.toMatch(/<(img|script|code|h[1-6]\b[^>]*>\s*Heading)/)
    // Only a bare http(s) URL may become a link (linkify does that to any text); nothing else is a link.
    expect(html.match(/<a [^>]*>/g)).toEqual(['<a href="http://x/y.png">'])
    expect(html).not.toContain('<em>bold</em>')
    expect(html).toContain('[click](javascript:alert(1))')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; *bold* `code` | pipe')
    expect(html).toContain('<li>- not a bullet &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; ![i](')
    // The table keeps its eight columns: the pipe in the title did not split a cell.
    expect(html.match(/<tr>[\s\S]*?<\/tr>/g)?.[1]?.match(/<td/g)).toHaveLength(8)
    expect(out).toContain('| 2 | \\# Heading \\# | 1\\. not a list |')
    expect(toHtml(out)).toContain('<h3>[2] # Heading #: score 0.0</h3>')
  })
})
