import type PgBoss from 'pg-boss'
import type { RawDocument, Skipped } from '../model/index.js'
import type { Queryable } from '../store/postgres/index.js'
import { EXTRACT_CHUNK, QUEUES } from './job-names.js'
import { inTransaction } from './send-in-transaction.js'

/** Serialises enqueuers, so items commit in ordinal order and grouping never passes an ordinal still to come. */
const ENQUEUE_LOCK = 'parallax:enqueue'

export interface NewItems {
  readonly batch: string
  readonly analyse: boolean
  readonly documents: readonly (RawDocument | Skipped)[]
  /** URLs to fetch later (each becomes one 'url' item and a fetch job). */
  readonly urls?: readonly string[]
  /** `--outlet`, for the documents a fetch job will read. */
  readonly outlet?: string
  /** `--allow-private`, for the URLs a fetch job will read. */
  readonly allowPrivate?: boolean
}

/**
 * Inserts items and their jobs (one extract job per 25 documents, one fetch job per URL) in one transaction
 * on `client`, which must not be inside another transaction. Skipped inputs are stored as 'skipped' items so
 * `parallax jobs` can list them. `claim` runs first inside the transaction; when it returns false nothing is inserted (a fetch job whose URL
 * another run of it already fetched).
 */
export async function insertItems(client: Queryable, boss: PgBoss, items: NewItems, claim?: (sql: Queryable) => Promise<boolean>): Promise<number[]> {
  await client.query('BEGIN')
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [ENQUEUE_LOCK])
    if (claim !== undefined && !(await claim(client))) {
      await client.query('ROLLBACK')
      return []
    }
    const now = new Date().toISOString()
    const pending: number[] = []
    for (const doc of items.documents) {
      const isSkipped = 'kind' in doc
      const { rows } = await client.query<{ ordinal: string }>(
        `INSERT INTO queue_items (batch, source, kind, state, raw, wants_analysis, message, updated_at) VALUES ($1, $2, 'document', $3, $4, $5, $6, $7) RETURNING ordinal`,
        [items.batch, doc.source, isSkipped ? 'skipped' : 'queued', isSkipped ? null : JSON.stringify(doc), items.analyse, isSkipped ? doc.message : null, now],
      )
      if (!isSkipped) pending.push(Number(rows[0]?.ordinal))
    }
    const jobs: PgBoss.JobInsert[] = []
    for (let i = 0; i < pending.length; i += EXTRACT_CHUNK) jobs.push({ name: QUEUES.extract, data: { ordinals: pending.slice(i, i + EXTRACT_CHUNK) } })
    for (const url of items.urls ?? []) {
      const { rows } = await client.query<{ ordinal: string }>(
        `INSERT INTO queue_items (batch, source, kind, state, wants_analysis, updated_at) VALUES ($1, $2, 'url', 'queued', $3, $4) RETURNING ordinal`,
        [items.batch, url, items.analyse, now],
      )
      jobs.push({ name: QUEUES.fetch, data: { ordinal: Number(rows[0]?.ordinal), url, ...(items.outlet === undefined ? {} : { outlet: items.outlet }), ...(items.allowPrivate === true ? { allowPrivate: true } : {}) } })
    }
    if (jobs.length > 0) await boss.insert(jobs, inTransaction(client))
    await client.query('COMMIT')
    return pending
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  }
}
