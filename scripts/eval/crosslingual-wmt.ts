/**
 * Cross-lingual coverage comparison on wmt-crosslingual dev: 151 two-outlet tasks (an article and its human
 * translation, each outlet missing other segments, one number changed in some) and the cross-lingual grouping file.
 * Scored by the rules of the bench README: shared-fact P/R/F1, single-source P/R, number conflicts, task-level
 * conflict detection, micro over tasks and per language pair; grouping BCubed F1. Baselines in the same run: sentence
 * alignment by language-independent anchors (numbers, names folded to Latin); all singletons and TF-IDF for grouping.
 * Run alone: `npx tsx scripts/eval/crosslingual-wmt.ts [--limit N] [--errors N]` (--errors: every missed shared
 * segment, false shared fact and conflict error written to /tmp/parallax-eval/crosslingual-errors.txt, N of each
 * kind printed to stderr).
 */
import type { Article } from '../../src/model/index.js'
import type { EvalOptions, EvalRow } from './eval-row.js'
import { anchorBaseline, ANCHOR_THRESHOLD } from './lib/anchor-baseline.js'
import { benchDir } from './lib/bench-dir.js'
import { compareTexts, keptInput, loadComparePipeline, type ComparePipeline } from './lib/compare-texts.js'
import { coverageFromReport } from './lib/coverage-from-report.js'
import { crosslingualErrors, type WmtRun } from './lib/crosslingual-errors.js'
import { evaluateWmtGrouping } from './lib/wmt-grouping.js'
import { count, fixed, pr, rate } from './lib/format.js'
import { loadWmtTasks, WMT_PAIRS, type WmtTask } from './lib/load-wmt.js'
import { isMainModule, runTaskScript } from './lib/run-task-script.js'
import { sample } from './lib/sample.js'
import { addCoverageCounts, emptyCoverageCounts, hitsPrf, scoreCoverage, sumHits, type CoverageCounts } from './lib/score-coverage.js'
import { writeErrorReport } from './lib/write-error-report.js'

const TASK = 'cross-lingual facts · WMT dev'
const BASELINE_TASK = `${TASK} · baseline: anchors (numbers, names), Dice ≥ ${ANCHOR_THRESHOLD}`

/** Scores our pipeline (when it loads) and the anchor baseline on the WMT tasks, then cross-lingual grouping. */
export async function evaluateCrosslingual(options: EvalOptions = {}): Promise<EvalRow[]> {
  const dir = benchDir('wmt-crosslingual')
  const tasks = sample(loadWmtTasks(dir), options.limit)
  const rows: EvalRow[] = []
  const pipeline = await loadComparePipeline()
  if ('analyzeArticle' in pipeline) {
    const runs = tasks.map((task) => runOurs(pipeline, task))
    rows.push(...coverageRows(TASK, runs, scopeNote(runs)))
    rows.push(languageRow(runs))
  } else {
    rows.push({ task: TASK, metric: 'pipeline', value: Number.NaN, note: pipeline.unavailable })
  }
  const baseline = tasks.map((task) => ({ task, coverage: anchorBaseline(task.textA, task.textB), articles: [], failures: [] }))
  rows.push(...coverageRows(BASELINE_TASK, baseline, `${count(tasks.length)} tasks; sentences of the raw input (headline included)`))
  rows.push(...(await evaluateWmtGrouping(dir, options.limit)))
  return rows
}

/** `compare` on the task's two texts (outlet-a = A, outlet-b = B), read back as coverage in input offsets. */
export function runOurs(pipeline: ComparePipeline, task: WmtTask): WmtRun {
  const { report, articles, failures } = compareTexts(pipeline, [task.textA, task.textB])
  const [a, b] = articles
  const coverage = report && a && b ? coverageFromReport(report, a, b) : { shared: [], onlyA: [], onlyB: [], conflicts: [] }
  return { task, coverage, articles, failures }
}

