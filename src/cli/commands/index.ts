import type { Command } from 'commander'
import { register as analyze } from './analyze.js'
import { register as compare } from './compare.js'
import { register as framing } from './framing.js'
import { register as ingest } from './ingest.js'

/** Each command module exports `register(program)`; add new commands to this list. */
const registrars: ReadonlyArray<(program: Command) => void> = [compare, analyze, ingest, framing]

export function registerCommands(program: Command): void {
  for (const register of registrars) register(program)
}
