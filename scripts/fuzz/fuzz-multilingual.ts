/**
 * Mutates the four multilingual fixture articles (en, ru, pl, uk; examples/multilingual) 200 ways (cut, odd
 * marks spliced in, upper-cased, every space a line break, halves swapped), compares each set, and checks that
 * nothing throws and that every fact, quote, difference and entity span is the text at its offsets in every
 * language. Fixed seed; exit 1 on a finding.
 *
 *   npx tsx scripts/fuzz/fuzz-multilingual.ts
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AnalyzedArticle } from '../../src/model/index.js'
import { analyzeArticle, compareCoverage } from '../../src/pipeline/index.js'

const FIXTURES = join(import.meta.dirname, '../../examples/multilingual')
const originals = ['en', 'ru', 'pl', 'uk'].map((language) => readFileSync(join(FIXTURES, `${language}.txt`), 'utf8'))
let state = 7
const random = (): number => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)

function mutate(text: string): string {
  const at = Math.floor(random() * text.length)
  switch (Math.floor(random() * 5)) {
    case 0: return text.slice(0, at)
    case 1: return `${text.slice(0, at)}\u00a0\u200b«„${text.slice(at)}`
    case 2: return text.toUpperCase()
    case 3: return text.replace(/ /g, '\n')
    default: return text.slice(at) + text.slice(0, at)
  }
}

let failures = 0
for (let round = 0; round < 200; round++) {
  const texts = originals.map(mutate)
  try {
    const analyzed = texts
      .map((content, i) => analyzeArticle({ source: `${i}.txt`, format: 'text', content }, { id: `a${i + 1}` }))
      .filter((a): a is AnalyzedArticle => !('kind' in a))
    if (analyzed.length === 0) continue
    const report = compareCoverage(analyzed)
    const textOf = new Map(report.articles.map((a) => [a.id, a.text]))
    // A fact's headline span points into the article's title (field "title"), every other span into its text.
    const titleOf = new Map(report.articles.map((a) => [a.id, a.title]))
    const spans = [
      ...report.facts.flatMap((f) => f.spans),
      ...report.quotes.flatMap((q) => q.renderings),
      ...report.differences.flatMap((d) => d.values),
      ...report.entities.flatMap((e) => e.mentions),
    ]
    for (const s of spans) {
      const source = 'field' in s && s.field === 'title' ? titleOf.get(s.articleId) : textOf.get(s.articleId)
      if (source?.slice(s.start, s.end) !== s.text) throw new Error(`span does not point at its text: ${JSON.stringify(s)}`)
    }
  } catch (error) {
    failures++
    if (failures <= 5) console.error(`round ${round}: ${error instanceof Error ? error.stack?.split('\n').slice(0, 3).join(' ') : String(error)}`)
  }
}
console.log(`failures ${failures}`)
process.exit(failures === 0 ? 0 : 1)
