import { parseHTML } from 'linkedom'
import { describe, expect, test } from 'vitest'
import type { CoverageReport } from '../../src/model/index.js'
import { renderHtml } from '../../src/report/index.js'
import { renderComparePage, renderStoryPage } from '../../src/web/index.js'
import { fixtureReport } from '../report/fixture.js'

// The static report and the web UI's story and compare pages render the same section components: hostile
// article fields must come out as inert text in every one of them.
const [first, second] = fixtureReport.articles
if (!first || !second) throw new Error('fixture')
const TEXT = 'Officials said <script>alert(1)</script> and "><img src=x onerror=alert(2)> then <a href="javascript:alert(3)">x</a> left.'
const TITLE = '</title><script>alert(4)</script>"><img src=x onerror=alert(5)>'
const OUTLET = '"><svg onload=alert(6)>'
const BYLINE = "' onmouseover='alert(7)"
const HEADLINE = '<img src=x onerror=alert(9)> begs <b>Putin</b>'
const GROUP = '"><iframe src=javascript:alert(10)>'
const [headlineA, headlineB] = fixtureReport.headlines
if (!headlineA || !headlineB) throw new Error('fixture')
const at = (needle: string) => ({ start: HEADLINE.indexOf(needle), end: HEADLINE.indexOf(needle) + needle.length, text: needle })
const hostile: CoverageReport = {
  ...fixtureReport,
  title: TITLE,
  headlines: [
    {
      ...headlineA,
      text: HEADLINE,
      differences: [at('<img src=x onerror=alert(9)>')],
      framing: [{ ...at('begs'), technique: 'loaded-language', source: 'lexicon', voice: { kind: 'outlet' }, explanation: '"><script>alert(11)</script>', confidence: 0.7 }],
    },
    headlineB,
  ],
  coverageByGroup: [{ kind: GROUP, values: [{ value: GROUP, outlets: [OUTLET] }, { value: 'unknown', outlets: [GROUP] }] }],
  articles: [{ ...first, text: TEXT, title: TITLE, outlet: OUTLET, byline: BYLINE, url: 'javascript:alert(8)' }, second],
  facts: [{ id: 'f', text: TEXT, language: 'en', articleIds: ['a1'], spans: [{ articleId: 'a1', start: 0, end: 40, text: TEXT.slice(0, 40), language: 'en' }] }],
  brief: [{ text: TITLE, language: 'en', articleIds: ['a1'], singleSource: true }],
}

const pages: [string, string, readonly string[]][] = [
  ['HTML report', renderHtml(hostile), []],
  ['story page', renderStoryPage('story-1', hostile), ['/assets/app.js']],
  ['compare page', renderComparePage({ entries: [{ article: TEXT, outlet: OUTLET }], report: hostile }), ['/assets/app.js']],
]

describe.each(pages)('the %s with hostile article text, title, outlet, byline and URL', (_name, html, scripts) => {
  const { document } = parseHTML(html)

  test('injects no element, handler or script URL', () => {
    expect([...document.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual(scripts)
    expect(document.querySelectorAll('img, svg, iframe').length).toBe(0)
    const attributes = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name))
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([])
    const hrefs = [...document.querySelectorAll('[href]')].map((el) => el.getAttribute('href') ?? '')
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([])
    expect(html).not.toMatch(/<(script|img|svg)[^>]*(onerror|onload|alert)/i)
  })

  test('shows every hostile string as text', () => {
    expect(document.querySelector('#article-1 .text')?.textContent).toBe(TEXT)
    expect(document.querySelector('#article-1 h3')?.textContent).toBe(`[1] ${OUTLET}`)
    expect(document.querySelector('#article-1 strong')?.textContent).toBe(TITLE)
    expect(document.querySelector('#article-1 .meta')?.textContent).toContain(`by ${BYLINE}`)
    expect(document.querySelector('#brief li')?.textContent).toContain(TITLE)
    // Headlines and coverage by group: hostile headline, note, group kind, value and outlet names are text.
    expect(document.querySelector('#headlines .headline-text')?.textContent).toBe(HEADLINE)
    expect(document.querySelector('#headlines .headline-text mark.changed')?.textContent).toBe('<img src=x onerror=alert(9)>')
    expect(document.querySelector('#headlines .headline-text .m-frame')?.getAttribute('data-note')).toContain('"><script>alert(11)</script>')
    expect(document.querySelector('#coverage h3')?.textContent).toBe(GROUP)
    expect(document.querySelector('#coverage .bar .seg-label')?.textContent).toBe(GROUP)
    expect(document.querySelector('#coverage .group-key')?.textContent).toContain(`${GROUP} 1 outlet: ${OUTLET}`)
    expect(document.querySelector('#coverage .blindspot')?.textContent).toContain(`covered only by ${GROUP}: ${GROUP} outlets`)
    // The javascript: URL is dropped, not linked.
    expect(document.querySelector('#article-1 .meta a')).toBeNull()
  })
})

test('the story page title and heading show a hostile story title as text', () => {
  const { document } = parseHTML(renderStoryPage('story-1', hostile))
  expect(document.querySelector('title')?.textContent).toBe(`${TITLE} · Parallax`)
  expect(document.querySelector('h1')?.textContent).toBe(TITLE)
})
