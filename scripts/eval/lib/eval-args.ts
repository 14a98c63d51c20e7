/** The tasks `npm run eval` knows, in the order it runs them. */
export const TASKS = ['quotes', 'entities', 'framing', 'extraction', 'clustering', 'crosslingual', 'facts', 'brief', 'dates'] as const
export type Task = (typeof TASKS)[number]

export const USAGE = `usage: npm run eval -- [--only ${TASKS.join(',')}] [--limit N] [--write | --no-write]
  --only     run some tasks (comma-separated)
  --limit    at most N documents per task (a quick run)
  --write    write eval/RESULTS.json and docs/EVAL.md even for a partial run (its tasks' results only); --no-write: never`

export interface EvalArgs {
  readonly tasks: readonly Task[]
  readonly limit?: number
  /** Write eval/RESULTS.json and the table in docs/EVAL.md (default: only for a run of every task without --limit). */
  readonly write: boolean
}

/**
 * Parses `npm run eval -- [--only quotes,entities] [--limit N] [--write | --no-write]`.
 * Returns a message instead of throwing on bad flags. Example: `parseEvalArgs(['--only', 'quotes'])` →
 * { tasks: ['quotes'], write: false }.
 */
export function parseEvalArgs(argv: readonly string[]): EvalArgs | { error: string } | { help: true } {
  let tasks: readonly Task[] = TASKS
  let limit: number | undefined
  let write: boolean | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = (): string | undefined => inline ?? argv[++i]
    if (flag === '--only') {
      const names = (value() ?? '').split(',').map((s) => s.trim()).filter(Boolean)
      const unknown = names.filter((name) => !(TASKS as readonly string[]).includes(name))
      if (names.length === 0 || unknown.length > 0) {
        return { error: `--only: unknown task "${unknown.join(', ') || '(none)'}"; choose from ${TASKS.join(', ')}` }
      }
      tasks = TASKS.filter((task) => names.includes(task))
    } else if (flag === '--limit') {
      const raw = value()
      const n = Number(raw)
      if (!Number.isInteger(n) || n <= 0) return { error: `--limit: expected a positive whole number, got "${raw ?? ''}"` }
      limit = n
    } else if (flag === '--write') {
      write = true
    } else if (flag === '--no-write') {
      write = false
    } else if (flag === '--help' || flag === '-h') {
      return { help: true }
    } else {
      return { error: `unknown option "${arg}"\n${USAGE}` }
    }
  }
  const isFullRun = tasks.length === TASKS.length && limit === undefined
  return { tasks, write: write ?? isFullRun, ...(limit !== undefined ? { limit } : {}) }
}
