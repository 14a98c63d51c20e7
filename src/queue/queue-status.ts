import { QUEUE_ORDER } from './job-names.js'
import type { QueueContext } from './queue-context.js'

export interface QueueStatus {
  /** Jobs by queue and pg-boss state (created, retry, active, completed, failed, cancelled); archived jobs not counted. */
  readonly jobs: Readonly<Record<string, Readonly<Record<string, number>>>>
  /** Items by state (queued, prepared, grouped, skipped, failed, fetched). */
  readonly items: Readonly<Record<string, number>>
  /** Grouped items by outcome (stored, revised, unchanged, copy). */
  readonly outcomes: Readonly<Record<string, number>>
  /** Newest failed jobs first (archived ones included): the error each last failed with. */
  readonly failedJobs: readonly { readonly queue: string; readonly id: string; readonly retries: number; readonly message: string; readonly at: string }[]
  /** Newest failed or skipped items first. */
  readonly problemItems: readonly { readonly ordinal: number; readonly source: string; readonly state: string; readonly message: string }[]
}

/** What `parallax jobs` prints: counts, and the newest `limit` failures of jobs and items with their messages. */
export async function queueStatus(ctx: QueueContext, limit = 10): Promise<QueueStatus> {
  const jobRows = await ctx.pool.query<{ name: string; state: string; n: string }>(
    `SELECT name, state::text AS state, count(*) AS n FROM ${ctx.bossSchema}.job WHERE name = ANY($1::text[]) GROUP BY 1, 2`,
    [QUEUE_ORDER],
  )
  const jobs: Record<string, Record<string, number>> = {}
  for (const name of QUEUE_ORDER) jobs[name] = {}
  for (const r of jobRows.rows) (jobs[r.name] ??= {})[r.state] = Number(r.n)
  const itemRows = await ctx.pool.query<{ state: string; n: string }>('SELECT state, count(*) AS n FROM queue_items GROUP BY 1')
  const outcomeRows = await ctx.pool.query<{ outcome: string; n: string }>(`SELECT outcome, count(*) AS n FROM queue_items WHERE outcome IS NOT NULL GROUP BY 1`)
  const failed = await ctx.pool.query<{ name: string; id: string; retry_count: number; output: unknown; completed_on: Date | null }>(
    // pg-boss moves finished jobs to its archive after 12 h: failures stay listed from there until deleted (7 days).
    `SELECT name, id::text AS id, retry_count, output, completed_on FROM ${ctx.bossSchema}.job WHERE name = ANY($1::text[]) AND state = 'failed'
     UNION ALL
     SELECT name, id::text AS id, retry_count, output, completed_on FROM ${ctx.bossSchema}.archive WHERE name = ANY($1::text[]) AND state = 'failed'
     ORDER BY completed_on DESC NULLS LAST LIMIT $2`,
    [QUEUE_ORDER, limit],
  )
  const problems = await ctx.pool.query<{ ordinal: string; source: string; state: string; message: string | null }>(
    `SELECT ordinal, source, state, message FROM queue_items WHERE state IN ('failed', 'skipped') ORDER BY ordinal DESC LIMIT $1`,
    [limit],
  )
  return {
    jobs,
    items: Object.fromEntries(itemRows.rows.map((r) => [r.state, Number(r.n)])),
    outcomes: Object.fromEntries(outcomeRows.rows.map((r) => [r.outcome, Number(r.n)])),
    failedJobs: failed.rows.map((r) => ({ queue: r.name, id: r.id, retries: r.retry_count, message: outputMessage(r.output), at: r.completed_on?.toISOString() ?? '' })),
    problemItems: problems.rows.map((r) => ({ ordinal: Number(r.ordinal), source: r.source, state: r.state, message: r.message ?? '' })),
  }
}

/** pg-boss stores the failure as `{ message }` (ours) or `{ value: { message } }` (its own, e.g. expiry). */
function outputMessage(output: unknown): string {
  if (typeof output !== 'object' || output === null) return ''
  const o = output as { message?: unknown; value?: { message?: unknown } }
  if (typeof o.message === 'string') return o.message
  if (typeof o.value?.message === 'string') return o.value.message
  return JSON.stringify(output).slice(0, 200)
}
