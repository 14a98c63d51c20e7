import { readInputs } from '../ingest/index.js'
import type { RawDocument, Skipped } from '../model/index.js'
import { insertItems } from './insert-items.js'
import type { FetchJob } from './job-data.js'
import type { QueueContext } from './queue-context.js'

/**
 * The fetch job: reads one URL (a page, or a feed and its items, with the ingest module's politeness and
 * address rules) and queues what it found as documents after everything queued so far; the URL item becomes
 * 'fetched'. Runs again harmlessly after a killed worker: a URL item no longer 'queued' is left alone.
 */
export async function fetchUrlItem(ctx: QueueContext, job: FetchJob): Promise<void> {
  const { rows } = await ctx.pool.query<{ batch: string; analyse: boolean }>(`SELECT batch, wants_analysis AS analyse FROM queue_items WHERE ordinal = $1 AND state = 'queued'`, [job.ordinal])
  const item = rows[0]
  if (item === undefined) return
  const documents: (RawDocument | Skipped)[] = []
  const options = { ...(job.outlet === undefined ? {} : { outlet: job.outlet }), ...(job.allowPrivate === true ? { allowPrivate: true } : {}) }
  for await (const doc of readInputs([job.url], options)) documents.push(doc)
  const found = documents.filter((d) => !('kind' in d)).length
  const client = await ctx.pool.connect()
  try {
    await insertItems(client, ctx.boss, { batch: item.batch, analyse: item.analyse, documents }, async (sql) => {
      const { rowCount } = await sql.query(`UPDATE queue_items SET state = 'fetched', message = $2, updated_at = $3 WHERE ordinal = $1 AND state = 'queued'`, [
        job.ordinal,
        `${found} document(s), ${documents.length - found} skipped`,
        new Date().toISOString(),
      ])
      return rowCount === 1
    })
  } finally {
    client.release()
  }
}
