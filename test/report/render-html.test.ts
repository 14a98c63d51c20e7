import { createHash } from 'node:crypto'
import { parseHTML } from 'linkedom'
import { describe, expect, test } from 'vitest'
import type { CoverageReport } from '../../src/model/index.js'
import { renderHtml } from '../../src/report/index.js'
import { fixtureReport } from './fixture.js'

/** The slice of the DOM these tests use (linkedom's own types are loose). */
interface El {
  readonly id: string
  readonly textContent: string | null
  readonly firstChild: El | null
  readonly nextSibling: El | null
  getAttribute(name: string): string | null
  getAttributeNames(): string[]
  closest(selector: string): El | null
  querySelector(selector: string): El | null
  querySelectorAll(selector: string): Iterable<El> & { readonly length: number }
}
interface Doc extends Pick<El, 'querySelector' | 'querySelectorAll'> {
  getElementById(id: string): El | null
}
const parse = (page: string): Doc => parseHTML(page).document as unknown as Doc

const html = renderHtml(fixtureReport)
const document = parse(html)
const all = (selector: string, root: Pick<El, 'querySelectorAll'> = document): El[] => [...root.querySelectorAll(selector)]
const one = (selector: string, root: Pick<El, 'querySelector'> = document): El => {
  const found = root.querySelector(selector)
  if (!found) throw new Error(`no ${selector}`)
  return found
}
/** The highlight run whose text is exactly `text`, in article `n`. */
const run = (n: number, text: string): El => {
  const found = all(`#article-${n} .text .hl`).find((el) => el.textContent === text)
  if (!found) throw new Error(`no highlight "${text}" in article ${n}`)
  return found
}

