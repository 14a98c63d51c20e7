import type { Command } from 'commander'

type Registrar = (program: Command) => void

/**
 * Every command, by name, with a loader of its module (each module exports `register(program)`); add new
 * commands here. Loading is lazy: `parallax compare` must not pay for the web server, PostgreSQL or the job
 * queue at start-up (cold start is a goal: at most 5x `node -e 0` for compare on two articles, issue 19).
 */
const COMMANDS: Readonly<Record<string, () => Promise<{ register: Registrar }>>> = {
  compare: () => import('./compare.js'),
  analyze: () => import('./analyze.js'),
  extract: () => import('./extract.js'),
  framing: () => import('./framing.js'),
  ingest: () => import('./ingest.js'),
  stories: () => import('./stories.js'),
  profile: () => import('./profile.js'),
  show: () => import('./show.js'),
  cluster: () => import('./cluster.js'),
  serve: () => import('./serve.js'),
  worker: () => import('./worker.js'),
  jobs: () => import('./jobs.js'),
}

/**
 * Registers the command named first in `argv`, or all of them (for help and unknown commands; each module only
 * declares its command and imports what it runs when it runs), or none for `--version`.
 */
export async function registerCommands(program: Command, argv: readonly string[] = []): Promise<void> {
  const name = argv[0]
  if (name === '-V' || name === '--version') return
  const only = name !== undefined ? COMMANDS[name] : undefined
  const loaders = only ? [only] : Object.values(COMMANDS)
  for (const module of await Promise.all(loaders.map((load) => load()))) module.register(program)
}
