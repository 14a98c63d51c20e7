/**
 * Cold start of the compiled CLI (issue 19; goal: `parallax compare <seed pair> --json` in at most 5x the time of
 * `node -e 0`, measured in the same run). Each step is a fresh `node` process doing a little more than the one
 * before, so the differences between steps say where the milliseconds go: Node itself, the CLI and its help, the
 * compare command's module graph, the sentence splitter's model (wink), the framing models, a first analysis, and
 * the whole comparison. Steps run interleaved, RUNS times each (one untimed round first: "cold" is a fresh
 * process, not a cold disk); medians of wall time and of the child's own CPU time (user + system, all threads,
 * which other processes' load disturbs far less than wall time on a shared machine).
 *
 * The CLI is built first (src → JS, then the bundle, as `npm run build` does, into node_modules/.cache so dist/ is
 * left alone). The module steps import tsc's modules from dist/ (the bundle's chunks have no stable names); the
 * bundled compare (bin/parallax.js) runs beside the same command from those modules one by one, which must print
 * the same bytes.
 * Fails loudly: a step that exits with an unexpected code, or a compare whose output is not a two-article report,
 * ends the bench with exit code 1.
 *
 *   npx tsx bench/compare-cold-start.bench.ts [--runs 7]
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildCli, SEEDS_DIR } from '../test/cli/built-cli.js'

const runsAt = process.argv.indexOf('--runs')
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 7
/** The target: compare's cold start at most 5x a bare `node -e 0`. */
const GOAL_RATIO = 5

let start = performance.now()
const bin = buildCli()
const buildMs = performance.now() - start
const dist = join(dirname(dirname(bin)), 'dist')
const seeds = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(SEEDS_DIR, name))

// Each child reports its own CPU time on fd 3 as it exits. A CommonJS preload (--require), not an ES module one
// (--import), which would start the ES module loader in every child and so make `node -e 0` look slower.
const probeDir = mkdtempSync(join(tmpdir(), 'parallax-cold-start-'))
const probe = join(probeDir, 'cpu-probe.cjs')
writeFileSync(probe, "const { writeSync } = require('node:fs')\nprocess.on('exit', () => { const u = process.cpuUsage(); writeSync(3, String((u.user + u.system) / 1000)) })\n")
process.on('exit', () => rmSync(probeDir, { recursive: true, force: true }))

const module = (path: string): string => JSON.stringify(pathToFileURL(join(dist, path)).href)
const SHORT_ARTICLE = 'Minsk talks\\n\\nBelarusian President Alexander Lukashenko met Vladimir Putin in Minsk on Friday, the Kremlin said.'

interface Step {
  readonly name: string
  readonly args: readonly string[]
  readonly exitCode?: number
}

/** Cumulative: each step does what the one before did, and one thing more. */
const STEPS: readonly Step[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'parallax --version', args: [bin, '--version'] },
  { name: 'parallax --help', args: [bin, '--help'] },
  { name: 'parallax compare (usage error)', args: [bin, 'compare'], exitCode: 2 },
  { name: "compare's modules imported", args: ['--input-type=module', '-e', `await import(${module('cli/build-report.js')})`] },
  {
    name: '+ sentence model (wink)',
    args: ['--input-type=module', '-e', `await import(${module('cli/build-report.js')}); (await import(${module('pipeline/segment/index.js')})).splitSentences('One. Two.')`],
  },
  {
    name: '+ framing models',
    args: [
      '--input-type=module',
      '-e',
      `await import(${module('cli/build-report.js')}); const p = await import(${module('pipeline/index.js')}); (await import(${module('pipeline/segment/index.js')})).splitSentences('One. Two.'); p.framingDetector('en')('The vile regime of so-called leaders.')`,
    ],
  },
  {
    name: '+ one short article analysed',
    args: ['--input-type=module', '-e', `await import(${module('cli/build-report.js')}); const p = await import(${module('pipeline/index.js')}); p.analyzeArticle({ source: 'a.txt', format: 'text', content: '${SHORT_ARTICLE}' })`],
  },
  // The same command from tsc's modules one by one (dist/cli/main.js, what bin/parallax.js ran before the bundle).
  {
    name: 'compare --json, unbundled dist/',
    args: ['--input-type=module', '-e', `const { main } = await import(${module('cli/main.js')}); process.exitCode = await main(process.argv.slice(1))`, 'compare', ...seeds, '--json'],
  },
  { name: 'parallax compare --json (seed pair)', args: [bin, 'compare', ...seeds, '--json'] },
]

