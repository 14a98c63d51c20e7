/**
 * The acceptance case (../shared/seeds/EXPECTED.md): each block below is one numbered section there.
 * a1 = 000 (Ukrainian outlet, heavily labelled), a2 = 002 (Polish outlet, neutral, with page furniture).
 */
import { describe, expect, test } from 'vitest'
import type { ArticleSpan, CoverageReport } from '../src/model/index.js'
import { POLISH, UKRAINIAN, seedInput, seedReport } from './seed-report.js'

const report: CoverageReport = seedReport()
const [a1, a2] = report.articles
const textOf = (id: string): string => report.articles.find((a) => a.id === id)!.text
const titleOf = (id: string): string => report.articles.find((a) => a.id === id)!.title

/** A span indexes its article's text, or its title when it is a headline rendering (`field: 'title'`). */
function expectSpanValid(span: ArticleSpan & { field?: 'title' }): void {
  expect((span.field === 'title' ? titleOf : textOf)(span.articleId).slice(span.start, span.end)).toBe(span.text)
}

/** The fact whose spans contain all `needles` (one per article, in article order a1, a2). */
function factWith(needleA1: RegExp, needleA2: RegExp) {
  return report.facts.find(
    (f) => f.spans.some((s) => s.articleId === 'a1' && needleA1.test(s.text)) && f.spans.some((s) => s.articleId === 'a2' && needleA2.test(s.text)),
  )
}

describe('1. cleaning', () => {
  test('002: furniture removed with reasons, headline recovered, byline kept as metadata', () => {
    expect(a2!.title).toBe('Lukashenko highlights NATO threat, seeks missile support from Putin')
    expect(a2!.byline).toBe('Adam Zygiel')
    // Removed text is verbatim input, which has no-break spaces ("©\u00a0Daily Wrap"): compare with plain spaces.
    const removed = a2!.removed.map((r) => [r.reason, r.text.replace(/\s/g, ' ')])
    expect(removed).toContainEqual(['section-label', 'News'])
    expect(removed.filter(([reason]) => reason === 'caption').map(([, t]) => t)).toEqual(['Alaksandr Łukaszenka', 'Alaksandr Łukaszenka'])
    expect(removed).toContainEqual(['image-credit', 'Images source: © Getty Images | Contributor'])
    expect(removed).toContainEqual(['byline', 'Adam Zygiel'])
    expect(removed).toContainEqual(['related-content', 'Related content'])
    expect(removed).toContainEqual(['copyright', '© Daily Wrap'])
    expect(removed).toContainEqual(['separator', '·'])
    expect(removed.find(([reason]) => reason === 'legal-notice')?.[1]).toMatch(/^Downloading, reproduction, storage/)
    for (const furniture of ['Related content', 'Daily Wrap', 'Getty', 'Zygiel', 'Downloading', 'Łukaszenka', 'highlights NATO threat']) {
      expect(a2!.text).not.toContain(furniture)
    }
    expect(a2!.text.startsWith('During a meeting with Vladimir Putin, Alexander Lukashenko expressed concern')).toBe(true)
    expect(a2!.text.endsWith('said Lukashenko.')).toBe(true)
  })

  test('000: the stray "Share" is dropped, body otherwise untouched', () => {
    expect(a1!.removed.map((r) => [r.reason, r.text])).toEqual([['share-button', 'Share']])
    expect(a1!.text).toContain('(a positive decision will be made to place them in Belarus.\n\nAnd he cynically added')
    expect(a1!.text).not.toMatch(/\bShare\b/)
  })

  test('removed offsets point into the input', () => {
    for (const [article, name] of [[a1!, UKRAINIAN], [a2!, POLISH]] as const) {
      const input = seedInput(name)
      for (const r of article.removed) expect(input.slice(r.start, r.end)).toBe(r.text)
    }
  })
})

describe('2. one story, not duplicates', () => {
  test('the two articles share facts but most of their sentences differ', () => {
    const shared = report.facts.filter((f) => f.articleIds.length === 2)
    const single = report.facts.filter((f) => f.articleIds.length === 1)
    expect(shared.length).toBeGreaterThanOrEqual(6)
    expect(single.length).toBeGreaterThan(shared.length)
  })
})

