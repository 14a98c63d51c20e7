/**
 * Cold start of `parallax compare <seed pair> --json` (goal: under 1 s, issue 2): wall time of a fresh
 * `node bin/parallax.js` process, median of 5 runs, against `node -e 0` (the floor: starting Node itself) and
 * `parallax --help` (starting Node and loading every module, no analysis), all measured in the same run, interleaved.
 * Then where the start-up time goes: the import time of each dependency and of our stage folders, each in a fresh
 * process (median of 3; they share modules, so they do not add up).
 *
 * The CLI is built first (src → JS, as `npm run build`, into node_modules/.cache so dist/ is left alone).
 *
 *   npx tsx bench/compare-cold-start.bench.ts [--runs 5]
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { buildCli, SEEDS_DIR } from '../test/cli/built-cli.js'

const runsAt = process.argv.indexOf('--runs')
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5
const GOAL_MS = 1000
const DEPENDENCIES = ['commander', 'wink-nlp', 'wink-eng-lite-web-model', 'linkedom', '@mozilla/readability', 'undici', 'warcio', 'fast-xml-parser', 'iconv-lite', 'zod', 'yaml', 'better-sqlite3', 'picocolors']
const STAGES = ['pipeline/index.js', 'ingest/index.js', 'report/index.js', 'store/index.js', 'cli/commands/index.js']

let start = performance.now()
const bin = buildCli()
const buildMs = performance.now() - start
const dist = join(dirname(dirname(bin)), 'dist')
const seeds = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(SEEDS_DIR, name))

// The machine is shared and often loaded: each child also reports its own CPU time (all threads, user + system) on
// fd 3 as it exits, a figure that other processes' load disturbs far less than wall time.
const probeDir = mkdtempSync(join(tmpdir(), 'parallax-cold-start-'))
const probe = join(probeDir, 'cpu-probe.mjs')
writeFileSync(probe, "import { writeSync } from 'node:fs'\nprocess.on('exit', () => { const u = process.cpuUsage(); writeSync(3, String((u.user + u.system) / 1000)) })\n")
process.on('exit', () => rmSync(probeDir, { recursive: true, force: true }))

interface Sample {
  readonly wall: number
  readonly cpu: number
}

/** Wall and CPU time of one child process, in ms; throws when it fails, so a broken build is not timed as fast. */
function timeProcess(args: readonly string[]): Sample {
  const begin = performance.now()
  const result = spawnSync(process.execPath, ['--import', probe, ...args], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
  const wall = performance.now() - begin
  if (result.status !== 0) throw new Error(`bench: node ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`)
  return { wall, cpu: Number(String(result.output[3])) }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

const commands: Record<string, readonly string[]> = {
  'node -e 0': ['-e', '0'],
  'parallax --help': [bin, '--help'],
  'parallax compare --json': [bin, 'compare', ...seeds, '--json'],
}
// One untimed run each: the first reads every file from disk; "cold" here means a fresh process, not a cold disk.
for (const args of Object.values(commands)) timeProcess(args)
const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
for (let run = 0; run < RUNS; run++) for (const [name, args] of Object.entries(commands)) samples[name]?.push(timeProcess(args))
const wall = (name: string): number => median((samples[name] ?? []).map((s) => s.wall))
const cpu = (name: string): number => median((samples[name] ?? []).map((s) => s.cpu))

const ms = (n: number): string => `${Math.round(n)} ms`
const [node, help, compare] = ['node -e 0', 'parallax --help', 'parallax compare --json'].map(wall) as [number, number, number]
console.log(`built in ${ms(buildMs)}${buildMs < 1000 ? ' (cached build of the same sources)' : ''}; ${RUNS} runs each, median wall time (CPU time):`)
console.log(`  node -e 0 (baseline):      ${ms(node)} (${ms(cpu('node -e 0'))})`)
console.log(`  parallax --help:           ${ms(help)} (${ms(cpu('parallax --help'))}); ${ms(help - node)} over node: loading modules`)
console.log(`  parallax compare --json:   ${ms(compare)} (${ms(cpu('parallax compare --json'))}); ${ms(compare - node)} over node, ${ms(compare - help)} over --help: reading, analysing, comparing 2 articles`)
console.log(`  goal < ${GOAL_MS} ms: ${compare < GOAL_MS ? 'met' : 'NOT met'} (${(compare / GOAL_MS).toFixed(2)}x the goal; ${(compare / node).toFixed(1)}x node -e 0)`)

function importMs(specifier: string): Sample {
  const script = `const t = performance.now(); const c = process.cpuUsage(); await import(${JSON.stringify(specifier)}); const u = process.cpuUsage(c); process.stdout.write(JSON.stringify([performance.now() - t, (u.user + u.system) / 1000]))`
  const values: [number, number][] = []
  for (let run = 0; run < 3; run++) {
    // Run from the repository so bare specifiers resolve to its node_modules.
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`bench: import ${specifier} failed: ${result.stderr.slice(0, 300)}`)
    values.push(JSON.parse(result.stdout) as [number, number])
  }
  return { wall: median(values.map((v) => v[0])), cpu: median(values.map((v) => v[1])) }
}

const imports = [...DEPENDENCIES.map((name) => [name, importMs(name)] as const), ...STAGES.map((stage) => [`dist/${stage}`, importMs(join(dist, stage))] as const)]
console.log('import time, fresh process each (shared modules counted in each), median wall (CPU):')
for (const [name, value] of [...imports].sort((a, b) => b[1].cpu - a[1].cpu)) console.log(`  ${name.padEnd(26)} ${ms(value.wall).padStart(8)} (${ms(value.cpu)})`)
