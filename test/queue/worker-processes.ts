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
