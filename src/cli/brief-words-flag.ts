import type { Command } from 'commander'
import { AppError } from '../model/index.js'

/** Adds `--brief-words N` (compare, analyze, show). */
export function addBriefWordsFlag(command: Command): Command {
  return command.option('--brief-words <n>', 'about how many words the brief runs to (default 120 for up to 3 articles, growing slowly with more)')
}

/**
 * The `--brief-words` value as a whole number of words, or undefined when not given. A usage error otherwise.
 * Example: `parseBriefWords('80')` → 80; `parseBriefWords('many')` throws invalid_input.
 */
export function parseBriefWords(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 10 || n > 5000) throw new AppError('invalid_input', `--brief-words must be a whole number of words from 10 to 5000 (got "${value}")`)
  return n
}
