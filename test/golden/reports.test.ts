import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { compareTexts, loadComparePipeline, type ComparePipeline } from '../../scripts/eval/lib/compare-texts.js'
import { loadAllSides } from '../../scripts/eval/lib/load-allsides.js'
import { loadWmtTasks } from '../../scripts/eval/lib/load-wmt.js'
import type { AnalyzedArticle, CoverageReport } from '../../src/model/index.js'
import { analyzeArticle, compareCoverage } from '../../src/pipeline/index.js'
import { EXAMPLES_DIR } from '../example-paths.js'

/**
 * Output guard for work that must not change what Parallax reports (speed work, refactors): the reports on the
 * shipped examples are committed in full (readable diffs), those on a fixed slice of the bench dev sets as SHA-256
 * hashes (the bench texts are not ours to ship). An intended change of output regenerates both:
 * `PARALLAX_GOLDEN_UPDATE=1 npx vitest run test/golden` — and the commit says why the reports changed.
 */
const HERE = import.meta.dirname
const UPDATE = process.env['PARALLAX_GOLDEN_UPDATE'] === '1'
const BENCH = process.env['PARALLAX_BENCH'] ?? join(HERE, '..', '..', '..', 'shared', 'bench')
const HAS_BENCH = existsSync(join(BENCH, 'allsides-roundups', 'dev')) && existsSync(join(BENCH, 'wmt-crosslingual', 'dev'))

function exampleReport(folder: string, names: readonly string[], format: 'text' | 'html'): CoverageReport {
  const analyzed = names.map((name, i) => {
    const result = analyzeArticle({ source: join(folder, name), format, content: readFileSync(join(folder, name), 'utf8') }, { id: `a${i + 1}` })
    if ('kind' in result) throw new Error(`${name} skipped: ${result.message}`)
    return result as AnalyzedArticle
  })
  return compareCoverage(analyzed)
}

/** Paths in the report are made relative to the repository, so the file does not depend on where it is cloned. */
function stable(report: CoverageReport): string {
  return `${JSON.stringify(report, null, 1).replaceAll(join(HERE, '..', '..') + '/', '')}\n`
}

const EXAMPLES: readonly { name: string; report: () => CoverageReport }[] = [
  { name: 'seed-pair', report: () => exampleReport(EXAMPLES_DIR, ['000_ab4b00356de3292d.txt', '002_5f50d3ae80105f63.txt'], 'text') },
  { name: 'multilingual', report: () => exampleReport(join(EXAMPLES_DIR, 'multilingual'), ['en.txt', 'pl.txt', 'ru.txt', 'uk.txt'], 'text') },
  { name: 'html', report: () => exampleReport(join(EXAMPLES_DIR, 'html'), readdirSync(join(EXAMPLES_DIR, 'html')).sort(), 'html') },
]

describe('reports on the shipped examples are unchanged', () => {
  for (const example of EXAMPLES) {
    test(example.name, () => {
      const file = join(HERE, `${example.name}.report.json`)
      const actual = stable(example.report())
      if (UPDATE) writeFileSync(file, actual)
      expect(actual).toBe(readFileSync(file, 'utf8'))
    })
  }
})

const HASHES = join(HERE, 'bench-report-hashes.json')

describe.skipIf(!HAS_BENCH)(HAS_BENCH ? 'reports on a slice of the bench dev sets are unchanged' : 'bench report hashes: skipped, no ../shared/bench', () => {
  test('allsides-roundups (first 20 stories) and wmt-crosslingual (first 12 tasks)', async () => {
    const pipeline = (await loadComparePipeline()) as ComparePipeline
    const cases: Record<string, string[]> = {}
    for (const story of loadAllSides(join(BENCH, 'allsides-roundups', 'dev')).slice(0, 20)) cases[`allsides ${story.id}`] = story.articles.map((a) => a.text)
    for (const task of loadWmtTasks(join(BENCH, 'wmt-crosslingual', 'dev')).slice(0, 12)) cases[`wmt ${task.taskId}`] = [task.textA, task.textB]
    const actual: Record<string, string> = {}
    for (const [name, texts] of Object.entries(cases)) {
      const { report, failures } = compareTexts(pipeline, texts)
      actual[name] = createHash('sha256').update(report ? stable(report) : `failed: ${failures.join('; ')}`).digest('hex')
    }
    if (UPDATE) writeFileSync(HASHES, `${JSON.stringify(actual, null, 1)}\n`)
    expect(actual).toEqual(JSON.parse(readFileSync(HASHES, 'utf8')))
  }, 120_000)
})
