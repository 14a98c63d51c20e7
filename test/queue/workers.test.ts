import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCli } from '../cli/built-cli.js'
import { collect, exited, killWhen, queueSnapshot, type QueueSnapshot } from './worker-processes.js'
import { ingestDocuments } from '../../src/corpus/index.js'
import { readInputs } from '../../src/ingest/index.js'
import { openPostgresStore } from '../../src/store/postgres/index.js'
import { DATABASE_URL, dropCreatedSchemas, freshSchemaUrl, schemaOf, SKIP_MESSAGE } from '../store/postgres-schema.js'
import { hasBenchTexts, writeWorkerCorpus } from './worker-corpus.js'

/**
 * Several `parallax worker` processes ingesting one corpus at once store the same articles in the same
 * stories as one `parallax ingest` process, with no article lost or duplicated, also when a worker is
 * SIGKILLed mid-run. 400 documents by default (about a minute in all on a loaded 2-core machine);
 * PARALLAX_WORKERS_TEST_ARTICLES=5000 runs the full size (several minutes).
 */
const COUNT = Number(process.env['PARALLAX_WORKERS_TEST_ARTICLES'] ?? 400)
// The built CLI, as users run it (test/cli/built-cli.ts: one build shared by every test file): a child started
// from source through tsx spent most of its time compiling.
const CLI = [buildCli()]
/** Minutes per run: the 5,000-document runs take several on this machine. */
const RUN_TIMEOUT_MS = Math.max(120_000, COUNT * 200)

if (DATABASE_URL === null || !hasBenchTexts()) {
  describe.skip(DATABASE_URL === null ? SKIP_MESSAGE : 'worker tests skipped: no ../shared/bench (set PARALLAX_BENCH)', () => {
    test('workers', () => {})
  })
} else {
  const base = DATABASE_URL
  const dir = mkdtempSync(join(tmpdir(), 'parallax-workers-'))
  const corpus = join(dir, 'corpus.jsonl')
  let expected: Snapshot
  /** Articles the reference run's settle moved: the test means something only if some moved. */
  let settled = 0

  beforeAll(async () => {
    writeWorkerCorpus(corpus, COUNT)
    // The reference: one in-process `parallax ingest` of the same file into a fresh schema.
    const url = await freshSchemaUrl(base, 'reference')
    const store = await openPostgresStore(url)
    try {
      // One enqueued batch, settled when its last item is grouped: as one ingest run, settle included.
      const totals = await ingestDocuments(store, readInputs([corpus]), () => {})
      settled = totals.regrouped
    } finally {
      await store.close()
    }
    expected = await queueSnapshot(url)
  }, RUN_TIMEOUT_MS)
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    await dropCreatedSchemas(base)
  })

  describe('parallax worker', () => {
    test('the reference corpus exercises every ingest outcome', () => {
      // Synthetic corpus: 1 in 20 documents is a copy, 1 in 50 a rerun, 1 in 97 a revision (worker-corpus.ts).
      expect(expected.articles.size).toBeGreaterThan(COUNT * 0.8)
      expect(expected.sources).toBeGreaterThan(expected.articles.size)
      expect(expected.revisions).toBeGreaterThan(expected.articles.size)
      expect(new Set(expected.articles.values()).size).toBeLessThan(expected.articles.size / 2)
      expect(settled).toBeGreaterThan(0)
    })

    test('one worker stores what one ingest process stores', async () => {
      const run = await runWorkers('one', 1)
      expectSameCorpus(run)
    }, RUN_TIMEOUT_MS)

    test('three workers at once store the same articles in the same stories', async () => {
      const run = await runWorkers('three', 3)
      expectSameCorpus(run)
    }, RUN_TIMEOUT_MS)

    test('three workers, one SIGKILLed mid-run: nothing lost, nothing duplicated, same stories', async () => {
      const run = await runWorkers('killed', 3, { killAtFraction: 0.3 })
      expect(run.killed).toBe(true)
      // Whether the victim held a job at the instant of the kill depends on timing (on an idle machine it is often
      // between jobs); when it did, the job expired and another worker redid it. Either way the corpus must be
      // exactly the reference one, with no failed or stranded job (expectSameCorpus).
      expectSameCorpus(run)
    }, RUN_TIMEOUT_MS)
  })

  function expectSameCorpus(run: Snapshot & { exitCodes: (number | null)[] }): void {
    expect(run.failedJobs).toBe(0)
    expect(run.pendingItems).toBe(0)
    expect(run.sources).toBe(expected.sources)
    expect(run.revisions).toBe(expected.revisions)
    expect(run.articles.size).toBe(expected.articles.size)
    // article id → story id, both deterministic: equal maps mean the same articles in the same stories.
    expect(Object.fromEntries(run.articles)).toEqual(Object.fromEntries(expected.articles))
  }

  type Snapshot = QueueSnapshot & { readonly killed?: boolean }

  async function runWorkers(tag: string, workers: number, options: { killAtFraction?: number } = {}): Promise<Snapshot & { exitCodes: (number | null)[] }> {
    const url = await freshSchemaUrl(base, tag)
    const bossSchema = `${schemaOf(url)}_boss`
    // Expire a dead worker's job after 4 s (checked every second), so the kill test does not wait 2 minutes.
    const env = { ...process.env, DATABASE_URL: url, PARALLAX_QUEUE_SCHEMA: bossSchema, PARALLAX_JOB_EXPIRE_S: '4', PARALLAX_QUEUE_MAINTENANCE_S: '1' }
    const add = spawnSync(process.execPath, [...CLI, 'jobs', 'add', corpus], { env, encoding: 'utf8' })
    expect(add.stderr).toContain(`queued ${COUNT} document(s)`)
    const children = Array.from({ length: workers }, () => spawn(process.execPath, [...CLI, 'worker', '--exit-when-idle', '--quiet'], { env, stdio: ['ignore', 'ignore', 'pipe'] }))
    const stderr = children.map((c) => collect(c))
    let killed = false
    if (options.killAtFraction !== undefined) {
      const victim = children[0] as ChildProcess
      killed = await killWhenProgressed(url, victim, options.killAtFraction)
    }
    const exitCodes = await Promise.all(children.map((c) => exited(c)))
    for (const [i, code] of exitCodes.entries()) {
      if (killed && i === 0) continue
      expect({ worker: i, code, stderr: stderr[i]?.() }).toMatchObject({ code: 0 })
    }
    const snap = await queueSnapshot(url, bossSchema)
    return { ...snap, killed, exitCodes }
  }

  /** SIGKILLs `victim` once `fraction` of the items are prepared (it is then in the middle of some job). */
  async function killWhenProgressed(url: string, victim: ChildProcess, fraction: number): Promise<boolean> {
    return killWhen(
      url,
      victim,
      async (client) => {
        const { rows } = await client.query<{ done: string }>(`SELECT count(*) FILTER (WHERE state <> 'queued') AS done FROM queue_items`)
        return Number(rows[0]?.done) >= COUNT * fraction
      },
      50,
    )
  }
}
