/**
 * Loopback load test of `parallax serve` (issue 6): 50 concurrent clients on a story page (/stories/:id) and on
 * its JSON report (/api/stories/:id), each for --seconds (default 10). Reports req/s, p50/p99 latency, errors
 * and non-2xx answers. The baseline, measured in the same run against the same server, is a static asset
 * (/assets/app.css: routing, headers and a string body, no store access), so the story rows also give the
 * ratio to it; absolute numbers depend on the machine.
 *
 * Then the static asset and the story list again while a comparison of ~1 M characters runs in the server's
 * worker pool (issue 16: it used to hold the event loop for minutes), as ratios to the same path idle.
 *
 * The server runs in a child process (as `parallax serve` would), so autocannon's own work does not share its
 * event loop. Store: the seed pair (examples/), ingested into a temporary SQLite database.
 *
 *   npx tsx bench/serve.bench.ts [--seconds 10] [--connections 50]
 */
import { fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import autocannon from 'autocannon'
import { createApp, LOOPBACK_HOSTS } from '../src/api/index.js'
import { ingestDocuments } from '../src/corpus/index.js'
import { readInputs } from '../src/ingest/index.js'
import { openSqliteStore } from '../src/store/index.js'

const SEEDS = process.env['PARALLAX_SEEDS'] ?? join(import.meta.dirname, '../examples')

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name)
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback
  if (!Number.isFinite(value) || value <= 0) throw new Error(`serve.bench: ${name} must be a positive number`)
  return value
}

if (process.env['SERVE_BENCH_CHILD'] === '1') {
  // Child: open the store, serve it on a free loopback port, report the port to the parent.
  const store = await openSqliteStore(process.env['SERVE_BENCH_DB'] ?? '')
  const app = createApp({ store, allowedHosts: LOOPBACK_HOSTS })
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => process.send?.({ port: info.port }))
  process.on('disconnect', () => server.close(() => void store.close()))
} else {
  await main()
}

async function main(): Promise<void> {
  const seconds = flag('--seconds', 10)
  const connections = flag('--connections', 50)
  const dir = mkdtempSync(join(tmpdir(), 'parallax-serve-bench-'))
  const db = join(dir, 'bench.db')
  const store = await openSqliteStore(db)
  await ingestDocuments(store, readInputs([join(SEEDS, '000_ab4b00356de3292d.txt')], { outlet: 'Kyiv Herald' }))
  await ingestDocuments(store, readInputs([join(SEEDS, '002_5f50d3ae80105f63.txt')], { outlet: 'Daily Wrap' }))
  const [story] = await store.listStories()
  await store.close()
  if (story === undefined) throw new Error('serve.bench: the seeds made no story')

  const child = fork(import.meta.filename, [], { env: { ...process.env, SERVE_BENCH_CHILD: '1', SERVE_BENCH_DB: db }, execArgv: ['--import', 'tsx'] })
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m) => resolve((m as { port: number }).port))
      child.once('exit', (code) => reject(new Error(`serve.bench: server exited with ${code}`)))
    })
    const base = `http://127.0.0.1:${port}`
    // Warm-up: the first request analyses the articles and fills the report cache (a cold story costs ~1 s once).
    const cold = performance.now()
    for (const path of [`/stories/${story.storyId}`, `/api/stories/${story.storyId}`]) {
      const res = await fetch(base + path)
      if (res.status !== 200) throw new Error(`serve.bench: ${path} answered ${res.status}`)
      await res.arrayBuffer()
    }
    const coldMs = performance.now() - cold

    process.stdout.write(`serve bench: ${connections} connections, ${seconds} s per target, loopback, Node ${process.version}\n`)
    process.stdout.write(`first (cold) story page + report: ${coldMs.toFixed(0)} ms\n\n`)
    process.stdout.write(`${'target'.padEnd(34)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'non-2xx'.padStart(8)} ${'MB/s'.padStart(6)} ${'vs asset'.padStart(9)}\n`)
    let baseline = Number.NaN
    const idle = new Map<string, number>()
    const row = (name: string, r: autocannon.Result, ratio: number) =>
      process.stdout.write(
        `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(8)} ${String(r.latency.p50).padStart(7)} ${String(r.latency.p99).padStart(7)} ${String(r.errors + r.timeouts).padStart(7)} ${String(r.non2xx).padStart(8)} ${(r.throughput.average / 1e6).toFixed(1).padStart(6)} ${ratio.toFixed(2).padStart(8)}x\n`,
      )
    for (const [name, path] of [
      ['baseline: /assets/app.css', '/assets/app.css'],
      ['story page /stories/:id', `/stories/${story.storyId}`],
      ['JSON report /api/stories/:id', `/api/stories/${story.storyId}`],
      ['story list /api/stories', '/api/stories'],
    ] as const) {
      const r = await autocannon({ url: base + path, connections, duration: seconds })
      if (Number.isNaN(baseline)) baseline = r.requests.average
      idle.set(path, r.requests.average)
      row(name, r, r.requests.average / baseline)
    }

    // Issue 16: the same small requests while a comparison of ~1 M characters runs in the server's worker pool
    // (it froze the event loop for minutes before). "vs asset" here is the ratio to the same path with no load.
    const seed = await readFile(join(SEEDS, '000_ab4b00356de3292d.txt'), 'utf8')
    const large = JSON.stringify({ articles: [{ text: `${seed}\n\n`.repeat(370) }, { text: seed }] })
    let answered: string | undefined
    const started = performance.now()
    void fetch(`${base}/api/compare`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: large }).then(
      (res) => (answered = `${res.status} after ${((performance.now() - started) / 1000).toFixed(1)} s`),
      (error: Error) => (answered = error.message),
    )
    await new Promise((resolve) => setTimeout(resolve, 500))
    process.stdout.write(`\nwhile POST /api/compare of ${(large.length / 1e6).toFixed(1)} MB runs in the worker pool (ratio: to the same path idle):\n`)
    for (const [name, path] of [
      ['/assets/app.css under compare', '/assets/app.css'],
      ['/api/stories under compare', '/api/stories'],
    ] as const) {
      const r = await autocannon({ url: base + path, connections, duration: seconds })
      row(name, r, r.requests.average / (idle.get(path) ?? Number.NaN))
    }
    process.stdout.write(`the comparison: ${answered ?? 'still running at the end'}\n`)
  } finally {
    child.disconnect()
    child.kill()
    rmSync(dir, { recursive: true, force: true })
  }
}
