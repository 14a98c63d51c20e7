// Builds the CLI once (src → JS, then the bundle, as `npm run build` does) and runs bin/parallax.js as a child
// process, so the tests exercise what a user runs: the real entry file, real argv, real exit codes, stdout and stderr.
// The build goes to node_modules/.cache (not dist/, which other work may be using), keyed by a hash of src/,
// so test files and reruns share one build and a change to src/ triggers a new one.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..')
export { EXAMPLES_DIR as SEEDS_DIR, SEED_A, SEED_B } from '../example-paths.js'

const CACHE = join(ROOT, 'node_modules', '.cache', 'parallax-cli-test')
const BUNDLE_SCRIPT = join(ROOT, 'scripts', 'build', 'bundle-cli.ts')
// A build on this 2-core machine takes ~10 s; a waiting test file gives up after 3 minutes.
const BUILD_WAIT_MS = 180_000
// An older lock was left by a killed run.
const STALE_LOCK_MS = 300_000

export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Returns the path of a bin/parallax.js whose ../dist holds the current src/, building it if needed. */
export function buildCli(): string {
  const dir = join(CACHE, sourceHash())
  const bin = join(dir, 'bin', 'parallax.js')
  if (existsSync(bin)) {
    // Marks it in use, so a concurrent run that builds newer sources does not prune it (pruneOldBuilds).
    const now = new Date()
    utimesSync(dir, now, now)
    return bin
  }
  mkdirSync(CACHE, { recursive: true })
  const lock = `${dir}.lock`
  if (!takeLock(lock)) return waitFor(bin, lock)
  try {
    if (existsSync(bin)) return bin
    const staging = `${dir}.${process.pid}`
    rmSync(staging, { recursive: true, force: true })
    // --noCheck: emit only; type errors are `npm run typecheck`'s job, and one in someone's unfinished file
    // must not stop the CLI tests.
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
    const built = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(staging, 'dist'), '--noCheck'], { encoding: 'utf8' })
    if (built.status !== 0) throw new Error(`cli test: build failed:\n${built.stdout}${built.stderr}`)
    // The bundle bin/parallax.js runs, as `npm run build` makes it.
    const bundled = spawnSync(process.execPath, ['--import', 'tsx', BUNDLE_SCRIPT, join(staging, 'dist')], { cwd: ROOT, encoding: 'utf8' })
    if (bundled.status !== 0) throw new Error(`cli test: bundle failed:\n${bundled.stdout}${bundled.stderr}`)
    mkdirSync(join(staging, 'bin'))
    copyFileSync(join(ROOT, 'bin', 'parallax.js'), join(staging, 'bin', 'parallax.js'))
    copyFileSync(join(ROOT, 'package.json'), join(staging, 'package.json'))
    renameSync(staging, dir)
    pruneOldBuilds(dir)
    return bin
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

/** Runs `node bin/parallax.js ARGS` and waits for it; `input` goes to stdin. */
export function runCli(
  bin: string,
  args: readonly string[],
  options: { readonly input?: string | Buffer; readonly cwd?: string; readonly env?: Readonly<Record<string, string>> } = {},
): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    // Reports of a few hundred KB of text are several MB of JSON.
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', PARALLAX_DEBUG: '', ...options.env },
  })
  if (result.error) throw result.error
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function sourceHash(): string {
  const hash = createHash('sha256')
  const files = [...listFiles(join(ROOT, 'src')), join(ROOT, 'tsconfig.json'), join(ROOT, 'tsconfig.build.json'), join(ROOT, 'bin', 'parallax.js'), join(ROOT, 'package.json'), BUNDLE_SCRIPT]
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex').slice(0, 16)
}

function listFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
  return entries.flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
}

function takeLock(lock: string): boolean {
  try {
    mkdirSync(lock)
    return true
  } catch {
    const info = statSync(lock, { throwIfNoEntry: false })
    // Gone already (the other build finished), or left by a killed run: try again.
    if (info === undefined || Date.now() - info.mtimeMs > STALE_LOCK_MS) {
      rmSync(lock, { recursive: true, force: true })
      return takeLock(lock)
    }
    return false
  }
}

/** Another test file is building the same sources: wait for its result instead of building twice. */
function waitFor(bin: string, lock: string): string {
  const deadline = Date.now() + BUILD_WAIT_MS
  while (Date.now() < deadline) {
    if (existsSync(bin)) return bin
    if (!existsSync(lock)) return buildCli()
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200)
  }
  throw new Error(`cli test: gave up waiting for the build in ${lock}`)
}

/** Keeps the cache small; a build from the last 15 minutes may be in use by a test run still going. */
function pruneOldBuilds(keep: string): void {
  const cutoff = Date.now() - 15 * 60_000
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name)
    if (path !== keep && statSync(path).mtimeMs < cutoff) rmSync(path, { recursive: true, force: true })
  }
}
