import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AnalyzedArticle, CoverageReport } from '../src/model/index.js'
import { analyzeArticle, compareCoverage } from '../src/pipeline/index.js'

import { EXAMPLES_DIR as SEEDS_DIR, POLISH, UKRAINIAN } from './example-paths.js'

export { POLISH, SEEDS_DIR, UKRAINIAN }

/** The seed pair (examples/, copies of ../shared/seeds), analysed once per test file. */

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
