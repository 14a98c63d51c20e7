import type PgBoss from 'pg-boss'
import type { ArticleRef, ArticleSource, NewArticle } from '../store/index.js'
import { QUEUES, GROUP_BATCH } from './job-names.js'
import { CorpusState } from '../corpus/index.js'
import { candidateOf, type PreparedItem } from './prepared-item.js'
import type { QueueContext } from './queue-context.js'
import { inTransaction } from './send-in-transaction.js'

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

type Outcome = 'stored' | 'revised' | 'unchanged' | 'copy'

/**
 * The grouping job: stores prepared items strictly in ordinal order, deduplicating and grouping them as
 * `parallax ingest` does, and stops at the first item not yet prepared (it is grouped by a later job, so
 * the stories never depend on which worker was faster). Each batch is one transaction that stores the
 * articles, marks the items 'grouped' and queues their analyse jobs: a worker killed mid-batch leaves no trace.
 */
/** A worker's grouping state, and the corpus generation it was built at (see queue-migrations.ts). */
export interface StateHolder {
  state: CorpusState
  generation: number
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
          holder.generation = -1
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
    const { rows } = await sql.query<{ ordinal: string; state: string; prepared: string | null; analyse: boolean }>(
      `SELECT ordinal, state, prepared, wants_analysis AS analyse FROM queue_items WHERE state IN ('queued', 'prepared') ORDER BY ordinal LIMIT $1`,
      [GROUP_BATCH],
    )
    const ready: { ordinal: number; item: PreparedItem; analyse: boolean }[] = []
    for (const row of rows) {
      if (row.state !== 'prepared' || row.prepared === null) break
      ready.push({ ordinal: Number(row.ordinal), item: JSON.parse(row.prepared) as PreparedItem, analyse: row.analyse })
    }
    if (ready.length === 0) return 0
    const { rows: gen } = await sql.query<{ generation: string }>('SELECT generation FROM queue_corpus_generation WHERE id = 1')
    const generation = Number(gen[0]?.generation ?? 0)
    if (generation !== holder.generation) {
      // Stored articles changed story since this state was built (merge, split, regroup): rebuild it.
      holder.state = new CorpusState()
      holder.generation = generation
    }
    const state = holder.state
    state.catchUp(await tx.corpusSince(state.lastSeq))
    // The same decisions as ingest's per-document lookups, made against maps that this batch keeps current,
    // so the batch costs a handful of statements instead of six per document.
    const bySource = await tx.findManyBySource(ready.map((r) => r.item.location))
    const byHash = await tx.findManyByContentHash(ready.map((r) => r.item.hash))
    const inserts: NewArticle[] = []
    const sources: { articleId: string; source: ArticleSource }[] = []
    const flush = async () => {
      for (const seq of await tx.insertArticles(inserts)) state.track(seq)
      await tx.addSources(sources)
      inserts.length = 0
      sources.length = 0
    }
    const outcomes: Outcome[] = []
    const articleIds: string[] = []
    const analyses: PgBoss.JobInsert[] = []
    for (const { item, analyse } of ready) {
      const known = bySource.get(item.location)
      const same = byHash.get(item.hash)
      let ref: ArticleRef
      let outcome: Outcome
      if (same !== undefined) {
        if (known === undefined) {
          sources.push({ articleId: same.articleId, source: item.sourceInfo })
          bySource.set(item.location, same)
        }
        outcome = known === undefined ? 'copy' : 'unchanged'
        ref = same
      } else if (known !== undefined) {
        await flush()
        const revision = await tx.addRevision(known.articleId, {
          contentHash: item.hash,
          format: item.format,
          content: item.content,
          text: item.text,
          title: item.title,
          searchText: item.searchText,
        })
        ref = { ...known, revision, contentHash: item.hash }
        outcome = 'revised'
      } else {
        const article = state.place(candidateOf(item))
        inserts.push(article)
        ref = { articleId: article.articleId, storyId: article.storyId, revision: 1, contentHash: item.hash }
        outcome = 'stored'
      }
      // Later items of this batch see this one, as ingest's next lookup would.
      if (outcome === 'stored' || outcome === 'revised') {
        if (outcome === 'revised') for (const [location, r] of bySource) if (r.articleId === ref.articleId) bySource.set(location, ref)
        bySource.set(item.location, ref)
        byHash.set(item.hash, ref)
      }
      outcomes.push(outcome)
      articleIds.push(ref.articleId)
      if (analyse && (outcome === 'stored' || outcome === 'revised')) analyses.push({ name: QUEUES.analyse, data: { articleId: ref.articleId, storyId: ref.storyId, revision: ref.revision } })
    }
    await flush()
    await sql.query(
      `UPDATE queue_items q SET state = 'grouped', outcome = u.outcome, article_id = u.article_id, prepared = NULL, updated_at = $4
       FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(ordinal, outcome, article_id) WHERE q.ordinal = u.ordinal`,
      [ready.map((r) => r.ordinal), outcomes, articleIds, new Date().toISOString()],
    )
    if (analyses.length > 0) await ctx.boss.insert(analyses, inTransaction(sql))
    return ready.length
  })
}
