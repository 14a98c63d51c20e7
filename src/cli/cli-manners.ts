import type { Command } from 'commander'

/**
 * Usage errors are one line that ends with where to look ("error: unknown option '--bogus' (see: parallax
 * compare --help)"), not the whole help after the error, on every command and subcommand.
 */
export function addUsageHints(command: Command, path = command.name()): void {
  command.showHelpAfterError(false)
  command.configureOutput({ outputError: (message, write) => write(`${message.trimEnd()} (see: ${path} --help)\n`) })
  for (const sub of command.commands) addUsageHints(sub, `${path} ${sub.name()}`)
}

let guarded = false

/**
 * `parallax stories | head`: once the reader of stdout goes away, stop quietly, as Unix tools do, instead of
 * dying with an EPIPE stack trace. Installed once per process.
 */
export function exitQuietlyOnBrokenPipe(): void {
  if (guarded) return
  guarded = true
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
}
