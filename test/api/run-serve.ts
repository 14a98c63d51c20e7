// Runs `parallax serve` from source in a child process, mapping errors as cli/main.ts does (message on
// stderr, exit 2 for bad input), with only this command registered.
import { Command } from 'commander'
import { register } from '../../src/cli/commands/serve.js'
import { AppError } from '../../src/model/index.js'

const program = new Command('parallax').exitOverride()
register(program)
try {
  await program.parseAsync(process.argv.slice(2), { from: 'user' })
} catch (error) {
  if (error instanceof AppError) {
    process.stderr.write(`parallax: ${error.message}\n`)
    process.exitCode = error.code === 'invalid_input' ? 2 : 1
  } else throw error
}
