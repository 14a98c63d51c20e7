/**
 * Three BASIL dev triplets (Fox / NYT / HuffPost on one event), compared as a user would. Each assertion was
 * checked by reading the articles: a fact all named outlets report, a quote they render alike with its speaker,
 * and a loaded word that BASIL's annotators also marked as lexical bias.
 */
import { existsSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { CoverageReport } from '../../src/model/index.js'
import { createFramingDetector } from '../../src/pipeline/framing/index.js'
import { BASIL_DIR, basilReport } from './basil-triplet.js'

function sharedFact(report: CoverageReport, patterns: Readonly<Record<string, RegExp>>) {
  return report.facts.find((f) => Object.entries(patterns).every(([id, re]) => f.spans.some((s) => s.articleId === id && re.test(s.text))))
}

function alignedQuote(report: CoverageReport, patterns: Readonly<Record<string, RegExp>>) {
  return report.quotes.find((q) => Object.entries(patterns).every(([id, re]) => q.renderings.some((r) => r.articleId === id && re.test(r.text))))
}

function speakerName(report: CoverageReport, speaker: string | null): string | undefined {
  return report.entities.find((e) => e.id === speaker)?.name
}

function flagged(report: CoverageReport, articleId: string, word: RegExp) {
  return report.framing.find((f) => f.articleId === articleId)?.spans.find((s) => word.test(s.text))
}

// The triplets are read at collection time, so without ../shared/bench there is nothing to define: one skip line.
if (existsSync(BASIL_DIR)) defineTripletSuites()
else describe.skip('BASIL triplets: skipped, no ../shared/bench/basil', () => test('three triplets compared', () => {}))

function defineTripletSuites(): void {
  describe('2012: Santorum defends "phony theology" remark', () => {
    const report = basilReport('2012', '65cb14cb-2d27-41e5-a2be-6fd6314f4363')
    test('all three report "some phony ideal, some phony theology"', () => {
      const fact = sharedFact(report, { nyt: /phony ideal, some phony theology/, fox: /phony ideal/, hpo: /phony ideal, some phony theology/ })
      expect(fact?.articleIds).toEqual(expect.arrayContaining(['nyt', 'fox', 'hpo']))
    })
    test('"I was talking about the radical environmentalist(s)": Santorum, in Fox and HuffPost', () => {
      const quote = alignedQuote(report, { fox: /radical environmentalist$/, hpo: /radical environmentalists$/ })
      expect(speakerName(report, quote?.speaker ?? null)).toBe('Rick Santorum')
    })
    test('"phony" is Santorum\'s word: no outlet is charged with it in its own voice', () => {
      // The loaded-word model finds it, but model spans are not shown (below the precision target, docs/MODELS.md);
      // where a source does show it, it stands in Santorum's quoted words.
      for (const id of ['nyt', 'fox', 'hpo']) expect(flagged(report, id, /^phony$/i)?.voice.kind ?? 'quoted').toBe('quoted')
      const everySpan = createFramingDetector({ language: 'en', thresholds: null })
      for (const article of report.articles) {
        const phony = everySpan(article.text).filter((s) => /^phony$/i.test(s.text))
        expect(phony.length, article.id).toBeGreaterThan(0)
        for (const span of phony) expect(span.technique).toBe('loaded-language')
      }
    })
  })

  describe('2016: Bloomberg endorses Clinton, attacks Trump', () => {
    const report = basilReport('2016', '472158a1-4e39-4214-8397-904e66f2b4c5')
    test('Fox and HuffPost report the "record of bankruptcies" charge', () => {
      const fact = sharedFact(report, { fox: /well-documented record of bankruptcies/, hpo: /well-documented record of bankruptcies/ })
      expect(fact).toBeDefined()
    })
    test('"Trump says he wants to run the nation like he\'s run(ning) his business": Michael Bloomberg', () => {
      const quote = alignedQuote(report, { nyt: /run the nation like he’s run his business/, hpo: /run the nation like he’s running his business/ })
      expect(speakerName(report, quote?.speaker ?? null)).toBe('Michael Bloomberg')
      expect(report.entities.find((e) => e.name === 'Michael Bloomberg')?.kind).toBe('person')
    })
    test('Fox\'s "dangerous demagogue" is flagged as name-calling', () => {
      expect(flagged(report, 'fox', /^demagogue$/)?.technique).toBe('name-calling')
    })
  })

  describe('2019: Trump declares a national emergency over the border wall', () => {
    const report = basilReport('2019', '3ae35b16-7f7f-4a5e-9f24-5ce724106a73')
    test('Fox and NYT quote Pelosi and Schumer: "plainly a power grab by a disappointed President"', () => {
      expect(sharedFact(report, { fox: /plainly a power grab by a disappointed President/, nyt: /plainly a power grab by a disappointed president/ })).toBeDefined()
    })
    test('"We\'re going to confront the national security crisis on our southern border": Donald Trump', () => {
      const quote = alignedQuote(report, { fox: /confront the national security crisis on our southern border/, nyt: /confront the national security crisis on our southern border/ })
      expect(speakerName(report, quote?.speaker ?? null)).toBe('Donald Trump')
    })
    test('the same amount, $3.6 billion, is consistent between HuffPost and NYT', () => {
      const money = report.differences.find((d) => d.kind === 'money' && d.values.some((v) => v.text === '$3.6 billion'))
      expect(money?.status).toBe('consistent')
      expect(money?.values.map((v) => v.articleId).sort()).toEqual(['hpo', 'nyt'])
    })
    test('HuffPost\'s "insisted" is flagged as a loaded attribution verb', () => {
      expect(flagged(report, 'hpo', /^insisted$/)?.technique).toBe('loaded-attribution')
    })
  })
}
