import type { Command } from 'commander'
import { register as analyze } from './analyze.js'
import { register as compare } from './compare.js'
import { register as framing } from './framing.js'
import { register as ingest } from './ingest.js'
import { register as stories } from './stories.js'
import { register as show } from './show.js'
import { register as cluster } from './cluster.js'
import { register as extract } from './extract.js'
import { register as serve } from './serve.js'
import { register as worker } from './worker.js'
import { register as jobs } from './jobs.js'

/** Each command module exports `register(program)`; add new commands to this list. */
const registrars: ReadonlyArray<(program: Command) => void> = [compare, analyze, ingest, framing, stories, show, cluster, extract, worker, jobs, serve]

export function registerCommands(program: Command): void {
  for (const register of registrars) register(program)
}