interface Sample {
  readonly wall: number
  readonly cpu: number
  readonly stdout: string
}

/** Wall and CPU time of one child process, in ms; throws when it exits otherwise than expected. */
function timeProcess(step: Step): Sample {
  const begin = performance.now()
  const result = spawnSync(process.execPath, ['--require', probe, ...step.args], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } })
  const wall = performance.now() - begin
  if (result.status !== (step.exitCode ?? 0)) throw new Error(`bench: "${step.name}" exited ${result.status ?? result.signal}: ${String(result.stderr).slice(0, 500)}`)
  return { wall, cpu: Number(String(result.output[3])), stdout: String(result.stdout) }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

for (const step of STEPS) timeProcess(step)
const samples = new Map<string, Sample[]>(STEPS.map((step) => [step.name, []]))
for (let run = 0; run < RUNS; run++) for (const step of STEPS) samples.get(step.name)!.push(timeProcess(step))

// The comparison must have worked: a report of both seed articles, the same bytes bundled and unbundled.
const compare = samples.get('parallax compare --json (seed pair)')!
for (const sample of compare) {
  const report = JSON.parse(sample.stdout) as { articles?: unknown[] }
  if (report.articles?.length !== 2) throw new Error(`bench: compare gave ${report.articles?.length ?? 'no'} articles, expected 2`)
}
if (samples.get('compare --json, unbundled dist/')!.some((sample) => sample.stdout !== compare[0]!.stdout)) throw new Error('bench: the unbundled compare printed other bytes')

const wall = (name: string): number => median(samples.get(name)!.map((s) => s.wall))
const cpu = (name: string): number => median(samples.get(name)!.map((s) => s.cpu))
const ms = (n: number): string => `${Math.round(n).toLocaleString('en')} ms`
const node = STEPS[0]!.name
const last = STEPS.at(-1)!.name
console.log(`built in ${ms(buildMs)}${buildMs < 1000 ? ' (cached build of the same sources)' : ''}; ${RUNS} runs each, interleaved; medians`)
console.log(`${'step'.padEnd(38)} ${'wall'.padStart(9)} ${'+wall'.padStart(9)} ${'CPU'.padStart(9)} ${'+CPU'.padStart(9)}`)
let previous: string | undefined
for (const step of STEPS) {
  const added = (f: (name: string) => number): string => (previous === undefined ? '' : ms(f(step.name) - f(previous)))
  // The usage error and the help are side branches: the module steps add to --help, not to the usage error; the
  // bundled compare is compared with the unbundled one.
  console.log(`${step.name.padEnd(38)} ${ms(wall(step.name)).padStart(9)} ${added(wall).padStart(9)} ${ms(cpu(step.name)).padStart(9)} ${added(cpu).padStart(9)}`)
  previous = step.name === 'parallax compare (usage error)' ? 'parallax --help' : step.name
}
const unbundled = 'compare --json, unbundled dist/'
console.log(`unbundled dist/ (before the bundle): ${(wall(unbundled) / wall(node)).toFixed(1)}x node -e 0 wall, ${(cpu(unbundled) / cpu(node)).toFixed(1)}x CPU`)
const ratio = wall(last) / wall(node)
const cpuRatio = cpu(last) / cpu(node)
console.log(`cold start: compare --json ${ms(wall(last))} = ${ratio.toFixed(1)}x node -e 0 (${ms(wall(node))}) wall, ${cpuRatio.toFixed(1)}x CPU; goal ≤ ${GOAL_RATIO}x: ${ratio <= GOAL_RATIO ? 'met' : 'NOT met'}`)
