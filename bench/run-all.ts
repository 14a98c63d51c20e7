/**
 * Runs every bench/*.bench.ts one after another, each in its own process (so one bench's heap, JIT state and loaded
 * models do not skew the next), printing its output as it comes, under a header naming the date, commit and machine
 * that bench/RESULTS.md records. A bench that fails is reported and the rest still run; the exit code is 1 then.
 *
 *   npm run bench                   every bench
 *   npm run bench -- analyze ingest only the benches whose file name contains one of the words
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { availableParallelism, cpus, loadavg } from 'node:os'
import { join } from 'node:path'

const BENCH_DIR = import.meta.dirname
const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
const files = readdirSync(BENCH_DIR)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((word) => name.includes(word)))
  .sort()

if (files.length === 0) {
  process.stderr.write(`bench: no bench/*.bench.ts matches ${filters.join(', ')}\n`)
  process.exit(2)
}

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'unknown'
const isDirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout.trim() !== ''
console.log(`date: ${new Date().toISOString()}`)
console.log(`commit: ${commit}${isDirty ? ' (working tree has uncommitted changes)' : ''}`)
console.log(`machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`)

const failed: string[] = []
for (const file of files) {
  console.log(`\n== ${file}`)
  const start = performance.now()
  // tsx through Node's --import, so the child is one process and its output streams straight through;
  // --expose-gc lets memory benches collect before they read the heap.
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(BENCH_DIR, file)], { stdio: 'inherit' })
  const seconds = ((performance.now() - start) / 1000).toFixed(1)
  if (result.status === 0) console.log(`-- ${file}: ${seconds} s`)
  else {
    failed.push(file)
    console.log(`-- ${file}: FAILED (exit ${result.status ?? result.signal}) after ${seconds} s`)
  }
}
if (failed.length > 0) {
  console.log(`\n${failed.length} of ${files.length} benches failed: ${failed.join(', ')}`)
  process.exitCode = 1
}
