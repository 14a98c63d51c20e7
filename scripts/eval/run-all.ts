/**
 * `npm run eval`: runs every evaluation on dev data and prints one table (task | metric | ours | published |
 * note). A full run also writes eval/RESULTS.json and the results table in docs/EVAL.md; a partial run with
 * --write replaces only its own tasks' results there.
 * Options: `--only quotes,entities`, `--limit N` (at most N documents per task), `--write` / `--no-write`.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { EvalOptions, EvalRow } from './eval-row.js'
import { parseEvalArgs, TASKS, USAGE, type Task } from './lib/eval-args.js'
import { measuredLines, mergeResults, parseStoredResults } from './lib/merge-results.js'
import { markdownTable, replaceResultsSection, textTable } from './lib/results-table.js'

/** Where each task lives and what it exports; modules load one by one so a missing or broken one is skipped. */
const MODULES: Readonly<Record<Task, { file: string; exportName: string }>> = {
  quotes: { file: 'quotes-polnear.ts', exportName: 'evaluateQuotes' },
  entities: { file: 'entities-ecbplus.ts', exportName: 'evaluateEntities' },
  framing: { file: 'framing.ts', exportName: 'evaluateFraming' },
  extraction: { file: 'extraction.ts', exportName: 'evaluateExtraction' },
  clustering: { file: 'clustering.ts', exportName: 'evaluateClustering' },
  crosslingual: { file: 'crosslingual-wmt.ts', exportName: 'evaluateCrosslingual' },
  facts: { file: 'facts-paraphrase.ts', exportName: 'evaluateFacts' },
  brief: { file: 'brief-allsides.ts', exportName: 'evaluateBrief' },
  dates: { file: 'date-estimates.ts', exportName: 'evaluateDates' },
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

interface TaskRun {
  readonly task: Task
  readonly seconds: number
  readonly rows: readonly EvalRow[]
  /** Why the task produced no rows of its own, when it did not. */
  readonly skipped?: string
}

async function main(): Promise<number> {
  const args = parseEvalArgs(process.argv.slice(2))
  if ('help' in args) {
    console.log(USAGE)
    return 0
  }
  if ('error' in args) {
    console.error(`eval: ${args.error}`)
    return 2
  }
  const options: EvalOptions = args.limit !== undefined ? { limit: args.limit } : {}
  const runs: TaskRun[] = []
  for (const task of args.tasks) {
    process.stderr.write(`eval: ${task}…`)
    const run = await runTask(task, options)
    process.stderr.write(` ${run.skipped ? `skipped (${run.skipped})` : `${run.rows.length} rows`} in ${run.seconds.toFixed(1)} s\n`)
    runs.push(run)
  }
  const rows = runs.flatMap(taskRows)
  console.log(textTable(rows))
  if (args.limit !== undefined) console.log(`\n(quick run: at most ${args.limit} documents per task)`)
  if (args.write) {
    writeResults(runs, args.limit)
    const others = runs.length < TASKS.length ? ' (other tasks keep their last results)' : ''
    console.log(`\nwrote eval/RESULTS.json and the table in docs/EVAL.md${others}`)
  }
  return runs.every((run) => run.skipped) ? 1 : 0
}

/** Loads and runs one task; any failure becomes a `skipped` reason, never a crash of the whole run. */
async function runTask(task: Task, options: EvalOptions): Promise<TaskRun> {
  const started = performance.now()
  const seconds = (): number => (performance.now() - started) / 1000
  const { file, exportName } = MODULES[task]
  const url = new URL(`./${file}`, import.meta.url)
  if (!existsSync(url)) return { task, seconds: seconds(), rows: [], skipped: `scripts/eval/${file} is not written yet` }
  try {
    const mod: unknown = await import(url.href)
    const evaluate = typeof mod === 'object' && mod !== null && exportName in mod ? (mod as Record<string, unknown>)[exportName] : undefined
    if (typeof evaluate !== 'function') return { task, seconds: seconds(), rows: [], skipped: `scripts/eval/${file} does not export ${exportName}` }
    const result: unknown = await evaluate(options)
    const rows = Array.isArray(result) ? result.filter(isEvalRow) : []
    if (rows.length === 0) return { task, seconds: seconds(), rows: [], skipped: `${exportName} returned no rows` }
    return { task, seconds: seconds(), rows }
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error)
    return { task, seconds: seconds(), rows: [], skipped: `failed: ${message}` }
  }
}

function isEvalRow(value: unknown): value is EvalRow {
  if (typeof value !== 'object' || value === null) return false
  const row = value as Record<string, unknown>
  return typeof row['task'] === 'string' && typeof row['metric'] === 'string' && typeof row['value'] === 'number'
}

/**
 * Writes eval/RESULTS.json and the table in docs/EVAL.md. The run's tasks replace their earlier results; every
 * other task keeps the rows, date and commit of its own last run, so a partial run never clobbers them.
 */
function writeResults(runs: readonly TaskRun[], limit: number | undefined): void {
  const date = new Date().toISOString()
  const commit = gitCommit()
  const path = `${ROOT}eval/RESULTS.json`
  const previous = existsSync(path) ? parseStoredResults(readFileSync(path, 'utf8')) : undefined
  const run = {
    date,
    commit,
    tasks: runs.map((r) => ({ task: r.task, seconds: Number(r.seconds.toFixed(1)), date, commit, ...(limit !== undefined ? { limit } : {}), ...(r.skipped ? { skipped: r.skipped } : {}) })),
    // NaN (not measured) is not JSON: write null.
    rows: runs.flatMap((r) => taskRows(r).map((row) => ({ taskKey: r.task, ...row, value: Number.isNaN(row.value) ? null : row.value }))),
  }
  const results = mergeResults(previous, run, TASKS)
  mkdirSync(`${ROOT}eval`, { recursive: true })
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`)
  const docPath = `${ROOT}docs/EVAL.md`
  const document = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Evaluation\n'
  const rows = results.rows.map(({ taskKey: _, value, ...row }) => ({ ...row, value: value ?? Number.NaN }))
  const section = [...measuredLines(results.tasks), '', markdownTable(rows)].join('\n')
  writeFileSync(docPath, replaceResultsSection(document, section))
}

/** A task's rows, or one "not run" row with the reason it gave none. */
function taskRows(run: TaskRun): readonly EvalRow[] {
  return run.skipped ? [{ task: run.task, metric: 'not run', value: Number.NaN, note: run.skipped }] : run.rows
}

/**
 * Short hash of HEAD, with "-dirty" (git describe's mark) when src/ holds uncommitted changes: the numbers were
 * then measured on code no commit has. "unknown" outside git.
 */
function gitCommit(): string {
  const git = (args: readonly string[]): string => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  try {
    const head = git(['rev-parse', '--short', 'HEAD'])
    return git(['status', '--porcelain', '--', 'src']) === '' ? head : `${head}-dirty`
  } catch {
    return 'unknown'
  }
}

process.exitCode = await main()
