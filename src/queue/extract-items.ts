import type { OutletRegistry, RawDocument } from '../model/index.js'
import { QUEUES } from './job-names.js'
import type { ExtractJob } from './job-data.js'
import { prepareItem } from './prepared-item.js'
import type { QueueContext } from './queue-context.js'

/**
 * The extract job: prepares its items (extraction, signature, features) and wakes the grouping job. Safe to
 * run twice (a retried job after a killed worker): only items still 'queued' are updated. A bad document
 * becomes a 'skipped' or 'failed' item and never fails the job; only database errors do (and are retried).
 */
export async function extractItems(ctx: QueueContext, job: ExtractJob, outletRegistry?: OutletRegistry): Promise<void> {
  const { rows } = await ctx.pool.query<{ ordinal: string; raw: string }>(
    `SELECT ordinal, raw FROM queue_items WHERE ordinal = ANY($1::bigint[]) AND state = 'queued' AND kind = 'document' ORDER BY ordinal`,
    [job.ordinals],
  )
  const now = new Date().toISOString()
  const ordinals: number[] = []
  const states: string[] = []
  const prepared: (string | null)[] = []
  const messages: (string | null)[] = []
  for (const row of rows) {
    ordinals.push(Number(row.ordinal))
    try {
      const item = prepareItem(JSON.parse(row.raw) as RawDocument, outletRegistry)
      states.push('kind' in item ? 'skipped' : 'prepared')
      prepared.push('kind' in item ? null : JSON.stringify(item))
      messages.push('kind' in item ? item.message : null)
    } catch (error) {
      // A bug met by one document: record it on the item and go on with the batch.
      states.push('failed')
      prepared.push(null)
      messages.push(`extract: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  if (ordinals.length > 0) {
    await ctx.pool.query(
      `UPDATE queue_items q SET state = u.state, prepared = u.prepared, message = u.message, updated_at = $5
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS u(ordinal, state, prepared, message)
       WHERE q.ordinal = u.ordinal AND q.state = 'queued'`,
      [ordinals, states, prepared, messages, now],
    )
  }
  await ctx.boss.send(QUEUES.group, {})
}