describe('3. entities, variants merged', () => {
  const entity = (name: string) => report.entities.find((e) => e.name === name)
  test('Lukashenko: one person across spellings, scripts and the removed caption', () => {
    const e = entity('Alexander Lukashenko')
    expect(e?.kind).toBe('person')
    for (const v of ['Oleksandr Lukashenko', 'Lukashenko', 'Lukashenka', 'Alexander Lukashenko', 'Alaksandr Łukaszenka']) expect(e?.variants).toContain(v)
    expect(new Set(e!.mentions.map((m) => m.articleId))).toEqual(new Set(['a1', 'a2']))
    expect(report.entities.filter((x) => x.variants.some((v) => /Lukash|Łukasz/.test(v)))).toHaveLength(1)
  })
  test('Putin and Oreshnik', () => {
    expect(entity('Vladimir Putin')?.variants).toEqual(expect.arrayContaining(['Vladimir Putin', 'Putin']))
    expect(entity('Vladimir Putin')?.kind).toBe('person')
    const oreshnik = entity('Oreshnik')
    expect(oreshnik?.kind).toBe('weapon')
    expect(oreshnik?.variants).toEqual(expect.arrayContaining(['Oreshnik', 'Oreshnyk', 'Oreshniks']))
  })
  test.each([
    ['Minsk', 'place'], ['Belarus', 'place'], ['Poland', 'place'], ['Lithuania', 'place'], ['Ukraine', 'place'],
    ['Germany', 'place'], ['Dnipro', 'place'], ['Russia', 'place'], ['NATO', 'organization'], ['Union State', 'organization'],
    ['Supreme State Council', 'organization'],
  ])('%s is a %s', (name, kind) => {
    expect(entity(name)?.kind).toBe(kind)
  })
  test('"Russian Federation" is Russia', () => {
    expect(entity('Russia')?.variants).toContain('Russian Federation')
  })
  test('how each outlet refers to Lukashenko', () => {
    const descriptors = entity('Alexander Lukashenko')!.descriptors
    expect(descriptors['a1']?.map((d) => d.text)).toEqual(expect.arrayContaining(['Belarusian dictator']))
    expect(descriptors['a2']?.map((d) => d.text.toLowerCase())).toEqual(expect.arrayContaining(['leader']))
  })
  test('every mention span is exact', () => {
    for (const e of report.entities) for (const m of e.mentions) expectSpanValid(m)
  })
})

describe('4. facts both report', () => {
  test.each([
    ['asked Putin to deploy Oreshnik', /asked Russian dictator Vladimir Putin to place the Oreshnyk|publicly asked Putin to place|appealed to the illegitimate/, /asked Vladimir Putin to deploy Oreshnik/],
    ['Putin agreed', /Putin promised to fulfill this request/, /promised that these requests would be fulfilled|second half of next year/],
    ['worried about the border with Poland and Lithuania', /allegedly very worried about the situation/, /expressed concern about the situation/],
    ['greater threat than from Ukraine', /even greater danger than from warring Ukraine/, /greater threat than the one coming from Ukraine/],
    ['troops near the border, including German', /troops of Poland and Lithuania are stationed/, /Not only Poles and Lithuanians/],
    ['Poland spends heavily on its military', /Poland spends huge resources/, /Poland is spending large sums|Polish investments in the military/],
    ['threat to the joint grouping', /threat to our common grouping/, /threat to our joint grouping/],
    ['calm some minds/heads', /calm some "minds"/, /calm some heads/],
    ['Belarus chooses the targets', /goals for these weapons will be determined/, /targets for it will be determined/],
  ])('%s', (_label, inA1, inA2) => {
    const fact = factWith(inA1, inA2)
    expect(fact, `no shared fact matching ${inA1} / ${inA2}`).toBeDefined()
    expect(fact!.articleIds).toEqual(expect.arrayContaining(['a1', 'a2']))
    for (const s of fact!.spans) expectSpanValid(s)
  })
})

describe('4.2 dates: same period at different precision', () => {
  test('"in 2025" and "the second half of next year" are consistent', () => {
    const timing = report.differences.find((d) => d.kind === 'date' && d.values.some((v) => /2025/.test(v.text)) && d.values.some((v) => /next year/.test(v.text)))
    expect(timing?.status).toBe('consistent')
    expect(timing?.values.find((v) => v.articleId === 'a2')?.normalized).toBe('2025-H2')
    expect(timing?.values.find((v) => v.articleId === 'a1')?.normalized).toBe('2025')
  })
  test('no conflict is reported for the seed pair', () => {
    expect(report.differences.filter((d) => d.status === 'conflict')).toEqual([])
  })
})

