import type { SkipReason, Skipped } from '../model/index.js'

/** Builds a Skipped value: `skip('a.html', 'empty', 'file is empty')`. */
export function skip(source: string, reason: SkipReason, message: string): Skipped {
  return { kind: 'skipped', source, reason, message }
}

/** The message of any thrown value, for a one-line report. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code
    return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message
  }
  return String(error)
}
