import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Command } from 'commander'
import { AppError, type OutletRegistry } from '../model/index.js'

/** Help text of `--outlets FILE`. */
export const OUTLETS_HELP = 'outlet registry, YAML or CSV (default: $PARALLAX_OUTLETS, else ~/.config/parallax/outlets.yaml when present; docs/OUTLETS.md)'

/** Adds `--outlets FILE` to a command. */
export function addOutletsFlag(command: Command): Command {
  return command.option('--outlets <file>', OUTLETS_HELP)
}

/**
 * The user's outlet registry: `--outlets FILE`, else `$PARALLAX_OUTLETS`, else `$XDG_CONFIG_HOME/parallax/outlets.yaml`
 * (default `~/.config/parallax/outlets.yaml`) when that file exists; undefined when none is configured, and
 * everything then works without one. A file named by the flag or the variable must exist; a file that is not a
 * valid registry is an AppError ('invalid_input') naming its file, line and field.
 *
 * @example const registry = await loadOutletRegistry(flags.outlets)
 */
export async function loadOutletRegistry(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<OutletRegistry | undefined> {
  const named = flag ?? (env['PARALLAX_OUTLETS'] || undefined)
  const path = named ?? join(env['XDG_CONFIG_HOME'] || join(homedir(), '.config'), 'parallax', 'outlets.yaml')
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (named === undefined && code === 'ENOENT') return undefined
    const where = flag !== undefined ? '--outlets' : named !== undefined ? '$PARALLAX_OUTLETS' : 'outlet registry'
    throw new AppError('invalid_input', `${where}: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`, { cause: error })
  }
  // The parser (YAML and schema validation) loads only when there is a registry to read.
  const { parseOutletRegistry } = await import('../pipeline/outlets/index.js')
  return parseOutletRegistry(text, path)
}
