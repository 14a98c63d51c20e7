// What the worker tests (workers.test.ts, worker-kill.test.ts) read of their `parallax worker` children and of the
// database they fill: the stored corpus and the queue's state, a SIGKILL at a chosen point, exit codes, stderr.
import type { ChildProcess } from 'node:child_process'
import pg from 'pg'

/** The stored corpus (article id → story id, both deterministic) and what the queue left behind. */
export interface QueueSnapshot {
  readonly articles: Map<string, string>
  readonly sources: number
  readonly revisions: number
  /** Queue counts: 0 without a queue schema (a plain `ingest` run). */
  readonly failedJobs: number
  readonly pendingItems: number
  readonly retriedJobs: number
  readonly pendingSettle: number
}

export async function queueSnapshot(url: string, bossSchema?: string): Promise<QueueSnapshot> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const articles = await client.query<{ article_id: string; story_id: string }>('SELECT article_id, story_id FROM articles ORDER BY seq')
    const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n)
    const hasQueue = bossSchema !== undefined
    return {
      articles: new Map(articles.rows.map((r) => [r.article_id, r.story_id])),
      sources: await count('SELECT count(*) AS n FROM article_sources'),
      revisions: await count('SELECT count(*) AS n FROM revisions'),
      failedJobs: hasQueue ? await count(`SELECT count(*) AS n FROM ${bossSchema}.job WHERE state = 'failed'`) : 0,
      pendingItems: hasQueue ? await count(`SELECT count(*) AS n FROM queue_items WHERE state IN ('queued', 'prepared')`) : 0,
      retriedJobs: hasQueue ? await count(`SELECT count(*) AS n FROM ${bossSchema}.job WHERE retry_count > 0`) : 0,
      pendingSettle: await count('SELECT count(*) AS n FROM pending_settle'),
    }
  } finally {
    await client.end()
  }
}

/**
 * SIGKILLs `victim` once `isReady` says so (polled every `pollMs` on one connection); false when the victim exited
 * before that point, so the test did not kill anything.
 */
export async function killWhen(url: string, victim: ChildProcess, isReady: (client: pg.Client) => Promise<boolean>, pollMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    while (!(await isReady(client))) {
      if (victim.exitCode !== null) return false
      await new Promise((r) => setTimeout(r, pollMs))
    }
  } finally {
    await client.end()
  }
  return victim.kill('SIGKILL')
}

/**
 * SIGKILLs `victim` while it holds a job of `queue`, once `isReady` says so; resolves with that job's id, or null
 * when the victim exited first. pg-boss does not record which worker holds a job, and a 25-document extract job
 * lasts ~25 ms with a few ms between jobs, so a kill timed on the queue alone often lands between two jobs. The
 * victim is therefore probed: stopped (SIGSTOP), then, once another worker started or completed a job (so the job
 * that worker held at the stop is over), a job of `queue` active at the stop and still active can only be the
 * frozen victim's. Holding none, it is resumed (SIGCONT) and probed again. A probe (at most 3 s) is shorter than
 * the lease (6 s, renewed every 1.2 s), so a stopped victim's job never expires while it is probed.
 */
export async function killHoldingJob(
  url: string,
  bossSchema: string,
  victim: ChildProcess,
  queue: string,
  isReady: (client: pg.Client) => Promise<boolean>,
): Promise<string | null> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
  try {
    for (;;) {
      if (victim.exitCode !== null || victim.signalCode !== null) return null
      if (!(await isReady(client))) {
        await sleep(10)
        continue
      }
      victim.kill('SIGSTOP')
      const { rows } = await client.query<{ t: Date; ids: string[] }>(
        `SELECT clock_timestamp() AS t, coalesce(array_agg(id::text) FILTER (WHERE name = $1 AND state = 'active'), '{}') AS ids FROM ${bossSchema}.job`,
        [queue],
      )
      const stoppedAt = rows[0]?.t
      const active = rows[0]?.ids ?? []
      for (let waited = 0; active.length > 0 && waited < 3_000; waited += 10) {
        const moved = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${bossSchema}.job WHERE started_on > $1 OR completed_on > $1`, [stoppedAt])
        if (Number(moved.rows[0]?.n) === 0) {
          await sleep(10)
          continue
        }
        const held = await client.query<{ id: string }>(`SELECT id::text AS id FROM ${bossSchema}.job WHERE name = $1 AND state = 'active' AND id = ANY($2::uuid[])`, [queue, active])
        const [job] = held.rows
        if (job !== undefined) {
          victim.kill('SIGKILL')
          return job.id
        }
        break
      }
      victim.kill('SIGCONT')
    }
  } finally {
    await client.end()
  }
}

/** The child's stderr so far. */
export function collect(child: ChildProcess): () => string {
  let text = ''
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()))
  return () => text
}

export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode)
    else child.on('exit', (code) => resolve(code))
  })
}
