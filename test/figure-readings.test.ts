// Two outlets' sentences with figures the other lacks are one fact when those figures are only readings of one
// value ("47 percent" / "46.7 percent"), and two facts when a figure was replaced ("killed 40" / "at least 43").
// Articles written for this test.
import { describe, expect, test } from 'vitest'
import type { CoverageReport } from '../src/model/index.js'
import { compareTexts } from './compare-texts.js'



function articlesOf(report: CoverageReport, words: RegExp): readonly string[] | undefined {
  return report.facts.find((f) => f.spans.some((s) => words.test(s.text)))?.articleIds
}

const TAIL = 'Turnout in the district was low.\n\nThe county will certify the result next week.'

describe('figures in aligned sentences', () => {
  test('figures that read one value in two ways do not keep the sentences apart', () => {
    const report = compareTexts(
      `Mayor Tom Ellis beat his rival Anna Berg 53 percent to 47 percent in the runoff for the Riverton council seat.\n\n${TAIL}`,
      `Tom Ellis won the runoff for the Riverton council seat with just over 53 percent, with Anna Berg taking 46.7 percent.\n\n${TAIL}`,
    )
    expect(articlesOf(report, /Ellis/)).toEqual(['a1', 'a2'])
  })

  test('a replaced figure keeps them apart', () => {
    const report = compareTexts(
      `The storm killed 40 people in the coastal villages of Riverton province, officials said on Monday.\n\n${TAIL}`,
      `The storm killed at least 43 people in the coastal villages of Riverton province, officials said on Monday.\n\n${TAIL}`,
    )
    expect(articlesOf(report, /storm killed 40/)).toEqual(['a1'])
  })

  test('a hedged figure and a figure within its bounds are one value: "more than 40 states" / "48 states", "nearly 8 percent" / "7.7%"', () => {
    const report = compareTexts(
      `A federal judge threw out the antitrust lawsuits brought against the company by the trade commission and more than 40 states on Monday.\n\n${TAIL}`,
      `A federal judge on Monday threw out the antitrust lawsuits brought against the company by the trade commission and 48 states.\n\n${TAIL}`,
    )
    expect(articlesOf(report, /antitrust/)).toEqual(['a1', 'a2'])
    expect(report.differences.filter((d) => d.kind === 'claim')).toEqual([])
    const gas = compareTexts(
      `On Tuesday 7.7% of gas stations in Virginia had no fuel, according to the GasBuddy tracker.\n\n${TAIL}`,
      `On Tuesday nearly 8 percent of gas stations in Virginia had no fuel, according to the GasBuddy tracker.\n\n${TAIL}`,
    )
    expect(articlesOf(gas, /gas stations/)).toEqual(['a1', 'a2'])
  })

  test('one change told two ways around a figure both state is one fact: "fell to 385,000 from 405,000" / "dropped 20,000 to 385,000"', () => {
    const report = compareTexts(
      `Weekly jobless claims fell to 385,000 last week from a revised 405,000 the week before, the Labor Department said on Thursday.\n\n${TAIL}`,
      `Weekly jobless claims dropped 20,000 to 385,000 last week, the Labor Department said on Thursday.\n\n${TAIL}`,
    )
    expect(articlesOf(report, /jobless/)).toEqual(['a1', 'a2'])
    expect(report.differences.filter((d) => d.kind === 'claim')).toEqual([])
  })

  test('an excerpt cut short replaces no figure for sure: kept apart, not shown as a conflict', () => {
    const report = compareTexts(
      `The storm killed 40 people in the coastal villages of Riverton province, officials said on Monday.\n\n${TAIL}`,
      `The storm killed at least 43 people in the coastal villages of Riverton province, officials said on...\n\n${TAIL}`,
    )
    expect(articlesOf(report, /storm killed 40/)).toEqual(['a1'])
    expect(report.differences.filter((d) => d.kind === 'claim')).toEqual([])
  })
})


describe('figures across languages', () => {
  // Kind and unit are read too unevenly across languages to ask for them; only what no reading mistakes rules a
  // pair out. Ukrainian and English articles written for this test.
  const TAIL_UK = 'Українські сили утримують позиції на сході.\n\nНаступний звіт очікують у понеділок.'
  const TAIL_EN = 'Ukrainian forces are holding their positions in the east.\n\nThe next report is expected on Monday.'
  const claims = (uk: string, en: string): string[][] =>
    compareTexts(`${uk}\n\n${TAIL_UK}`, `${en}\n\n${TAIL_EN}`)
      .differences.filter((d) => d.kind === 'claim')
      .map((d) => d.values.map((v) => v.normalized))

  test('a replaced figure is a conflict, whatever the kinds read', () => {
    expect(claims('За минулу добу в боях на сході знищено 24 автомобілі та один гелікоптер.', 'Over the past day 31 vehicles and one helicopter were destroyed in battles in the east.')).toEqual([['24', '31']])
  })

  test('a value the other side states twice is matched once: "сьогодні, 11 лютого … 18 лютого" / "today, February 18 … on February 18"', () => {
    expect(claims('Вантажний корабель пристикувався до МКС сьогодні, 11 лютого, а звести його з орбіти планують 18 лютого.', 'The cargo ship docked to the ISS today, February 18, and it will be taken out of orbit, as planned, on February 18.')).toEqual([['11', '18']])
  })

  test('a day and a year, a share and a count, amounts orders of magnitude apart are other figures, not a conflict', () => {
    expect(claims('Темпи російських операцій уздовж лінії Сватове-Кремінна помітно зросли, йдеться у звіті аналітиків за 8 лютого.', 'The pace of Russian operations along the Svatove-Kreminna line has grown since August 2022, the analysts report says.')).toEqual([])
    expect(claims('На виборах у регіоні проголосували 96,5% виборців, повідомляє комісія.', 'In the regional election 1998 voters cast their ballots, the commission reports.')).toEqual([])
    expect(claims('Профспілки сподіваються вивести на вулиці більше протестувальників, ніж за два перші дні мобілізації.', 'The unions hope to bring 400,000 protesters onto the streets, more than on the first days of mobilisation.')).toEqual([])
  })
})
