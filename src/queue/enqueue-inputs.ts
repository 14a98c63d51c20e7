import { randomUUID } from 'node:crypto'
import { readInputs } from '../ingest/index.js'
import type { RawDocument, Skipped } from '../model/index.js'
import { insertItems } from './insert-items.js'
import type { QueueContext } from './queue-context.js'

export interface EnqueueOptions {
  /** Outlet name for every input (`--outlet`). */
  readonly outlet?: string
  /** Also analyse each new article (entities, quotes, framing) so `parallax show` finds it cached. */
  readonly analyse?: boolean
  /** Let workers fetch URLs on loopback and private addresses (`--allow-private`; off by default: SSRF guard). */
  readonly allowPrivate?: boolean
}

export interface EnqueueTotals {
  readonly batch: string
  readonly documents: number
  readonly urls: number
  readonly skipped: number
}

/** 500 documents per enqueue transaction, as ingest's batch: bounded memory, one commit per batch. */
const ENQUEUE_BATCH = 500

/**
 * Queues inputs for the workers. Files, directories, WARC, feeds and JSON Lines are read here (the workers
 * may run on machines that cannot see these files) and stored as items in input order; http(s) URLs are
 * fetched by a worker. Example: `await enqueueInputs(ctx, ['pages/', 'https://example.com/a'])`.
 */
export async function enqueueInputs(ctx: QueueContext, specs: readonly string[], options: EnqueueOptions = {}): Promise<EnqueueTotals> {
  const batch = randomUUID()
  const analyse = options.analyse === true
  const urls = specs.filter((s) => /^https?:\/\//i.test(s))
  const paths = specs.filter((s) => !/^https?:\/\//i.test(s))
  let documents = 0
  let skipped = 0
  const client = await ctx.pool.connect()
  try {
    let chunk: (RawDocument | Skipped)[] = []
    const flush = async () => {
      await insertItems(client, ctx.boss, { batch, analyse, documents: chunk })
      chunk = []
    }
    if (paths.length > 0) {
      for await (const doc of readInputs(paths, options.outlet === undefined ? {} : { outlet: options.outlet })) {
        if ('kind' in doc) skipped++
        else documents++
        chunk.push(doc)
        if (chunk.length >= ENQUEUE_BATCH) await flush()
      }
    }
    if (chunk.length > 0) await flush()
    if (urls.length > 0) {
      await insertItems(client, ctx.boss, {
        batch,
        analyse,
        documents: [],
        urls,
        ...(options.outlet === undefined ? {} : { outlet: options.outlet }),
        ...(options.allowPrivate === true ? { allowPrivate: true } : {}),
      })
    }
  } finally {
    client.release()
  }
  return { batch, documents, urls: urls.length, skipped }
}
