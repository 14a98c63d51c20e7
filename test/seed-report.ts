import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AnalyzedArticle, CoverageReport } from '../src/model/index.js'
import { analyzeArticle, compareCoverage } from '../src/pipeline/index.js'

/** The seed pair of ../shared/seeds, analysed once per test file. */
export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'seeds')
export const UKRAINIAN = '000_ab4b00356de3292d.txt'
export const POLISH = '002_5f50d3ae80105f63.txt'

export function seedInput(name: string): string {
  return readFileSync(join(SEEDS_DIR, name), 'utf8')
}

let cached: CoverageReport | undefined

export function seedReport(): CoverageReport {
  if (cached) return cached
  const analyzed = [UKRAINIAN, POLISH].map((name, i) => {
    const result = analyzeArticle({ source: join(SEEDS_DIR, name), format: 'text', content: seedInput(name) }, { id: `a${i + 1}` })
    if ('kind' in result) throw new Error(`seed ${name} skipped: ${result.message}`)
    return result as AnalyzedArticle
  })
  cached = compareCoverage(analyzed)
  return cached
}
