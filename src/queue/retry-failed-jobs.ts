import { QUEUE_ORDER } from './job-names.js'
import type { QueueContext } from './queue-context.js'

/**
 * Puts every failed job of the Parallax queues back in line (one more attempt each), e.g. after fixing what
 * made them fail (a full disk, a database restart longer than the retries). Returns how many. Archived failures
 * (older than 12 h) are not retried: queue their inputs again with `parallax jobs add`, which is idempotent.
 */
export async function retryFailedJobs(ctx: QueueContext): Promise<number> {
  let count = 0
  for (const name of QUEUE_ORDER) {
    const { rows } = await ctx.pool.query<{ id: string }>(`SELECT id::text AS id FROM ${ctx.bossSchema}.job WHERE name = $1 AND state = 'failed'`, [name])
    if (rows.length === 0) continue
    await ctx.boss.retry(name, rows.map((r) => r.id))
    count += rows.length
  }
  return count
}
