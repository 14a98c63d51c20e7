// Runs the store commands from source in a child process, so tests can kill it for real. Registers only the
// commands under test (not the whole CLI) and maps errors as cli/main.ts does: message on stderr, no stack.
import { Command, CommanderError } from 'commander'
import { register as registerCluster } from '../../src/cli/commands/cluster.js'
import { register as registerIngest } from '../../src/cli/commands/ingest.js'
import { register as registerShow } from '../../src/cli/commands/show.js'
import { register as registerStories } from '../../src/cli/commands/stories.js'
import { AppError } from '../../src/model/index.js'

const program = new Command('parallax').exitOverride()
registerIngest(program)
registerStories(program)
registerCluster(program)
registerShow(program)
try {
  await program.parseAsync(process.argv.slice(2), { from: 'user' })
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : 2
  else if (error instanceof AppError) {
    process.stderr.write(`parallax: ${error.message}\n`)
    process.exitCode = error.code === 'invalid_input' ? 2 : 1
  } else throw error
}
