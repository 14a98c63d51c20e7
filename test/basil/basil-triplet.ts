import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { AnalyzedArticle, CoverageReport } from '../../src/model/index.js'
import { analyzeArticle, compareCoverage } from '../../src/pipeline/index.js'

/** BASIL dev (../shared/bench/basil): same-event Fox / NYT / HuffPost triplets, read in place (not copied). */
export const BASIL_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'bench', 'basil', 'dev', 'articles')

interface BasilArticle {
  readonly title: string
  readonly source: string
  readonly date: string
  readonly 'triplet-uuid': string
  readonly 'body-paragraphs': readonly (readonly string[])[]
}

/** Compares the three articles of one triplet, as a user would: title line, blank line, paragraphs. */
export function basilReport(year: string, tripletUuid: string): CoverageReport {
  const dir = join(BASIL_DIR, year)
  const files = readdirSync(dir).filter((f) => f.startsWith(tripletUuid)).sort()
  const analyzed = files.map((file, i) => {
    const a = JSON.parse(readFileSync(join(dir, file), 'utf8')) as BasilArticle
    const content = [a.title, ...a['body-paragraphs'].map((p) => p.join(' '))].join('\n\n')
    const result = analyzeArticle(
      { source: file, format: 'text', content, outlet: a.source.toLowerCase(), publishedAt: a.date },
      { id: a.source.toLowerCase() },
    )
    if ('kind' in result) throw new Error(`${file}: ${result.message}`)
    return result as AnalyzedArticle
  })
  return compareCoverage(analyzed)
}