describe('renderHtml', () => {
  test('self-contained: strict CSP whose hash pins the one inline stylesheet; no scripts, no external assets', () => {
    const csp = one('meta[http-equiv="Content-Security-Policy"]').getAttribute('content') ?? ''
    const style = one('style').textContent ?? ''
    const hash = createHash('sha256').update(style).digest('base64')
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'none'")
    expect(csp).toContain(`style-src 'sha256-${hash}'`)
    expect(csp).not.toContain('unsafe-inline')
    expect(all('script, link, img, iframe')).toEqual([])
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\/(?!kyiv-herald\.example)/)
  })

  test('articles side by side with metadata and removed furniture', () => {
    const articles = all('.columns > article')
    expect(articles.map((a) => a.id)).toEqual(['article-1', 'article-2'])
    expect(one('#article-1 h3').textContent).toBe('[1] Kyiv Herald')
    expect(one('#article-2 .meta').textContent).toBe('by Adam Zygiel · ≈ 7 Dec 2024 (estimated) · language en · 48 words · framing score 0.0')
    // The publication date, machine-readable beside the words.
    expect(one('#article-1 .meta time').getAttribute('datetime')).toBe('2024-12-06')
    expect(one('#article-1 .meta time').textContent).toBe('6 Dec 2024')
    expect(one('#article-2 .meta time').getAttribute('datetime')).toBe('2024-12-07T09:30:00Z')
    expect(one('#article-2 details summary').textContent).toBe('removed 6: section-label, headline, repeated-headline, caption, image-credit, byline')
    expect(all('#article-2 details li').map((li) => li.textContent)).toContain('image-credit: Images source: © Getty Images | Contributor')
    expect(one('#article-1 .meta a').getAttribute('href')).toBe('https://kyiv-herald.example/news/oreshnik')
  })

  test('highlighted text reads exactly as the cleaned article text', () => {
    fixtureReport.articles.forEach((article, i) => {
      const clone = one(`#article-${i + 1} .text`)
      expect(clone.textContent).toBe(article.text)
    })
  })

  test('overlapping spans are split into runs carrying every covering span', () => {
    // "Belarusian dictator" sits inside fact f1 and the brief's citation span, and is a framing span itself.
    const label = run(1, 'Belarusian dictator')
    expect(label.getAttribute('class')).toBe('hl m-fact m-frame t-name-calling m-cite')
    expect(label.getAttribute('title')).toBe(
      [
        'Fact, reported by both articles: Lukashenko asked Putin to deploy Oreshnik missiles in Belarus.',
        "Framing, name-calling: label for a person: 'dictator' (confidence 0.90)",
        'Cited by brief sentence 1',
      ].join('\n'),
    )
    expect(label.getAttribute('tabindex')).toBe('0')
    // "warring Ukraine" is a framing span nested in the unmarked quote: quote before it, quote+framing on it.
    expect(run(1, 'We assess this as an even greater danger than from ').getAttribute('class')).toBe('hl m-quote')
    expect(run(1, 'warring Ukraine').getAttribute('class')).toBe('hl m-quote m-frame t-loaded-language')
    expect(run(1, 'warring Ukraine').getAttribute('title')).toContain('Quote by Alexander Lukashenko (unmarked reported speech, “hypocritically said”)')
    expect(run(1, 'warring Ukraine').getAttribute('title')).toContain("(confidence 0.50; quoted: Alexander Lukashenko, not counted in the outlet's score)")
    expect(run(1, '20,000 NATO troops').getAttribute('class')).toBe('hl m-diff m-conflict')
    // The date sits inside Putin's reported speech: the run carries both, the quote's first part only the quote.
    expect(run(2, 'it would be possible ').getAttribute('class')).toBe('hl m-quote')
    expect(run(2, 'in the second half of next year').getAttribute('class')).toBe('hl m-quote m-diff')
    expect(run(2, 'in the second half of next year').getAttribute('title')).toBe(
      'Quote by Vladimir Putin (unmarked reported speech, “said”)\ndate, deployment of Oreshnik in Belarus: 2025-07/2025-12 (consistent across articles)',
    )
    expect(run(1, 'The two met in Minsk on December 6.').getAttribute('class')).toBe('hl m-fact-partial m-cite')
  })

  test('brief citations link to the anchors of the spans they rest on, or to the article', () => {
    const items = all('#brief li')
    expect(items[0]?.textContent).toBe('Alexander Lukashenko asked Vladimir Putin to deploy Oreshnik missiles in Belarus. [1][2]')
    const targets = all('a.cite', items[0] ?? document).map((a) => a.getAttribute('href')?.slice(1) ?? '')
    expect(targets).toHaveLength(2)
    // Each anchor opens the run where the cited span begins.
    const [toA, toB] = targets.map((id) => document.getElementById(id))
    expect(toA?.closest('article')?.id).toBe('article-1')
    expect(followingText(toA)).toMatch(/^Belarusian dictator Alexander Lukashenko asked/)
    expect(toB?.closest('article')?.id).toBe('article-2')
    expect(followingText(toB)).toMatch(/^Alexander Lukashenko asked Vladimir Putin to station/)
    expect(all('a.cite', items[1] ?? document).map((a) => a.getAttribute('href'))).toEqual(['#article-1', '#article-2'])
    expect(one('.single', items[2] ?? document).textContent).toBe('single source: Kyiv Herald')
  })

  test('every in-page link has a target', () => {
    const ids = new Set(all('[id]').map((el) => el.id))
    const broken = all('a[href^="#"]').map((a) => a.getAttribute('href')?.slice(1) ?? '').filter((id) => !ids.has(id))
    expect(broken).toEqual([])
    expect(ids.size).toBe(all('[id]').length) // ids are unique
  })

  test('facts, differences, quotes, entities and framing sections show the findings', () => {
    expect(one('#facts ul > li').firstChild?.textContent).toBe('Lukashenko asked Putin to deploy Oreshnik missiles in Belarus.')
    expect(all('#facts h3').map((h) => h.textContent)).toEqual(['Reported by all (1)', 'Reported by some or one (1)'])
    expect(all('#facts .single').map((e) => e.textContent)).toEqual(['only Kyiv Herald'])
    expect(all('#differences h3').map((h) => h.textContent)).toEqual([
      'deployment of Oreshnik in Belarus (date): consistent',
      'troops near the border (quantity): conflict',
    ])
    expect(all('#differences tr td:nth-child(3)').map((td) => td.textContent)).toEqual(['2025', '2025-07/2025-12', '20000 troops', '15000 troops'])
    expect(all('#quotes blockquote mark.changed').map((m) => m.textContent)).toEqual([
      'assess this as an even', 'danger', 'warring', 'believe it is a', 'threat', 'the one coming',
    ])
    expect(all('#quotes .unmarked').map((m) => m.textContent)).toEqual(['unmarked reported speech', 'unmarked reported speech'])
    expect(all('#quotes h3').map((h) => h.textContent)).toEqual(['Alexander Lukashenko', 'Vladimir Putin (only in Daily Wrap)'])
    expect(all('#entities .entity')[0]?.textContent).toBe(
      'Alexander Lukashenko personMentions: [1] 2, [2] 2Also written: Alexander Lukashenko, Lukashenko, Alaksandr ŁukaszenkaHow each outlet labels them:Kyiv Herald: “Belarusian dictator”',
    )
    expect(all('#framing h3').map((h) => h.textContent)).toEqual(['[1] Kyiv Herald: score 8.2', '[2] Daily Wrap: score 0.0'])
    expect(all('#framing tr.t-doubt td').map((td) => td.textContent)).toEqual(['doubt', '“claimed”', 'own voice', "verb casting doubt: 'claimed'", 'in text'])
    expect(all('#framing tr.t-loaded-language td').map((td) => td.textContent)).toEqual([
      'loaded-language', '“warring Ukraine”', 'quoted: Alexander Lukashenko', "loaded description: 'warring'", 'in text',
    ])
    const ranking = all('#framing ol.framing-ranking li').map((li) => li.textContent ?? '')
    expect(ranking.map((li) => li.split(' · ')[0])).toEqual(['Kyiv Herald: score 8.2', 'Daily Wrap: score 0.0'])
    expect(ranking[0]).toContain('“Belarusian dictator”')
    expect(ranking[0]).not.toContain('warring') // quoted: Lukashenko's words, not the outlet's
    expect(one('#framing h3 + p.muted').textContent).toBe(
      'quotes loaded language from Alexander Lukashenko (1 span); not counted in its own score (quoted score 1.0).',
    )
  })

  test('hostile article text is escaped everywhere: no executable markup', () => {
    const [first, second] = fixtureReport.articles
    if (!first || !second) throw new Error('fixture')
    const evilText = '<script>alert(1)</script> "><img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a> end'
    const evil: CoverageReport = {
      ...fixtureReport,
      title: '</title><script>alert(5)</script>',
      articles: [
        {
          ...first,
          outlet: 'javascript:alert(4)',
          title: '</title><script>alert(5)</script>',
          byline: '"><svg onload=alert(6)>',
          url: 'javascript:alert(7)',
          language: 'en" onmouseover="alert(8)',
          text: evilText,
          captions: ['<iframe src=//evil>'],
          removed: [{ start: 0, end: 8, text: '<style>*{}</style>', reason: 'caption' }],
        },
        second,
      ],
      facts: [{ id: '"><b>', text: '<b onclick=alert(9)>fact</b>', articleIds: ['a1'], spans: [{ articleId: 'a1', start: 0, end: 25, text: evilText.slice(0, 25), language: 'en' }], language: 'en' }],
      quotes: [{ id: 'q', speaker: null, renderings: [{ articleId: 'a1', start: 26, end: 64, text: evilText.slice(26, 64), language: 'en', marked: false, verb: '<i>said</i>' }] }],
      framing: [{ articleId: 'a1', score: 1, quotedScore: 0, spans: [{ start: 30, end: 50, text: evilText.slice(30, 50), technique: 'doubt', source: 'lexicon', voice: { kind: 'outlet' }, explanation: '"><script>alert(10)</script>', confidence: 0.5 }] }],
      entities: [{ id: 'e', name: '<u>Evil</u>', kind: 'person', variants: ['<s>x</s>'], mentions: [], descriptors: { a1: [{ articleId: 'a1', start: 0, end: 3, text: '<marquee>' }] } }],
      brief: [{ text: '<script>alert(11)</script>', language: 'en', articleIds: ['a1'], singleSource: true }],
    }
    const page = renderHtml(evil)
    const doc = parse(page)
    expect([...doc.querySelectorAll('script, img, svg, iframe, b, i, u, s, marquee')]).toEqual([])
    expect(doc.querySelectorAll('style')).toHaveLength(1)
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')))
    expect(handlers).toEqual([])
    const hrefs = [...doc.querySelectorAll('[href]')].map((el) => el.getAttribute('href') ?? '')
    expect(hrefs.filter((h) => !h.startsWith('#'))).toEqual([])
    expect(page).not.toMatch(/<script|<img|<svg|javascript:alert\(7\)/i)
    // The hostile strings are still there, as text a reader can see.
    expect(doc.querySelector('#article-1 .text')?.textContent).toBe(evilText)
    expect(doc.querySelector('#article-1 h3')?.textContent).toBe('[1] javascript:alert(4)')
    expect(doc.querySelector('title')?.textContent).toBe('Parallax: </title><script>alert(5)</script>')
    expect(doc.querySelector('#article-1 .text')?.getAttribute('lang')).toBeNull()
  })

  test('spans with offsets outside the text are clamped, not fatal', () => {
    const broken: CoverageReport = {
      ...fixtureReport,
      facts: [{ id: 'f', text: 'broken', language: 'en', articleIds: ['a1', 'a2'], spans: [{ articleId: 'a1', start: -5, end: 1_000_000, text: '', language: 'en' }, { articleId: 'nope', start: 0, end: 3, text: '', language: 'en' }] }],
    }
    const doc = parse(renderHtml(broken))
    expect(doc.querySelector('#article-1 .text')?.textContent).toBe(fixtureReport.articles[0]?.text)
  })
})

/** Text from an anchor to the end of its article, for checking where it points. */
function followingText(anchor: El | null | undefined): string {
  let text = ''
  for (let node = anchor?.nextSibling ?? null; node !== null; node = node.nextSibling) text += node.textContent ?? ''
  return text
}
