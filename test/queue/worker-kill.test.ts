import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCli } from '../cli/built-cli.js'
import { QUEUES } from '../../src/queue/job-names.js'
import { collect, exited, killHoldingJob, queueSnapshot, type QueueSnapshot } from './worker-processes.js'
import { DATABASE_URL, dropCreatedSchemas, freshSchemaUrl, schemaOf, SKIP_MESSAGE } from '../store/postgres-schema.js'
import { writeSyntheticJsonl } from '../store/synthetic-corpus.js'

/**
 * The fault suite's PostgreSQL half (issue 16): two `parallax worker` processes with the queue's default lease
 * and maintenance settings, one SIGKILLed while both are in the middle of a job. The dead worker's job is taken
 * over once its lease lapses (seconds), not after a fixed expiry (120 s before, which held the whole queue:
 * grouping waits for the dead worker's items), so the kill adds seconds to the run (within 2× of a run of the size), with the stories
 * of the uninterrupted run and no article lost or duplicated. 1,500 synthetic JSON Lines documents (no bench data).
 */
const COUNT = 1500
// The queue's default lease (QueueSettings.expireInSeconds), which this test leaves as it is.
const LEASE_SECONDS = 6
// The built CLI, as users run it (test/cli/built-cli.ts: one build shared by every test file): a child started
// from source through tsx spent most of its time compiling.
const CLI = [buildCli()]

if (DATABASE_URL === null) {
  describe.skip(SKIP_MESSAGE, () => {
    test('worker killed mid-job', () => {})
  })
} else {
  const base = DATABASE_URL
  const dir = mkdtempSync(join(tmpdir(), 'parallax-worker-kill-'))
  const corpus = join(dir, 'corpus.jsonl')
  beforeAll(() => writeSyntheticJsonl(corpus, COUNT))
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    await dropCreatedSchemas(base)
  })

  describe('parallax worker killed mid-job (PostgreSQL)', () => {
    test('its job is taken over within seconds: the kill adds a lease and a redo, not the 120 s expiry, and the stories are the same', async () => {
      const plain = await runWorkers('lease_plain', false)
      expect(plain.snapshot).toMatchObject({ failedJobs: 0, pendingItems: 0, retriedJobs: 0 })
      // 30 of the 1,500 are exact copies of the document before (writeSyntheticJsonl).
      expect(plain.snapshot.articles.size).toBe(1470)
      const killed = await runWorkers('lease_killed', true)
      // article id → story id, both deterministic: equal maps mean the same articles in the same stories.
      expect(Object.fromEntries(killed.snapshot.articles)).toEqual(Object.fromEntries(plain.snapshot.articles))
      expect(killed.snapshot).toMatchObject({ failedJobs: 0, pendingItems: 0, pendingSettle: 0 })
      // The victim held an extract job when it died, and that job ran again elsewhere and completed; its items
      // blocked grouping until then.
      expect(killed.heldJob).toMatchObject({ state: 'completed', retried: true })
      if (process.env['PARALLAX_TEST_TIMINGS'] === '1') process.stderr.write(`worker-kill: uninterrupted ${plain.seconds} s, killed ${killed.seconds} s\n`)
      // The kill costs one lease (6 s by default), one maintenance pass (1 s) and redoing the dead worker's job:
      // seconds, against the 120 s expiry before. The "within 2×" was measured on a 26 s run; this corpus
      // runs in 6 s on a quiet machine, where that fixed cost alone is 1×, so the bound is on the added time.
      expect(killed.seconds - plain.seconds).toBeLessThan(LEASE_SECONDS + 15)
    }, 300_000)
  })

  async function runWorkers(tag: string, kill: boolean): Promise<{ seconds: number; snapshot: QueueSnapshot; heldJob?: { state: string; retried: boolean } }> {
    const url = await freshSchemaUrl(base, tag)
    const bossSchema = `${schemaOf(url)}_boss`
    // The queue's own lease and maintenance defaults: no PARALLAX_JOB_EXPIRE_S / PARALLAX_QUEUE_MAINTENANCE_S.
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, PARALLAX_QUEUE_SCHEMA: bossSchema }
    delete env['PARALLAX_JOB_EXPIRE_S']
    delete env['PARALLAX_QUEUE_MAINTENANCE_S']
    const add = spawnSync(process.execPath, [...CLI, 'jobs', 'add', corpus], { env, encoding: 'utf8' })
    expect(add.stderr).toContain(`queued ${COUNT} document(s)`)
    const started = Date.now()
    const workers = [0, 1].map(() => spawn(process.execPath, [...CLI, 'worker', '--exit-when-idle', '--quiet'], { env, stdio: ['ignore', 'ignore', 'pipe'] }))
    const stderr = workers.map((w) => collect(w))
    const held = kill ? await killWhenBothBusy(url, bossSchema, workers[0] as ChildProcess) : null
    if (kill) expect(held).not.toBeNull()
    const codes = await Promise.all(workers.map((w) => exited(w)))
    const seconds = (Date.now() - started) / 1000
    for (const [i, code] of codes.entries()) if (!(kill && i === 0)) expect({ worker: i, code, stderr: stderr[i]?.() }).toMatchObject({ code: 0 })
    const snapshot = await queueSnapshot(url, bossSchema)
    return held === null ? { seconds, snapshot } : { seconds, snapshot, heldJob: await jobOutcome(url, bossSchema, held) }
  }

  /** The state of job `id` and whether it ran again after its first worker died. */
  async function jobOutcome(url: string, bossSchema: string, id: string): Promise<{ state: string; retried: boolean }> {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const { rows } = await client.query<{ state: string; retry_count: number }>(`SELECT state, retry_count FROM ${bossSchema}.job WHERE id = $1`, [id])
      return { state: rows[0]?.state ?? 'missing', retried: (rows[0]?.retry_count ?? 0) > 0 }
    } finally {
      await client.end()
    }
  }

  /**
   * SIGKILLs `victim` once a third of the items are prepared and both workers run an extract job, at an instant it
   * holds one (killHoldingJob), whose items grouping must wait for; resolves with that job's id. (A grouping job of
   * a dead worker is not retried but replaced: the grouping queue keeps one waiting job, and its advisory lock dies
   * with the connection.) Before, the kill was timed on the queue alone and often fell between two of the victim's
   * 25 ms jobs: nothing was retried and the test failed whenever it did.
   */
  async function killWhenBothBusy(url: string, bossSchema: string, victim: ChildProcess): Promise<string | null> {
    return killHoldingJob(
      url,
      bossSchema,
      victim,
      QUEUES.extract,
      async (client) => {
        const { rows } = await client.query<{ done: string; active: string }>(
          `SELECT (SELECT count(*) FROM queue_items WHERE state <> 'queued') AS done,
                  (SELECT count(*) FROM ${bossSchema}.job WHERE name = 'parallax-extract' AND state = 'active') AS active`,
        )
        return Number(rows[0]?.done) >= COUNT / 3 && Number(rows[0]?.active) >= 2
      },
    )
  }
}
