import type PgBoss from 'pg-boss'
import { QUEUES, GROUP_BATCH } from './job-names.js'
import { CorpusState, storeBatch } from '../corpus/index.js'
import { candidateOf, type PreparedItem } from './prepared-item.js'
import type { QueueContext } from './queue-context.js'
import { inTransaction } from './send-in-transaction.js'
import type { PostgresWriter, Queryable } from '../store/postgres/index.js'

/**
 * Session lock held while grouping. Grouping is sequential by nature (each article's story depends on every
 * article before it), so one grouper runs at a time across all workers. An advisory lock rather than a lock
 * row or pg-boss's singleton alone: PostgreSQL releases it when the holder's connection dies, so a worker
 * killed mid-grouping never leaves the corpus locked, and its transaction rolls back with it.
 */
const GROUP_LOCK = 'parallax:group'

/** A busy grouper is asked again after 1 s: long enough not to spin, short next to a 500-article batch. */
const RETRY_AFTER_S = 1

export interface GroupResult {
  /** Items consumed (grouped, including unchanged copies and revisions). */
  readonly grouped: number
  /** True when another worker held the lock (a grouping job was queued to look again). */
  readonly wasBusy: boolean
}

/**
 * The grouping job: stores prepared items strictly in ordinal order, deduplicating and grouping them as
 * `parallax ingest` does, and stops at the first item not yet prepared (it is grouped by a later job, so
 * the stories never depend on which worker was faster). Each batch is one transaction that stores the
 * articles, marks the items 'grouped' and queues their analyse jobs: a worker killed mid-batch leaves no trace.
 */
/** A worker's grouping state, kept for its lifetime (storeBatch rebuilds it when stored articles moved). */
export interface StateHolder {
  state: CorpusState
}

export async function groupItems(ctx: QueueContext, holder: StateHolder): Promise<GroupResult> {
  const lock = await ctx.pool.connect()
  let grouped = 0
  try {
    const { rows } = await lock.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [GROUP_LOCK])
    if (rows[0]?.ok !== true) {
      await ctx.boss.send(QUEUES.group, {}, { startAfter: RETRY_AFTER_S })
      return { grouped: 0, wasBusy: true }
    }
    try {
      for (;;) {
        let n: number
        try {
          n = await groupBatch(ctx, holder)
        } catch (error) {
          // The batch rolled back but the in-memory state kept its placements: rebuild it from the store.
          holder.state = new CorpusState()
          throw error
        }
        grouped += n
        if (n === 0) break
      }
    } finally {
      await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [GROUP_LOCK])
    }
  } finally {
    lock.release()
  }
  return { grouped, wasBusy: false }
}

async function groupBatch(ctx: QueueContext, holder: StateHolder): Promise<number> {
  return ctx.store.writeWithSql(async (tx, sql) => {
    const { rows } = await sql.query<{ ordinal: string; state: string; prepared: string | null; analyse: boolean; batch: string }>(
      `SELECT ordinal, state, prepared, wants_analysis AS analyse, batch FROM queue_items WHERE state IN ('queued', 'prepared') ORDER BY ordinal LIMIT $1`,
      [GROUP_BATCH],
    )
    const ready: { ordinal: number; item: PreparedItem; analyse: boolean; batch: string }[] = []
    for (const row of rows) {
      if (row.state !== 'prepared' || row.prepared === null) break
      ready.push({ ordinal: Number(row.ordinal), item: JSON.parse(row.prepared) as PreparedItem, analyse: row.analyse, batch: row.batch })
    }
    if (ready.length === 0) return 0
    const results = await storeBatch(tx, holder.state, ready.map((r) => candidateOf(r.item)))
    const analyses: PgBoss.JobInsert[] = []
    ready.forEach(({ analyse }, i) => {
      const result = results[i]
      if (analyse && result !== undefined && (result.outcome === 'stored' || result.outcome === 'revised')) {
        const { articleId, storyId, revision } = result.ref
        analyses.push({ name: QUEUES.analyse, data: { articleId, storyId, revision } })
      }
    })
    const outcomes = results.map((r) => r.outcome)
    const articleIds = results.map((r) => r.ref.articleId)
    await sql.query(
      `UPDATE queue_items q SET state = 'grouped', outcome = u.outcome, article_id = u.article_id, prepared = NULL, updated_at = $4
       FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(ordinal, outcome, article_id) WHERE q.ordinal = u.ordinal`,
      [ready.map((r) => r.ordinal), outcomes, articleIds, new Date().toISOString()],
    )
    for (const batch of new Set(ready.map((r) => r.batch))) await settleIfDone(tx, sql, holder.state, batch)
    if (analyses.length > 0) await ctx.boss.insert(analyses, inTransaction(sql))
    return ready.length
  })
}

/**
 * The end-of-run settle of `parallax ingest`, for an enqueued batch whose last item was just grouped: its new
 * articles are regrouped by the batch algorithm (CorpusState.settle), in the same transaction that grouped
 * that item. The batch's articles are read from the store (other workers may have grouped some of them), so
 * the stories depend only on the input order, as for ingest. Analyse jobs queued before the move find the
 * article in its new story (analyseArticle).
 */
async function settleIfDone(tx: PostgresWriter, sql: Queryable, state: CorpusState, batch: string): Promise<void> {
  const pending = await sql.query(`SELECT 1 FROM queue_items WHERE batch = $1 AND state IN ('queued', 'prepared') LIMIT 1`, [batch])
  if (pending.rows.length > 0) return
  const { rows } = await sql.query<{ articleId: string }>(`SELECT article_id AS "articleId" FROM queue_items WHERE batch = $1 AND outcome = 'stored'`, [batch])
  if (rows.length > 0) await state.settle(tx, rows.map((r) => r.articleId))
}
