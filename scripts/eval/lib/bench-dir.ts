import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The dev half of one benchmark: `$PARALLAX_BENCH/<name>/dev`, where PARALLAX_BENCH defaults to
 * `../shared/bench` beside the repository. Throws a message that says where it looked when the folder is
 * missing, so `npm run eval` reports "failed: …" for that task instead of a stack trace.
 * Example: `benchDir('polnear')` → "/work/shared/bench/polnear/dev".
 */
export function benchDir(name: string): string {
  const root = process.env['PARALLAX_BENCH'] ?? fileURLToPath(new URL('../../../../shared/bench', import.meta.url))
  const dir = join(root, name, 'dev')
  if (!existsSync(dir)) throw new Error(`bench data not found at ${dir} (set PARALLAX_BENCH to the folder holding ${name}/)`)
  return dir
}
