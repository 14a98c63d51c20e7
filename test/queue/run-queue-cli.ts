// Runs `parallax worker` and `parallax jobs` from source in a child process, so tests can start several and
// kill one for real. Maps errors as cli/main.ts does: message on stderr, no stack.
import { Command, CommanderError } from 'commander'
import { register as registerJobs } from '../../src/cli/commands/jobs.js'
import { register as registerWorker } from '../../src/cli/commands/worker.js'
import { AppError } from '../../src/model/index.js'

const program = new Command('parallax').exitOverride()
registerWorker(program)
registerJobs(program)
try {
  await program.parseAsync(process.argv.slice(2), { from: 'user' })
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : 2
  else if (error instanceof AppError) {
    process.stderr.write(`parallax: ${error.message}\n`)
    process.exitCode = error.code === 'invalid_input' ? 2 : 1
  } else throw error
}
