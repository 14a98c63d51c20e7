/**
 * Ingest throughput in text articles/s (goal: ≥ 1,000/s on this 2-core machine, issue 4): `ingestDocuments`
 * from files on disk into a fresh SQLite database (extraction of plain text, content hash, MinHash, grouping
 * features, story assignment, one transaction per 500 articles), inline and with one worker thread preparing
 * documents (the CLI's default on 2 cores). The baseline, measured in the same run, is reading the same files
 * alone (readInputs). Wall and CPU time are both reported: the machine is shared.
 *
 * Corpus: 10,000 text files generated from the dev texts of ECB+, BASIL and AllSides (../shared/bench, read at
 * run time): each keeps a random 70% of a text's sentences, with its names and numbers renamed per synthetic
 * event, so articles are distinct but events recur as in news.
 *
 * It measures the code a user runs: the build (`npm run build`'s dist/, built into node_modules/.cache as the CLI
 * tests build it). `--src` measures the TypeScript sources
 * through tsx instead, which costs more: the worker thread compiles ~250 modules as it starts, inside the timing,
 * and tsx turns each /\p{…}/u literal into a `new RegExp` call evaluated at every use.
 *
 *   npx tsx bench/ingest.bench.ts [--count 10000] [--src]
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildCli } from '../test/cli/built-cli.js'
import { writeSyntheticFiles } from './synthetic-files.js'

const fromSource = process.argv.includes('--src')
const dist = fromSource ? undefined : join(dirname(dirname(buildCli())), 'dist')
/** A module of the build, or of src/ with --src. */
const load = async <T>(path: string): Promise<T> => (await import(dist ? pathToFileURL(join(dist, `${path}.js`)).href : `../src/${path}.js`)) as T
const { ingestDocuments } = await load<typeof import('../src/corpus/index.js')>('corpus/index')
const { readInputs } = await load<typeof import('../src/ingest/index.js')>('ingest/index')
const { openSqliteStore } = await load<typeof import('../src/store/index.js')>('store/index')
console.log(`code measured: ${dist ? `the build (${dist})` : 'src/ through tsx (--src)'}`)

const at = process.argv.indexOf('--count')
const count = at > 0 ? Number(process.argv[at + 1]) : 10_000
const root = mkdtempSync(join(tmpdir(), 'parallax-ingest-bench-'))
const dir = join(root, 'corpus')
mkdirSync(dir)
try {
  const texts = writeSyntheticFiles(dir, count)

  let start = performance.now()
  let read = 0
  for await (const doc of readInputs([dir])) if (!('kind' in doc)) read++
  const readSeconds = (performance.now() - start) / 1000

  const runs: { workers: number; seconds: number; cpuSeconds: number; handled: number; db: string }[] = []
  for (const workers of [0, 1]) {
    const db = join(root, `bench-${workers}.db`)
    const store = await openSqliteStore(db)
    start = performance.now()
    const cpuStart = process.cpuUsage()
    const totals = await ingestDocuments(store, readInputs([dir]), () => {}, { workers })
    const seconds = (performance.now() - start) / 1000
    const cpu = process.cpuUsage(cpuStart)
    await store.close()
    runs.push({ workers, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, handled: totals.stored + totals.copies + totals.unchanged, db })
    if (workers === 0) console.log(`corpus: ${count.toLocaleString('en')} text files from ${texts.length} dev texts (ECB+, BASIL, AllSides): ${totals.stored} new, ${totals.copies + totals.unchanged} exact copies, ${totals.skipped} skipped`)
  }
  console.log(`read only (baseline): ${Math.round(read / readSeconds).toLocaleString('en')} articles/s`)
  for (const r of runs) {
    // CPU time of the whole process (all threads): what throughput would be with the cores to ourselves.
    console.log(
      `ingest, ${r.workers} worker thread(s): ${Math.round(r.handled / r.seconds).toLocaleString('en')} articles/s wall (goal ≥ 1,000/s), ` +
        `${Math.round(r.handled / r.cpuSeconds).toLocaleString('en')} per CPU-second (${r.cpuSeconds.toFixed(1)} s CPU in ${r.seconds.toFixed(1)} s)`,
    )
  }
  const [inline, threaded] = runs
  if (inline && threaded) console.log(`wall time, 1 worker / inline: ${(threaded.seconds / inline.seconds).toFixed(2)}×`)
  const db = runs[0]?.db ?? ''
  console.log(`database: ${(statSync(db).size / 2 ** 20).toFixed(1)} MiB; peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`)
} finally {
  rmSync(root, { recursive: true, force: true })
}
