// The headlines-side-by-side section of the static HTML report (the web UI's story page renders the same component).
import { parseHTML } from 'linkedom'
import { describe, expect, test } from 'vitest'
import type { CoverageReport } from '../../src/model/index.js'
import { renderHtml } from '../../src/report/index.js'
import { fixtureReport } from './fixture.js'

const doc = (report: CoverageReport) => parseHTML(renderHtml(report)).document

describe('headlines side by side in the HTML report', () => {
  const document = doc(fixtureReport)
  const cards = [...document.querySelectorAll('#headlines .headline')]

  test('comes before the brief, one card per outlet, under the story title', () => {
    const ids = [...document.querySelectorAll('body > section')].map((s) => s.id)
    expect(ids.indexOf('headlines')).toBeLessThan(ids.indexOf('brief'))
    expect(cards.map((c) => c.querySelector('h3')?.textContent)).toEqual(['[1] Kyiv Herald', '[2] Daily Wrap'])
    expect(document.querySelector('#headlines > p strong')?.textContent).toBe(fixtureReport.title)
  })

  test('each headline whole, with the wording no other headline shares marked', () => {
    expect(cards.map((c) => c.querySelector('.headline-text')?.textContent)).toEqual([
      'Lukashenko begs Putin for Oreshnik missiles',
      'Lukashenko highlights NATO threat, seeks missile support from Putin',
    ])
    expect([...cards[0]!.querySelectorAll('mark.changed')].map((m) => m.textContent)).toEqual(['begs', 'for Oreshnik missiles'])
    expect([...cards[1]!.querySelectorAll('mark.changed')].map((m) => m.textContent)).toEqual(['highlights NATO threat, seeks missile support from'])
  })

  test('framing spans in a headline are focusable highlights with the technique in their note', () => {
    const frame = cards[0]!.querySelector('.headline-text .m-frame')
    expect(frame?.textContent).toBe('begs')
    expect(frame?.getAttribute('tabindex')).toBe('0')
    expect(frame?.getAttribute('class')).toContain('t-loaded-language')
    // The static report has no script: the note is in a title too, for the browser's own tooltip.
    expect(frame?.getAttribute('title')).toBe("Framing, loaded-language: loaded verb: 'begs' (confidence 0.70)")
    expect(frame?.getAttribute('data-note')).toBe(frame?.getAttribute('title'))
    expect(cards[1]!.querySelector('.m-frame')).toBeNull()
  })

  test('language tag, where the headline was read from, the date and framing score', () => {
    const meta = cards.map((c) => c.querySelector('.meta')?.textContent?.replace(/\s+/g, ' '))
    expect(meta[0]).toBe('en · given with the input · 6 Dec 2024 · framing score 11.7')
    expect(meta[1]).toMatch(/^en · from a headline line of the input \(characters \d+–\d+\) · ≈ 7 Dec 2024 \(estimated\) · framing score 0\.0$/)
    expect(cards[0]!.querySelector('.headline-text')?.getAttribute('lang')).toBe('en')
    expect(cards[0]!.querySelector('time')?.getAttribute('datetime')).toBe('2024-12-06')
  })

  test('a marked phrase with a framing span inside stays one mark around it', () => {
    const [a, b] = fixtureReport.headlines
    const text = 'Council slaps riders with massive fare hike'
    const at = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length, text: needle })
    const framed = { ...a!, text, differences: [at('slaps riders with massive'), at('hike')], framing: [{ ...a!.framing[0]!, ...at('massive') }] }
    const card = doc({ ...fixtureReport, headlines: [framed, b!] }).querySelector('#headlines .headline-text')
    expect([...card!.querySelectorAll('mark.changed')].map((m) => m.textContent)).toEqual(['slaps riders with massive', 'hike'])
    expect(card!.querySelector('mark.changed .m-frame')?.textContent).toBe('massive')
  })

  test("a page's metadata field is named", () => {
    const [a, b] = fixtureReport.headlines
    const report = { ...fixtureReport, headlines: [{ ...a!, source: { kind: 'html' as const, field: 'og:title' as const } }, b!] }
    expect(doc(report).querySelector('#headlines .headline .meta')?.textContent).toContain("from the page's og:title")
  })

  test('an article whose title was cut from its first sentence is named as having no headline, not compared', () => {
    const [first, second] = fixtureReport.articles
    const report: CoverageReport = {
      ...fixtureReport,
      articles: [{ ...first!, titleSource: { kind: 'lead' } }, second!],
      headlines: [{ ...fixtureReport.headlines[1]!, differences: [] }],
    }
    const page = doc(report)
    expect(page.querySelectorAll('#headlines .headline')).toHaveLength(1)
    expect(page.querySelector('#headlines .no-headline')?.textContent).toBe('No headline (title cut from the first sentence): [1] Kyiv Herald')
    expect(page.querySelector('#headlines .legend')?.textContent).toContain('Only one article has a headline')
    expect(page.querySelector('#headlines .headline-text mark')).toBeNull()
  })

  test('differences or framing spans outside the headline are dropped or clamped, not fatal', () => {
    const [a, b] = fixtureReport.headlines
    const broken = { ...a!, differences: [{ start: 30, end: 9999, text: '' }, { start: 5, end: 2, text: '' }], framing: [{ ...a!.framing[0]!, start: -3, end: 4 }] }
    const page = doc({ ...fixtureReport, headlines: [broken, b!] })
    expect(page.querySelector('#headlines .headline-text')?.textContent).toBe(a!.text)
    expect(page.querySelector('#headlines .headline-text .m-frame')?.textContent).toBe('Luka')
  })
})