describe('5. facts only one reports', () => {
  const onlyIn = (id: string, re: RegExp) => report.facts.find((f) => f.articleIds.length === 1 && f.articleIds[0] === id && re.test(f.spans[0]!.text))
  test.each([
    ['a1', /Supreme State Council/],
    ['a1', /2024-2026/],
    ['a1', /you will teach us how to use these weapons/],
    ['a1', /peaceful Ukrainian city of Dnipro/],
    ['a1', /May 23, 2024/],
    ['a1', /why spend billions of dollars on weapons/],
    ['a2', /15 kilometres, a\sstone's throw/],
    ['a2', /The deployment of such systems is possible/],
  ])('only %s: %s', (id, re) => {
    expect(onlyIn(id, re)).toBeDefined()
  })
})

describe('6. quotes aligned across outlets, speaker Lukashenko', () => {
  const lukashenko = () => report.entities.find((e) => e.name === 'Alexander Lukashenko')!.id
  test.each([
    [/even greater danger than from warring Ukraine/, /greater threat than the one coming from Ukraine/],
    [/seriously calm some "minds"/, /This would calm some heads/],
    [/We have certain places where we can place these weapons\. With only one condition/, /We have certain places where we can position this weapon/],
    [/threat to our common grouping/, /threat to our joint grouping/],
    [/The troops of Poland and Lithuania are stationed/, /Not only Poles and Lithuanians are stationed there/],
  ])('%s ↔ %s', (inA1, inA2) => {
    const quote = report.quotes.find(
      (q) => q.renderings.some((r) => r.articleId === 'a1' && inA1.test(r.text)) && q.renderings.some((r) => r.articleId === 'a2' && inA2.test(r.text)),
    )
    expect(quote, 'no aligned quote').toBeDefined()
    expect(quote!.speaker).toBe(lukashenko())
    for (const r of quote!.renderings) expectSpanValid(r)
  })
  test('unmarked speech closed by an attribution carries its verb', () => {
    const rendering = report.quotes.flatMap((q) => q.renderings).find((r) => /even greater danger/.test(r.text))
    expect(rendering?.marked).toBe(false)
    expect(rendering?.verb).toBe('hypocritically said')
  })
  test("Putin's words are quoted only by 002, with Putin as speaker", () => {
    const putin = report.entities.find((e) => e.name === 'Vladimir Putin')!.id
    const byPutin = report.quotes.filter((q) => q.speaker === putin)
    expect(byPutin.length).toBeGreaterThanOrEqual(2)
    expect(byPutin.flatMap((q) => q.renderings.map((r) => r.articleId))).not.toContain('a1')
    expect(byPutin.flatMap((q) => q.renderings.map((r) => r.text))).toEqual(
      expect.arrayContaining(['The deployment of such systems is possible', 'It will be possible in the second half of next year']),
    )
  })
})

describe('7. framing', () => {
  const spans = (id: string) => report.framing.find((f) => f.articleId === id)!
  test.each([
    'Belarusian dictator', 'illegitimate Russian president', 'self-proclaimed president', 'Russian dictator',
    'illegitimate president of the Russian Federation', 'so-called', 'hypocritically said', 'cynically added', 'allegedly', 'peaceful Ukrainian city',
  ])('000 flags "%s"', (phrase) => {
    expect(spans('a1').spans.some((s) => s.text.includes(phrase) || phrase.includes(s.text) && s.text.length >= phrase.length * 0.5)).toBe(true)
  })
  test('002 is close to neutral and 000 clearly loaded', () => {
    expect(spans('a2').score).toBeLessThan(spans('a1').score / 4)
    for (const s of spans('a2').spans) expect(s.text).not.toMatch(/^(said|stated|argued|the leader)$/i)
  })
})

describe('8. neutral brief', () => {
  test('every sentence cites its articles; none carries a label; single-source facts are marked', () => {
    expect(report.brief.length).toBeGreaterThanOrEqual(4)
    for (const s of report.brief) {
      expect(s.articleIds.length).toBeGreaterThan(0)
      expect(s.singleSource).toBe(s.articleIds.length === 1)
      expect(s.text).not.toMatch(/dictator|illegitimate|self-proclaimed|so-called|hypocritically|cynically|allegedly|peaceful Ukrainian/i)
    }
    expect(report.brief.some((s) => s.articleIds.length === 2)).toBe(true)
    expect(report.brief.some((s) => s.singleSource)).toBe(true)
  })
})

describe('headlines (issue 15)', () => {
  test("the story title is 002's neutral headline, not 000's loaded lead sentence", () => {
    expect(a1!.titleSource).toEqual({ kind: 'lead' })
    expect(report.title).toBe('Lukashenko highlights NATO threat, seeks missile support from Putin')
    expect(report.title).not.toMatch(/dictator|illegitimate/)
  })

  test("only 002's title is a headline; it points back into 002's input and carries no label", () => {
    expect(report.headlines.map((h) => h.articleId)).toEqual(['a2'])
    const [headline] = report.headlines
    if (headline?.source.kind !== 'text') throw new Error('expected a headline line of the input')
    expect(seedInput(POLISH).slice(headline.source.start, headline.source.end).replace(/\s/g, ' ')).toBe(headline.text)
    expect(headline.framing).toEqual([])
    expect(report.framing.find((f) => f.articleId === 'a2')?.headline).toEqual([])
    expect(report.framing.find((f) => f.articleId === 'a1')?.headline).toBeUndefined()
  })
})
