import { readFileSync } from 'node:fs'
import { Command, CommanderError } from './commander.js'
import { AppError } from '../model/index.js'
import { addUsageHints, exitQuietlyOnBrokenPipe } from './cli-manners.js'
import { registerCommands } from './commands/index.js'

/** Exit codes: 0 ok, 1 nothing could be analysed / runtime failure, 2 usage error. One place maps errors to codes. */
const EXIT_FAILURE = 1
const EXIT_USAGE = 2

/** Entry point of the `parallax` command. Returns the process exit code; never lets a stack trace reach the user. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('parallax')
    .description('Compare how news outlets cover the same story.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .exitOverride()
  exitQuietlyOnBrokenPipe()
  try {
    await registerCommands(program, argv)
    addUsageHints(program)
    await program.parseAsync([...argv], { from: 'user' })
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (error) {
    return exitCodeFor(error)
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version "fail" with exit code 0
    return error.exitCode === 0 ? 0 : EXIT_USAGE
  }
  if (error instanceof AppError) {
    process.stderr.write(`parallax: ${error.message}\n`)
    return error.code === 'invalid_input' ? EXIT_USAGE : EXIT_FAILURE
  }
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`parallax: internal error: ${message}\n`)
  if (process.env['PARALLAX_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`)
  return EXIT_FAILURE
}

/** The version in package.json: src/cli and dist/cli both sit two levels below the package root. */
function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown }
    return typeof pkg.version === 'string' ? pkg.version : 'unknown'
  } catch {
    return 'unknown'
  }
}
