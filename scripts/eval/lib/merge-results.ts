import type { EvalRow } from '../eval-row.js'

/** One task's run as eval/RESULTS.json keeps it: when, at which commit, how long, and why it gave no rows. */
export interface StoredTask {
  readonly task: string
  readonly seconds: number
  /** ISO 8601, UTC. */
  readonly date: string
  readonly commit: string
  readonly limit?: number
  readonly skipped?: string
}

/** A row as stored: the task key that produced it, and null for a value not measured (NaN is not JSON). */
export type StoredRow = Omit<EvalRow, 'value'> & { readonly taskKey: string; readonly value: number | null }

/** eval/RESULTS.json: the latest result of every task, each with its own date and commit. */
export interface StoredResults {
  /** Of the latest write. */
  readonly date: string
  readonly commit: string
  readonly tasks: readonly StoredTask[]
  readonly rows: readonly StoredRow[]
}

/**
 * The stored results after a run: the run's tasks replace their earlier tasks and rows, every other task keeps
 * its own, so a partial run (`--only facts --write`) never drops another task's numbers. Tasks and rows follow
 * `order` (the runner's task order); rows keep their order within a task. Rows without a task key (files written
 * before rows carried one) cannot be attributed and are dropped.
 * Example: previous {quotes, entities} + run {entities} → quotes as before, entities from the run.
 */
export function mergeResults(previous: StoredResults | undefined, run: StoredResults, order: readonly string[]): StoredResults {
  const ran = new Set(run.tasks.map((t) => t.task))
  const kept = previous?.tasks.filter((t) => !ran.has(t.task)) ?? []
  const keptRows = previous?.rows.filter((row) => typeof row.taskKey === 'string' && !ran.has(row.taskKey)) ?? []
  const rank = (task: string): number => (order.includes(task) ? order.indexOf(task) : order.length)
  const tasks = [...kept, ...run.tasks].sort((a, b) => rank(a.task) - rank(b.task))
  const rowsOf = (task: string): StoredRow[] => (ran.has(task) ? run.rows : keptRows).filter((row) => row.taskKey === task)
  return { date: run.date, commit: run.commit, tasks, rows: tasks.flatMap((t) => rowsOf(t.task)) }
}

/**
 * Reads eval/RESULTS.json leniently: anything that is not an object with task and row lists is no previous
 * result (the run then writes a fresh file). Example: `parseStoredResults('{}')` → undefined.
 */
export function parseStoredResults(json: string): StoredResults | undefined {
  try {
    const value: unknown = JSON.parse(json)
    if (typeof value !== 'object' || value === null) return undefined
    const { tasks, rows, date, commit } = value as Record<string, unknown>
    if (!Array.isArray(tasks) || !Array.isArray(rows)) return undefined
    // A file written before tasks carried their own date and commit: they were all measured at the file's.
    const dated = (tasks as Record<string, unknown>[]).map((t) => ({ date, commit, ...t }))
    return { date: String(date), commit: String(commit), tasks: dated as unknown as StoredTask[], rows: rows as StoredRow[] }
  } catch {
    return undefined
  }
}

/**
 * One line per measurement (tasks that share date, commit and limit): "Measured 2026-11-23 19:33 UTC at commit
 * `4c70f18` (quotes 6 s, entities 7 s)." — the header of the generated table in docs/EVAL.md.
 */
export function measuredLines(tasks: readonly StoredTask[]): string[] {
  const groups = new Map<string, StoredTask[]>()
  for (const task of tasks) {
    const key = `${task.date.slice(0, 16)}|${task.commit}|${task.limit ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), task])
  }
  return [...groups.values()].map((group) => {
    const first = group[0]
    if (!first) return ''
    const timing = group.map((t) => `${t.task} ${t.seconds.toFixed(0)} s`).join(', ')
    const limit = first.limit !== undefined ? `, at most ${first.limit} documents per task` : ''
    return `Measured ${first.date.slice(0, 16).replace('T', ' ')} UTC at commit \`${first.commit}\`${limit} (${timing}).`
  })
}
