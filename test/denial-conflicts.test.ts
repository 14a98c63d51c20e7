// A sentence that denies what another outlet states is a conflict; a sentence that states the same thing and denies
// something else in another clause is not. So for figures: another value of one quantity is a conflict, a figure of
// another kind or another thing is not. Articles written for this test.
import { describe, expect, test } from 'vitest'
import type { AnalyzedArticle, CoverageReport } from '../src/model/index.js'
import { analyzeArticle, compareCoverage } from '../src/pipeline/index.js'

function compare(...texts: string[]): CoverageReport {
  const analyzed = texts.map((content, i): AnalyzedArticle => {
    const result = analyzeArticle({ source: `a${i + 1}.txt`, format: 'text', content }, { id: `a${i + 1}`, outlet: `outlet-${i + 1}` })
    if ('kind' in result) throw new Error(result.message)
    return result
  })
  return compareCoverage(analyzed)
}

const claims = (report: CoverageReport): string[][] => report.differences.filter((d) => d.kind === 'claim').map((d) => d.values.map((v) => v.normalized))

describe('denials', () => {
  test('a denial in another clause does not contradict the shared fact', () => {
    const report = compare(
      'A bomb exploded at a bank in Woodburn on Friday, killing two police officers, and state police did not have any suspects, officials said.',
      'A bomb exploded at a bank in Woodburn on Friday, killing two police officers, officials said.',
    )
    expect(claims(report)).toEqual([])
    expect(report.facts.some((f) => f.articleIds.length === 2)).toBe(true)
  })

  test('a list joined by ", and" is not a clause of its own', () => {
    const report = compare(
      'The platform will no longer allow advertisers, publishers, and video creators to earn money from false claims about the vote.',
      'The platform said it will no longer allow video creators and advertisers to earn money from false claims about the vote.',
    )
    expect(claims(report)).toEqual([])
  })

  test('a negation that says the same thing in other words, or qualifies a detail, is no conflict', () => {
    expect(claims(compare(
      'The mayor said on Monday that she did not agree with the protesters who blocked the bridge in Riverton.',
      'The mayor on Monday condemned the protesters who blocked the bridge in Riverton.',
    ))).toEqual([])
    expect(claims(compare(
      'The governor resigned on Tuesday after a report found he had harassed 11 women, including some who did not work for him.',
      'The governor resigned on Tuesday, a week after a report found he had harassed 11 women.',
    ))).toEqual([])
  })

  test('a sentence that denies what the other states is a conflict', () => {
    const report = compare(
      'Police said no officers were injured in the explosion at the bank in Woodburn on Friday.',
      'Police said two officers were injured in the explosion at the bank in Woodburn on Friday.',
    )
    expect(claims(report)).toHaveLength(1)
  })

  test('figures of another kind or another thing are no conflict; another value of one quantity is', () => {
    expect(claims(compare(
      'Millions of retirees in the state will get a 5.9% boost in their benefits in 2022, officials said on Wednesday.',
      'Retirees in the state will get the biggest boost in their benefits in four decades in 2022, officials said on Wednesday.',
    ))).toEqual([])
    const report = compare(
      'At least nine people died in the floods in Riverton on Thursday, officials said.',
      'The floods in Riverton killed at least eight people on Thursday, officials said.',
    )
    const conflicts = report.differences.filter((d) => d.status === 'conflict').map((d) => d.values.map((v) => v.normalized).join(' / '))
    expect(conflicts.some((c) => c.includes('9') && c.includes('8')), conflicts.join(' | ')).toBe(true)
  })

  test('a forecast and a result are two figures, not a disagreement; two forecasts that differ are', () => {
    const results = compare(
      'The vaccine brought in $3.5 billion in revenue in the first three months of this year, Pfizer reported.',
      'Pfizer said in its first-quarter earnings report that it expects to make between $70.5 billion and $72.5 billion in revenue this year.',
    )
    expect(claims(results)).toEqual([])
    const forecasts = compare(
      'President Joe Biden will propose $5 trillion in federal spending in his budget on Friday, officials said.',
      'President Joe Biden will propose $6 trillion in federal spending in his budget on Friday, officials said.',
    )
    expect(forecasts.differences.some((d) => d.status === 'conflict'), JSON.stringify(forecasts.differences)).toBe(true)
    // Forecast words are read in English only: across languages a changed figure stays a conflict.
    const across = compare(
      'Tesla expects to sell 40,000 cars in Germany this year, the company said on Monday.',
      'Tesla рассчитывает продать 45 000 автомобилей в Германии в этом году, заявила компания в понедельник.',
    )
    expect(across.differences.some((d) => d.status === 'conflict'), JSON.stringify(across.differences)).toBe(true)
  })

  test('a total over a span of time and an amount without one are two figures; two totals over one span that differ are a conflict', () => {
    const spans = compare(
      'President Joe Biden will propose $5 trillion in federal spending over the next decade in his budget on Friday, officials said.',
      'President Joe Biden will propose $6 trillion in federal spending in his budget on Friday, officials said.',
    )
    expect(spans.differences.filter((d) => d.status === 'conflict')).toEqual([])
    const budget = compare(
      'President Joe Biden will propose $5 trillion in new federal spending over the next decade, officials said.',
      'President Joe Biden will unveil a $6 trillion budget proposal on Friday, officials said.',
    )
    expect(budget.differences.filter((d) => d.status === 'conflict')).toEqual([])
    const totals = compare(
      'Senate Republicans offered to spend $928 billion over eight years on roads and bridges, officials said on Thursday.',
      'Senate Republicans offered to spend $978 billion over eight years on roads and bridges, officials said on Thursday.',
    )
    expect(totals.differences.some((d) => d.status === 'conflict'), JSON.stringify(totals.differences)).toBe(true)
    // One span told two ways ("$92 a month" / "a monthly increase of $92") is one quantity, read as consistent.
    const monthly = compare(
      'The cost-of-living adjustment amounts to $92 a month for the average retired worker, the agency said on Wednesday.',
      'The cost-of-living adjustment is a monthly increase of $92 for the average retired worker, the agency said on Wednesday.',
    )
    expect(monthly.differences.filter((d) => d.kind === 'money').map((d) => [d.status, d.values.length])).toEqual([['consistent', 2]])
  })

  test('a negated command or a negation under a condition is no denial: kept apart, not shown', () => {
    const command = compare('Health officials now say vaccinated people should wear a mask indoors in public places.', '"Don’t wear a mask indoors in public places," health officials said.')
    expect(claims(command)).toEqual([])
    const condition = compare(
      'Liberals warned that the infrastructure bill cannot pass the House as long as centrists oppose the larger package.',
      'Liberals warned that the infrastructure bill will pass the House only with the larger package.',
    )
    expect(claims(condition)).toEqual([])
  })
})

