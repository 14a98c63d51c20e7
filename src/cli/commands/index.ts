import type { Command } from 'commander'

/** Each command module exports `register(program)`; add new commands to this list. */
const registrars: ReadonlyArray<(program: Command) => void> = []

export function registerCommands(program: Command): void {
  for (const register of registrars) register(program)
}
