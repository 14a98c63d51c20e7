import { pathToFileURL } from 'node:url'
import type { EvalOptions, EvalRow } from '../eval-row.js'
import { fixed } from './format.js'

/** True when the module at `moduleUrl` is the script node was started with, not a module the runner imported. */
export function isMainModule(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href
}

/**
 * The command line of a task script run alone: `--limit N` (at most N documents) and `--errors N` (N examples of
 * each kind of error, to read, instead of the rows). Prints the rows as "task | metric | ours | published | note".
 */
export async function runTaskScript(
  evaluate: (options: EvalOptions) => Promise<EvalRow[]>,
  printErrors: (limit: number | undefined, examples: number) => Promise<void>,
): Promise<void> {
  const flag = (name: string): number | undefined => {
    const index = process.argv.indexOf(name)
    const value = index > 0 ? Number(process.argv[index + 1]) : Number.NaN
    return Number.isInteger(value) && value > 0 ? value : undefined
  }
  const limit = flag('--limit')
  const errors = flag('--errors')
  if (errors !== undefined) return printErrors(limit, errors)
  const rows = await evaluate(limit !== undefined ? { limit } : {})
  for (const row of rows) console.log(`${row.task} | ${row.metric} | ${fixed(row.value)} | ${row.published ?? ''} | ${row.note ?? ''}`)
}
