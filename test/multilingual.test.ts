// One event told by four outlets in four languages (examples/multilingual, written for these tests): issue 14's
// "What to build" 1, 2, 3, 4 and 6 end to end through analyzeArticle and compareCoverage.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, test } from 'vitest'
import type { AnalyzedArticle, CoverageReport, Entity } from '../src/model/index.js'
import { analyzeArticle, compareCoverage } from '../src/pipeline/index.js'
import { buildReportView, disputeNote } from '../src/report/build-report-view.js'
import { analyzeText } from './compare-texts.js'

const LANGUAGES = ['en', 'ru', 'pl', 'uk'] as const
const PUBLISHED = '2024-12-06T18:00:00Z'

function analyze(language: string, id: string, content = readFileSync(new URL(`../examples/multilingual/${language}.txt`, import.meta.url), 'utf8')): AnalyzedArticle {
  const result = analyzeArticle({ source: `${language}.txt`, format: 'text', content, publishedAt: PUBLISHED }, { id, outlet: `outlet-${language}` })
  if ('kind' in result) throw new Error(`${language}: ${result.message}`)
  return result
}

let articles: AnalyzedArticle[]
let report: CoverageReport
const idOf = (language: string): string => `a${LANGUAGES.indexOf(language as (typeof LANGUAGES)[number]) + 1}`

beforeAll(() => {
  articles = LANGUAGES.map((language, i) => analyze(language, `a${i + 1}`))
  report = compareCoverage(articles)
})

function entityWith(variant: string): Entity {
  const found = report.entities.filter((e) => e.variants.includes(variant))
  expect(found, `one entity has the variant ${variant}`).toHaveLength(1)
  return found[0]!
}

describe('1. each article is read in its language', () => {
  test('language detected per article', () => {
    expect(report.articles.map((a) => a.language)).toEqual([...LANGUAGES])
  })

  test('inflection and script do not split an entity', () => {
    const lukashenko = entityWith('Lukashenko')
    for (const form of ['Александр Лукашенко', 'Alaksandr Łukaszenka', 'Олександр Лукашенко', 'Лукашенко', 'Łukaszenka']) {
      expect(lukashenko.variants).toContain(form)
    }
    expect(lukashenko.kind).toBe('person')
    expect(new Set(lukashenko.mentions.map((m) => m.articleId))).toEqual(new Set(['a1', 'a2', 'a3', 'a4']))
    const putin = entityWith('Putin')
    for (const form of ['Владимиром Путиным', 'Władimirem Putinem', 'Путина', 'Putina', 'Путіна']) expect(putin.variants).toContain(form)
    const minsk = entityWith('Minsk')
    expect(minsk.kind).toBe('place')
    for (const form of ['Минске', 'Mińsku', 'Мінську']) expect(minsk.variants).toContain(form)
    const ukraine = entityWith('Ukraine')
    for (const form of ['Украины', 'Ukrainy', 'України']) expect(ukraine.variants).toContain(form)
    expect(entityWith('Belarus').variants).toEqual(expect.arrayContaining(['Беларуси', 'Białorusi', 'Білорусі']))
  })

  test('a neighbouring word in another case does not glue onto a name', () => {
    for (const e of report.entities) {
      for (const v of e.variants) expect(v, `${e.name}: ${v}`).not.toMatch(/(Беларуси|Białorusi|Білорусі|России|Rosji|Росії)\s+\p{L}/u)
    }
  })

  test('dates in each language are read and compared: 6 December and the second half of next year', () => {
    const day = report.differences.find((d) => d.kind === 'date' && d.values.some((v) => v.text === 'December 6'))
    expect(day?.status).toBe('consistent')
    expect(day?.values.map((v) => v.text).sort()).toEqual(['6 grudnia', '6 грудня', '6 декабря', 'December 6'].sort())
    expect(new Set(day?.values.map((v) => v.normalized))).toEqual(new Set(['2024-12-06']))
    const plan = report.differences.find((d) => d.kind === 'date' && d.values.some((v) => v.text === 'the second half of next year'))
    expect(plan?.status).toBe('consistent')
    expect(plan?.values.map((v) => v.articleId).sort()).toEqual(['a1', 'a2', 'a3', 'a4'])
    expect(new Set(plan?.values.map((v) => v.normalized))).toEqual(new Set(['2025-H2']))
  })

  test('figures with local units differ across languages: 5500 km against 5000 km is a conflict', () => {
    const conflict = report.differences.find((d) => d.status === 'conflict' && d.values.some((v) => v.text.includes('5500')))
    expect(conflict).toBeDefined()
    expect(conflict!.values.map((v) => v.articleId).sort()).toEqual([idOf('ru'), idOf('uk')])
    expect(conflict!.values.some((v) => v.text.includes('5000'))).toBe(true)
  })
})

