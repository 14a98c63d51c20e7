/**
 * Ingest throughput through the job queue with 1 and 2 `parallax worker` processes, as a ratio (issue 7).
 * Each run: a fresh schema, `parallax jobs add corpus.jsonl` (not timed), then N workers started together
 * with --exit-when-idle; the time is from their start until the last one exits (startup included: it is what
 * a batch run pays). The baseline, measured in the same run, is one in-process `ingestDocuments` into a fresh
 * PostgreSQL schema: the same work with no queue. PostgreSQL runs on the same 2 cores as the workers, so the
 * 2-worker ratio shows what a second process buys when the database competes for the same CPU.
 *
 * Corpus: test/queue/worker-corpus.ts (ECB+ and BASIL dev texts from ../shared/bench, read at run time).
 * Needs DATABASE_URL; without it, starts a throwaway cluster with scripts/pg-test-cluster.sh (Debian's
 * postgresql package) and stops it at the end.
 *
 *   npx tsx bench/workers.bench.ts [--count 3000] [--rounds 3] [--html]
 *
 * --html wraps each document in a ~15 KB page of site chrome, so extraction (parallel) weighs as on real pages;
 * plain text makes the serial grouping the larger share.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { ingestDocuments } from '../src/corpus/index.js'
import { readInputs } from '../src/ingest/index.js'
import { openPostgresStore } from '../src/store/postgres/index.js'
import { dropCreatedSchemas, freshSchemaUrl, schemaOf } from '../test/store/postgres-schema.js'
import { writeWorkerCorpus } from '../test/queue/worker-corpus.js'

const at = process.argv.indexOf('--count')
const count = at > 0 ? Number(process.argv[at + 1]) : 3000
const roundsAt = process.argv.indexOf('--rounds')
const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 3
const isHtml = process.argv.includes('--html')
const root = mkdtempSync(join(tmpdir(), 'parallax-workers-bench-'))
const corpus = join(root, 'corpus.jsonl')
const CLI = ['--import', 'tsx', join(import.meta.dirname, '../test/run-cli.ts')]
const CLUSTER = join(import.meta.dirname, '../scripts/pg-test-cluster.sh')
const clusterEnv = { ...process.env, PARALLAX_PG_STATE: join(root, 'pg.state') }

let base = process.env['DATABASE_URL'] ?? ''
const ownsCluster = !/^postgres(ql)?:\/\//.test(base)
try {
  if (ownsCluster) {
    const started = spawnSync('bash', [CLUSTER, 'start'], { env: clusterEnv, encoding: 'utf8' })
    if (started.status !== 0) throw new Error(`workers bench: no DATABASE_URL and no test cluster: ${started.stderr.trim()}`)
    base = started.stdout.trim()
  }
  writeWorkerCorpus(corpus, count, { html: isHtml })
  console.log(`corpus: ${count} JSON Lines ${isHtml ? 'HTML pages' : 'text documents'} (ECB+/BASIL dev, synthetic events); load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`)

  const url = await freshSchemaUrl(base, 'bench_ingest')
  const store = await openPostgresStore(url)
  const started = performance.now()
  await ingestDocuments(store, readInputs([corpus]))
  const ingestS = (performance.now() - started) / 1000
  await store.close()
  console.log(`baseline  ingestDocuments → PostgreSQL, 1 process: ${rate(ingestS)}`)

  // Rounds alternate the order (1,2 then 2,1 …) so a load spike from other processes on this shared machine
  // does not always land on the same configuration; the ratio reported is the median of the rounds' ratios.
  const ratios: number[] = []
  const perWorkers: Record<number, number[]> = { 1: [], 2: [] }
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [1, 2] : [2, 1]
    for (const workers of order) {
      const s = await timeWorkers(workers, round)
      perWorkers[workers]?.push(s)
      console.log(`round ${round + 1}: ${workers} worker${workers > 1 ? 's' : ' '} (queue, processes started together): ${rate(s)}`)
    }
    ratios.push((perWorkers[1]?.at(-1) ?? 0) / (perWorkers[2]?.at(-1) ?? 1))
  }
  const oneMedian = median(perWorkers[1] ?? [])
  console.log(`ratio: 2 workers / 1 worker = ${median(ratios).toFixed(2)}× throughput (median; rounds ${ratios.map((r) => r.toFixed(2)).join(', ')})`)
  console.log(`1 worker (median ${oneMedian.toFixed(1)} s) / in-process ingest baseline = ${(ingestS / oneMedian).toFixed(2)}×`)
} finally {
  if (!ownsCluster && base !== '') await dropCreatedSchemas(base).catch(() => {})
  if (ownsCluster) spawnSync('bash', [CLUSTER, 'stop'], { env: clusterEnv, stdio: 'inherit' })
  rmSync(root, { recursive: true, force: true })
}

async function timeWorkers(workers: number, round: number): Promise<number> {
  const schemaUrl = await freshSchemaUrl(base, `bench_w${workers}_r${round}`)
  const env = { ...process.env, DATABASE_URL: schemaUrl, PARALLAX_QUEUE_SCHEMA: `${schemaOf(schemaUrl)}_boss` }
  const add = spawnSync(process.execPath, [...CLI, 'jobs', 'add', corpus], { env, encoding: 'utf8' })
  if (add.status !== 0) throw new Error(`workers bench: jobs add failed: ${add.stderr}`)
  const started = performance.now()
  const children = Array.from({ length: workers }, () => spawn(process.execPath, [...CLI, 'worker', '--exit-when-idle', '--quiet'], { env, stdio: 'inherit' }))
  const codes = await Promise.all(children.map((c) => new Promise<number | null>((resolve) => c.on('exit', resolve))))
  if (codes.some((c) => c !== 0)) throw new Error(`workers bench: a worker exited with ${codes.join(', ')}`)
  return (performance.now() - started) / 1000
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

function rate(s: number): string {
  return `${s.toFixed(1)} s, ${Math.round(count / s)} articles/s`
}