function coverageRows(task: string, runs: readonly WmtRun[], scope: string): EvalRow[] {
  const total = emptyCoverageCounts()
  const byPair = new Map<string, CoverageCounts>()
  for (const run of runs) {
    const counts = scoreCoverage(run.task.gold, run.coverage)
    addCoverageCounts(total, counts)
    const pair = byPair.get(run.task.pair) ?? emptyCoverageCounts()
    addCoverageCounts(pair, counts)
    byPair.set(run.task.pair, pair)
  }
  const shared = hitsPrf(total.shared)
  const single = sumHits(total.onlyA, total.onlyB)
  const onlyA = hitsPrf(total.onlyA)
  const onlyB = hitsPrf(total.onlyB)
  const conflicts = hitsPrf(total.conflicts)
  const docs = hitsPrf(total.docs)
  const conflictNote = `found ${total.conflicts.goldHit} of ${total.conflicts.gold}; ${count(total.conflicts.predicted)} flags, ${total.conflictsOnConsistent} wrong ones on a consistent number`
  return [
    { task, metric: 'shared-fact F1', value: shared.f1, note: `${pr(shared)}; ${count(total.shared.predicted)} shared facts, ${count(total.shared.gold)} gold shared segments; ${scope}` },
    ...[...WMT_PAIRS, ...[...byPair.keys()].filter((p) => !(WMT_PAIRS as readonly string[]).includes(p))].flatMap((pair) => {
      const c = byPair.get(pair)
      if (!c) return []
      const s = hitsPrf(c.shared)
      const one = hitsPrf(sumHits(c.onlyA, c.onlyB))
      const conflictP = fixed(hitsPrf(c.conflicts).precision)
      const note = `${pr(s)}; ${c.tasks} task${c.tasks === 1 ? '' : 's'}; single-source F1 ${fixed(one.f1)}; conflicts found ${c.conflicts.goldHit} of ${c.conflicts.gold} at P ${conflictP}`
      return [{ task, metric: `shared-fact F1 · ${pair}`, value: s.f1, note }]
    }),
    { task, metric: 'single-source F1 (A + B)', value: hitsPrf(single).f1, note: `${pr(hitsPrf(single))}; ${count(single.predicted)} facts, ${count(single.gold)} gold segments` },
    { task, metric: 'single-source F1 · A', value: onlyA.f1, note: pr(onlyA) },
    { task, metric: 'single-source F1 · B', value: onlyB.f1, note: pr(onlyB) },
    { task, metric: 'number conflicts: recall', value: conflicts.recall, note: conflictNote },
    { task, metric: 'number conflicts: precision', value: conflicts.precision, note: `F1 ${fixed(conflicts.f1)}` },
    { task, metric: 'task-level conflict detection F1', value: docs.f1, note: `${pr(docs)}; accuracy ${fixed(rate(total.docsRight, total.tasks))} over ${total.tasks} tasks, ${total.docs.gold} with a conflict` },
  ]
}

/** Tasks, failures, and the gold shared segments in input our report reads neither as text nor as a headline: out of reach. */
function scopeNote(runs: readonly WmtRun[]): string {
  let outOfReach = 0
  const failures = new Map<string, number>()
  for (const run of runs) {
    for (const failure of run.failures) failures.set(failure, (failures.get(failure) ?? 0) + 1)
    const [a, b] = run.articles
    const keptA = readInput(a)
    const keptB = readInput(b)
    const isKept = (kept: readonly { start: number; end: number }[], segment: { start: number; end: number } | undefined): boolean =>
      segment !== undefined && kept.some((k) => k.start < segment.end && segment.start < k.end)
    for (const segId of run.task.gold.shared) {
      const inA = run.task.gold.spansA.find((s) => s.segId === segId)
      const inB = run.task.gold.spansB.find((s) => s.segId === segId)
      if (!isKept(keptA, inA) || !isKept(keptB, inB)) outOfReach++
    }
  }
  const failed = [...failures].map(([reason, n]) => `${n} ${reason}`).join('; ')
  return `${count(runs.length)} tasks; ${outOfReach} gold shared segments in input read neither as text nor as a headline${failed ? `; ${failed}` : ''}`
}

/** The input the report reads: what the cleaner kept in the text, and the headline line it took as the title. */
function readInput(article: Article | undefined): { start: number; end: number }[] {
  const title = article?.titleSource
  return [...keptInput(article), ...(title?.kind === 'text' ? [{ start: title.start, end: title.end }] : [])]
}

/** Share of articles whose detected language is the task's, with the confusions ("cs→pl 10"). */
function languageRow(runs: readonly WmtRun[]): EvalRow {
  let right = 0
  let total = 0
  const confusions = new Map<string, number>()
  for (const run of runs) {
    const expected = [run.task.langA, run.task.langB]
    run.articles.forEach((article, i) => {
      if (!article) return
      total++
      if (article.language === expected[i]) right++
      else confusions.set(`${expected[i]}→${article.language}`, (confusions.get(`${expected[i]}→${article.language}`) ?? 0) + 1)
    })
  }
  const wrong = [...confusions].sort((x, y) => y[1] - x[1]).map(([key, n]) => `${key} ${n}`).join(', ')
  return { task: TASK, metric: 'language detected', value: rate(right, total), note: `${right} of ${total} articles${wrong ? `; ${wrong}` : ''}` }
}

/** `--errors N`: every error of the pipeline written to a file under /tmp, N of each kind printed to stderr. */
async function printErrors(limit: number | undefined, n: number): Promise<void> {
  const pipeline = await loadComparePipeline()
  if (!('analyzeArticle' in pipeline)) {
    console.error(`crosslingual: ${pipeline.unavailable}`)
    return
  }
  const runs = sample(loadWmtTasks(benchDir('wmt-crosslingual')), limit).map((task) => runOurs(pipeline, task))
  writeErrorReport('crosslingual', crosslingualErrors(runs), n)
}

if (isMainModule(import.meta.url)) {
  try {
    await runTaskScript(evaluateCrosslingual, printErrors)
  } catch (error) {
    console.error(`crosslingual: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