describe('2. one fact, one quote, whatever the language', () => {
  test('the facts every outlet reports are each one fact with a span in every language', () => {
    const byAll = report.facts.filter((f) => f.articleIds.length === 4)
    expect(byAll.length).toBeGreaterThanOrEqual(5)
    const texts = new Map(report.articles.map((a) => [a.id, a.text]))
    const titles = new Map(report.articles.map((a) => [a.id, a.title]))
    for (const fact of byAll) {
      expect(new Set(fact.spans.map((s) => s.language))).toEqual(new Set(LANGUAGES))
      // Headline renderings index the title.
      for (const span of fact.spans) expect((span.field === 'title' ? titles : texts).get(span.articleId)!.slice(span.start, span.end)).toBe(span.text)
    }
    const request = byAll.find((f) => f.spans.some((s) => s.text.startsWith('Lukashenko asked Putin to deploy')))
    expect(request?.spans.find((s) => s.language === 'ru')?.text).toMatch(/^Лукашенко попросил Путина разместить/)
    expect(request?.spans.find((s) => s.language === 'pl')?.text).toMatch(/^Łukaszenka poprosił Putina o rozmieszczenie/)
  })

  test("Lukashenko's quote is one quote with four renderings, each in its language", () => {
    const lukashenko = entityWith('Lukashenko')
    const quote = report.quotes.find((q) => q.renderings.some((r) => r.text.startsWith('We do not want to threaten anyone')))
    expect(quote?.speaker).toBe(lukashenko.id)
    expect(quote?.renderings.map((r) => r.language).sort()).toEqual([...LANGUAGES].sort())
    expect(quote?.renderings.find((r) => r.language === 'ru')?.text).toMatch(/^Мы не хотим никому угрожать/)
  })

  test('what only one outlet reports stays its own', () => {
    const own = report.facts.filter((f) => f.articleIds.length === 1)
    expect(own.some((f) => f.articleIds[0] === idOf('pl') && f.text.includes('dwa tysiące żołnierzy'))).toBe(true)
    expect(own.some((f) => f.articleIds[0] === idOf('ru') && f.text.includes('Песков'))).toBe(true)
  })
})

