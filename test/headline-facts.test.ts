// Headlines are renderings of facts too: an outlet whose headline says what another outlet's text reports reports
// it as well. They align after the texts and never change how texts are matched. Articles written for this test.
import { describe, expect, test } from 'vitest'
import type { Article } from '../src/model/index.js'
import { headlineStatements } from '../src/pipeline/headlines/index.js'
import { analyzeText, compareTexts } from './compare-texts.js'



const A = [
  'Riverton council approves new tram line',
  '',
  'The Riverton city council voted on Tuesday to build a tram line from the station to the harbour.',
  'Work is due to start in the spring, the mayor said.',
].join('\n')

describe('headlines in facts', () => {
  test("a headline joins the fact another outlet's text reports, as a span of the title", () => {
    const B = [
      'Tram for Riverton',
      '',
      'Residents of the harbour district complained about the noise of the building works at the old port.',
      'A new ferry will also serve the islands from next year, the port authority said.',
    ].join('\n')
    const C = ['Riverton council approves tram line to the harbour', '', 'Shops on the high street closed early on Tuesday for a festival in the old town.'].join('\n')
    const report = compareTexts(A, B, C)
    const c = report.articles.find((a) => a.id === 'a3')!
    expect(c.titleSource.kind).toBe('text')
    const fact = report.facts.find((f) => f.spans.some((s) => s.articleId === 'a1' && /voted on Tuesday to build a tram line/.test(s.text)))
    expect(fact?.articleIds).toContain('a3')
    const headline = fact!.spans.find((s) => s.articleId === 'a3')!
    expect(headline.field).toBe('title')
    expect(c.title.slice(headline.start, headline.end)).toBe(headline.text)
    // The fact reads as a text's sentence, never as a headline, when a text tells it.
    expect(fact!.text).toMatch(/voted on Tuesday/)
    // The brief writes texts only, and cites a headline that tells the same fact beside them: the tram is not one
    // outlet's alone.
    for (const b of report.brief) expect(b.spans?.some((s) => s.field === undefined)).toBe(true)
    const tram = report.brief.find((b) => /tram line/.test(b.text))
    expect(tram?.spans?.find((s) => s.articleId === 'a3')?.field).toBe('title')
    expect(tram?.singleSource).toBe(false)
  })

  test("a headline that matches only its own article's text adds nothing", () => {
    const B = ['Ferry for the islands', '', 'A new ferry will serve the islands from next year, the port authority said on Monday.'].join('\n')
    const report = compareTexts(A, B)
    expect(report.facts.flatMap((f) => f.spans).filter((s) => s.field === 'title')).toEqual([])
  })

  test('headlines that match no text sentence may still be one fact with each other', () => {
    const B = ['Riverton council approves new tram line to harbour', '', 'Residents of the harbour district complained about the noise of the building works at the old port.'].join('\n')
    const onlyHeadline = ['Riverton council approves new tram line', '', 'Shops on the high street closed early on Tuesday for a festival in the old town.'].join('\n')
    const report = compareTexts(onlyHeadline, B)
    const fact = report.facts.find((f) => f.spans.every((s) => s.field === 'title'))
    expect(fact?.articleIds).toEqual(['a1', 'a2'])
  })
})

describe('a headline of two predicates', () => {
  test('states two facts, each of which may join its own', () => {
    const headline = ['Riverton council approves tram line to the harbour, cancels island ferry service', '', 'The council met on Tuesday evening.'].join('\n')
    const B = [
      'Tram for Riverton',
      '',
      'The Riverton city council voted on Tuesday to build a tram line from the station to the harbour.',
      'The council also cancelled the ferry service to the islands, which had carried few passengers.',
    ].join('\n')
    const report = compareTexts(headline, B)
    const titleSpans = (words: RegExp) => report.facts.find((f) => f.spans.some((s) => s.articleId === 'a2' && words.test(s.text)))?.spans.filter((s) => s.field === 'title')
    expect(titleSpans(/tram line from the station/)?.map((s) => s.text)).toEqual(['Riverton council approves tram line to the harbour'])
    expect(titleSpans(/cancelled the ferry service/)?.map((s) => s.text)).toEqual(['cancels island ferry service'])
  })
})

describe('headlines with nothing to align', () => {
  test('a title with no words, or one cut from the lead, makes no statement', () => {
    const article = (title: string, kind: 'given' | 'lead') => ({ ...analyzeText(A, 'a1').article, title, titleSource: { kind } }) as Article
    expect(headlineStatements(article('— 2024 —', 'given'))).toEqual([])
    expect(headlineStatements(article('The Riverton city council voted on Tuesday…', 'lead'))).toEqual([])
    expect(headlineStatements(article('Riverton council approves new tram line', 'given')).map((s) => s.text)).toEqual(['Riverton council approves new tram line'])
  })
})
