import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * Where the database lives: `--db`, else `PARALLAX_DB`, else `$XDG_DATA_HOME/parallax/parallax.db`, else
 * `~/.local/share/parallax/parallax.db` (the XDG base-directory default).
 */
export function defaultDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag !== undefined && flag !== '') return flag
  const fromEnv = env['PARALLAX_DB']
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  const dataHome = env['XDG_DATA_HOME']
  const base = dataHome !== undefined && dataHome !== '' ? dataHome : join(homedir(), '.local', 'share')
  return join(base, 'parallax', 'parallax.db')
}