describe('3. one fact in other words', () => {
  test('"asked Putin to deploy" and "wants Oreshnik missiles stationed" are one fact; the rest stays apart', () => {
    const r = compareCoverage([
      analyze('en', 'x1', 'Belarusian leader Alexander Lukashenko asked Vladimir Putin to deploy Oreshnik missiles in Belarus during their meeting in Minsk.\n\nThe Kremlin did not comment on the timing.'),
      analyze('en', 'x2', 'Lukashenko wants Oreshnik missiles stationed in Belarus, he told Putin at the Minsk talks.\n\nPoland called the plan a provocation.'),
    ])
    const shared = r.facts.filter((f) => f.articleIds.length === 2)
    expect(shared).toHaveLength(1)
    expect(shared[0]!.spans.map((s) => s.text)).toEqual([expect.stringContaining('asked Vladimir Putin to deploy'), expect.stringContaining('wants Oreshnik missiles stationed')])
  })

  test('an outlet telling one action twice (headline line and lede) has both lines in the shared fact', () => {
    const articles = [
      analyze('en', 'x1', 'Police arrest escaped inmate Brian Nichols in Atlanta\nOfficers arrested Nichols at an apartment complex on Saturday after a day-long search.'),
      analyze('en', 'x2', 'Brian Nichols, who escaped from an Atlanta courthouse, was arrested by police on Saturday at an apartment complex.\n\nHe faces murder charges.'),
    ]
    const sharedOf = (report: CoverageReport): string[] =>
      report.facts.filter((f) => f.articleIds.length === 2).flatMap((f) => f.spans.filter((s) => s.articleId === 'x1').map((s) => s.text))
    expect(sharedOf(compareCoverage(articles))).toEqual(['Police arrest escaped inmate Brian Nichols in Atlanta', expect.stringContaining('Officers arrested Nichols')])
    // Without one-sided matches only one of the two lines joins: the other is left as if only x1 reported it.
    expect(sharedOf(compareCoverage(articles, { facts: { oneSidedBest: 2 } }))).toHaveLength(1)
  })
})

describe('dates of undated articles', () => {
  test('"December 6" / "6. Dezember" with no year anywhere are compared as days of a month: the same day agrees, another is a conflict', () => {
    const en = 'Lukashenko met Putin in Minsk on December 6 to discuss missiles.'
    const dated = (day: string) => compareCoverage([analyzeText(en, 'u1'), analyzeText(`Lukaschenko traf Putin am ${day} in Minsk, um über Raketen zu sprechen.`, 'u2')])
    const same = dated('6. Dezember').differences.find((d) => d.kind === 'date')
    expect(same?.status).toBe('consistent')
    expect(same?.values.map((v) => [v.text, v.normalized])).toEqual([['December 6', 'XXXX-12-06'], ['6. Dezember', 'XXXX-12-06']])
    // Another day is a conflict of the dates, across languages ("traf" read as met) as within one.
    expect(dated('7. Dezember').differences.map((d) => [d.kind, d.status, d.values.map((v) => v.normalized)])).toEqual([['date', 'conflict', ['XXXX-12-06', 'XXXX-12-07']]])
    const english = compareCoverage([analyzeText(en, 'u1'), analyzeText(en.replace('December 6', 'December 7'), 'u2')])
    expect(english.differences.map((d) => [d.kind, d.status, d.values.map((v) => v.normalized)])).toEqual([['date', 'conflict', ['XXXX-12-06', 'XXXX-12-07']]])
  })
})

describe('4. what differs is not one fact', () => {
  const compareTexts = (a: string, b: string): CoverageReport =>
    compareCoverage([analyze('en', 'x1', a), analyze('en', 'x2', b)])

  test('a denial and a statement are a conflict, never a shared fact', () => {
    const r = compareTexts(
      'Police said the explosion damaged three houses in the village. No civilian casualties were confirmed by the regional authorities.',
      'The explosion damaged three houses in the village, police said. Civilian casualties were confirmed by the regional authorities.',
    )
    const denial = r.facts.find((f) => f.text.includes('casualties'))
    expect(denial?.articleIds).toHaveLength(1)
    const conflict = r.differences.find((d) => d.kind === 'claim')
    expect(conflict?.status).toBe('conflict')
    expect(conflict?.values.map((v) => v.normalized).sort()).toEqual(['denied', 'stated'])
  })

  test('different figures are a conflict, never a shared fact', () => {
    const r = compareTexts(
      'The attack on the market in the city centre killed 40 people on Monday, officials said.',
      'At least 43 people were killed on Monday in the attack on the market in the city centre, officials said.',
    )
    expect(r.facts.filter((f) => f.articleIds.length > 1)).toHaveLength(0)
    const conflict = r.differences.find((d) => d.status === 'conflict')
    expect(conflict?.values.map((v) => v.articleId).sort()).toEqual(['x1', 'x2'])
  })

  test('a fragment cut off at a comma is not a fact', () => {
    const r = compareTexts('The coach praised the team after the final.\n\nHe finished that game,', 'The coach praised his team after the final on Sunday.')
    expect(r.facts.some((f) => f.text.includes('He finished that game'))).toBe(false)
  })
})

