// Runs the CLI from source in a child process (store and queue tests), so tests can kill it for real.
// main() loads only the command named in argv and maps errors to messages and exit codes (cli/main.ts).
import { main } from '../src/cli/main.js'

process.exitCode = await main(process.argv.slice(2))
