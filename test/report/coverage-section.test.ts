// The coverage-by-group section of the static HTML report (the web UI's story page renders the same component).
import { parseHTML } from 'linkedom'
import { describe, expect, test } from 'vitest'
import type { CoverageReport } from '../../src/model/index.js'
import { renderHtml } from '../../src/report/index.js'
import { fixtureReport } from './fixture.js'

const doc = (report: CoverageReport) => parseHTML(renderHtml(report)).document
const texts = (root: { querySelectorAll(s: string): Iterable<{ textContent: string | null }> }, selector: string) =>
  [...root.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())

describe('coverage by group in the HTML report', () => {
  const document = doc(fixtureReport)

  test('one bar per group kind, each segment with its value and count as text', () => {
    expect(texts(document, '#coverage h3')).toEqual(['country', 'state media'])
    const [country] = [...document.querySelectorAll('#coverage .group')]
    expect(texts(country!, '.bar .seg')).toEqual(['Ukraine 1', 'unknown 1'])
    expect(texts(country!, '.bar .seg-count')).toEqual(['1', '1'])
    expect(country!.querySelector('.bar')?.getAttribute('aria-label')).toBe('Outlets by country')
    // Widths are classes (no style attribute: the CSP allows only the hashed stylesheet), summing to 100%.
    const widths = [...country!.querySelectorAll('.seg')].map((el) => Number(/\bbw(\d+)\b/.exec(el.getAttribute('class') ?? '')?.[1]))
    expect(widths).toEqual([50, 50])
    expect([...document.querySelectorAll('[style]')]).toEqual([])
    // "unknown" looks different from any value; the list under the bar names each value's outlets.
    expect(country!.querySelectorAll('.seg')[1]?.getAttribute('class')).toContain('c-unknown')
    expect(texts(country!, '.group-key li')).toEqual(['Ukraine 1 outlet: Kyiv Herald', 'unknown 1 outlet: Daily Wrap'])
  })

  test('the stylesheet (hashed into the CSP) has a width class for every whole percentage', () => {
    const style = document.querySelector('style')?.textContent ?? ''
    for (const n of [0, 1, 33, 50, 67, 100]) expect(style).toContain(`.bw${n}{width:${n}%}`)
  })

  test('a kind covered by one known value is a blindspot; two known values are not', () => {
    expect(texts(document, '#coverage .blindspot')).toEqual([
      'Blindspot: covered only by country: Ukraine outlets (and 1 outlet with no country in the registry).',
      'Blindspot: covered only by state media: no outlets (and 1 outlet with no state media in the registry).',
    ])
    const report: CoverageReport = {
      ...fixtureReport,
      coverageByGroup: [
        { kind: 'lean', values: [{ value: 'right', outlets: ['A', 'B'] }] },
        { kind: 'country', values: [{ value: 'PL', outlets: ['A', 'B'] }, { value: 'UA', outlets: ['C'] }] },
      ],
    }
    const other = doc(report)
    expect(texts(other, '#coverage .blindspot')).toEqual(['Blindspot: covered only by lean: right outlets.'])
    const [, country] = [...other.querySelectorAll('#coverage .group')]
    expect(texts(country!, '.bar .seg')).toEqual(['PL 2', 'UA 1'])
    expect(country!.querySelector('.seg')?.getAttribute('class')).toContain('bw67')
  })

  test('without a registry the section says how to give one, and its link still has a target', () => {
    const document = doc({ ...fixtureReport, coverageByGroup: [] })
    expect(document.querySelector('nav a[href="#coverage"]')).not.toBeNull()
    expect(document.querySelector('#coverage .bar')).toBeNull()
    expect(document.querySelector('#coverage p')?.textContent).toContain('--outlets FILE')
  })
})