describe('6. the brief and the facts read in one language', () => {
  test('English by default: each shared fact once, in English; a fact no English outlet reports in its own language, marked', () => {
    expect(report.language).toBe('en')
    const shared = report.brief.filter((b) => b.articleIds.length === 4)
    expect(shared.length).toBeGreaterThanOrEqual(4)
    for (const sentence of shared) expect(sentence.language).toBe('en')
    // Never the same fact once per language: no two brief sentences rest on the same passage (a note of how
    // reports differ cites the sentence it follows).
    const told = report.brief.filter((b) => !b.text.startsWith('Reports differ:'))
    expect(told.length).toBeLessThan(report.brief.length)
    const passages = told.flatMap((b) => (b.spans ?? []).map((s) => `${s.articleId}:${s.start}`))
    expect(new Set(passages).size).toBe(passages.length)
    for (const fact of report.facts.filter((f) => f.articleIds.includes('a1'))) expect(fact.language).toBe('en')
    const polish = report.brief.find((b) => b.articleIds.length === 1 && b.articleIds[0] === idOf('pl'))
    expect(polish?.language).toBe('pl')
  })

  test('a fact one outlet states with another figure is disputed, not only its outlet\'s: the range 5000 km (uk) / 5500 km (ru)', () => {
    const view = buildReportView(report)
    const range = view.partialFacts.find((f) => f.fact.text.includes('5000'))
    expect(range?.articles.map((a) => a.article.id)).toEqual([idOf('uk')])
    expect(range?.disputedBy.map((a) => a.article.id)).toEqual([idOf('ru')])
    expect(disputeNote(range!)).toBe(`; ${report.articles.find((a) => a.id === idOf('ru'))?.outlet} states it otherwise`)
    // A fact no one disputes keeps its plain "only".
    expect(view.partialFacts.filter((f) => f.disputedBy.length > 0)).toHaveLength(2)
  })

  test('a quote\'s renderings are marked for wording only against renderings in their own language', () => {
    const view = buildReportView(report)
    const quote = view.quotes.find((q) => new Set(q.renderings.map((r) => r.rendering.language)).size === 4)
    // Four languages, one rendering each: no word is marked (across languages every word is spelled otherwise).
    expect(quote?.renderings.flatMap((r) => r.diff.segments.filter((s) => s.changed))).toEqual([])
    const english = compareCoverage([articles[0]!, analyze('en', 'e2', readFileSync(new URL('../examples/multilingual/en.txt', import.meta.url), 'utf8').replace('deploy', 'station'))])
    const marked = buildReportView(english).quotes.flatMap((q) => q.renderings.flatMap((r) => r.diff.segments.filter((s) => s.changed).map((s) => s.text.trim())))
    expect(marked).toEqual(expect.arrayContaining(['deploy', 'station']))
  })

  test('--lang ru: shared facts and the brief read in Russian', () => {
    const russian = compareCoverage(articles, { language: 'ru' })
    expect(russian.language).toBe('ru')
    for (const fact of russian.facts.filter((f) => f.articleIds.includes(idOf('ru')))) expect(fact.language).toBe('ru')
    const shared = russian.brief.filter((b) => b.articleIds.length === 4)
    expect(shared.length).toBeGreaterThanOrEqual(4)
    for (const sentence of shared) expect(sentence.language).toBe('ru')
  })
})
