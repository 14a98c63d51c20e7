/**
 * The brief states nothing its sources do not: every word of every brief sentence is in the passages it cites,
 * apart from the words the brief's templates add ("X reported that", "between 85 and 90", "said:") and names the
 * entity layer gives in full ("Lukashenko" → "Alexander Lukashenko" on first mention). Seed pair and the
 * four-language example.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { AnalyzedArticle, CoverageReport } from '../src/model/index.js'
import { BRIEF_TEMPLATE_WORDS } from '../src/pipeline/brief/index.js'
import { analyzeArticle, compareCoverage } from '../src/pipeline/index.js'
import { EXAMPLES_DIR } from './example-paths.js'
import { seedReport } from './seed-report.js'

function multilingualReport(): CoverageReport {
  const analyzed = ['en', 'pl', 'ru', 'uk'].map((lang, i) => {
    const source = join(EXAMPLES_DIR, 'multilingual', `${lang}.txt`)
    return analyzeArticle({ source, format: 'text', content: readFileSync(source, 'utf8') }, { id: `a${i + 1}` }) as AnalyzedArticle
  })
  return compareCoverage(analyzed)
}

const words = (text: string): string[] => text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*|\p{N}+/gu) ?? []

/** Each brief sentence's words missing from its cited spans, template words and entity names set aside. */
function unsupported(report: CoverageReport): string[] {
  const allowed = new Set([...BRIEF_TEMPLATE_WORDS, ...report.entities.flatMap((e) => words(e.name)), ...report.articles.flatMap((a) => words(a.outlet))])
  return report.brief.flatMap((sentence) => {
    const cited = new Set((sentence.spans ?? []).flatMap((s) => words(s.text)))
    return words(sentence.text)
      .filter((w) => !cited.has(w) && !allowed.has(w))
      .map((w) => `${w} in "${sentence.text}"`)
  })
}

describe('brief sentences rest on their cited spans', () => {
  test.each([
    ['seed pair', seedReport],
    ['four-language example', multilingualReport],
  ])('%s', (_, build) => {
    const report = build()
    expect(report.brief.length).toBeGreaterThan(0)
    for (const sentence of report.brief) {
      expect(sentence.spans?.length ?? 0).toBeGreaterThan(0)
      expect([...new Set(sentence.spans?.map((s) => s.articleId))].sort()).toEqual([...sentence.articleIds].sort())
      for (const span of sentence.spans ?? []) {
        const article = report.articles.find((a) => a.id === span.articleId)
        expect((span.field === 'title' ? article?.title : article?.text)?.slice(span.start, span.end)).toBe(span.text)
      }
    }
    expect(unsupported(report)).toEqual([])
  }, 60_000)

  test('the check fails on a word no source states', () => {
    const report = seedReport()
    const [first, ...rest] = report.brief
    const altered = { ...report, brief: [{ ...first!, text: `${first!.text} Tanks crossed the border.` }, ...rest] }
    expect(unsupported(altered)).toContain(`tanks in "${first!.text} Tanks crossed the border."`)
  })
})
