import { analyseArticle } from './analyse-article.js'
import { CorpusState } from '../corpus/index.js'
import { extractItems } from './extract-items.js'
import { fetchUrlItem } from './fetch-url-item.js'
import { groupItems, type StateHolder } from './group-items.js'
import { holdJobLease } from './hold-job-lease.js'
import { parseAnalyseJob, parseExtractJob, parseFetchJob } from './job-data.js'
import { QUEUE_ORDER, QUEUES, type QueueName } from './job-names.js'
import type { QueueContext } from './queue-context.js'
import type { OutletRegistry } from '../model/index.js'

export interface WorkerOptions {
  /** Job loops in this process. Default 1: extraction is CPU-bound, so one loop per core (run one worker per core). */
  readonly concurrency?: number
  /** Stop when no job is waiting or running and no item is pending (tests, benchmarks, batch runs). */
  readonly exitWhenIdle?: boolean
  /** Wait between polls of empty queues, in ms. Default 500 (pg-boss's minimum polling interval). */
  readonly pollMs?: number
  readonly signal?: AbortSignal
  /** One line per failed job (default: stderr). */
  readonly log?: (line: string) => void
  /**
   * The user's outlet registry (`worker --outlets`): extracted articles are stored under the outlet names it gives,
   * as `ingest --outlets` stores them. Give every worker the same file: each names the articles it extracts.
   */
  readonly outletRegistry?: OutletRegistry
}

export interface WorkerTotals {
  done: Record<QueueName, number>
  failed: number
}

/**
 * Runs jobs until stopped (`signal`) or, with `exitWhenIdle`, until the queue is drained. Each job is
 * fetched by exactly one worker (pg-boss: SELECT … FOR UPDATE SKIP LOCKED), completed or failed with its
 * error message (retried with backoff, see queue-context.ts); a running job's lease is renewed while it runs
 * (holdJobLease), so a job of a killed worker is retried within seconds. Example: `await runWorker(await openQueue(url), { concurrency: 2 })`.
 */
export async function runWorker(ctx: QueueContext, options: WorkerOptions = {}): Promise<WorkerTotals> {
  const totals: WorkerTotals = { done: { [QUEUES.group]: 0, [QUEUES.fetch]: 0, [QUEUES.extract]: 0, [QUEUES.analyse]: 0 }, failed: 0 }
  const holder: StateHolder = { state: new CorpusState() }
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const pollMs = options.pollMs ?? 500
  const loop = async () => {
    while (options.signal?.aborted !== true) {
      const ran = await runOneJob(ctx, holder, totals, log, options.outletRegistry)
      if (ran) continue
      if (options.exitWhenIdle === true && (await isDrained(ctx))) return
      await sleep(pollMs, options.signal)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, loop))
  return totals
}

async function runOneJob(
  ctx: QueueContext,
  holder: StateHolder,
  totals: WorkerTotals,
  log: (line: string) => void,
  outletRegistry: OutletRegistry | undefined,
): Promise<boolean> {
  for (const name of QUEUE_ORDER) {
    const [job] = await ctx.boss.fetch<unknown>(name, { batchSize: 1 })
    if (job === undefined) continue
    const release = holdJobLease(ctx, name, job.id)
    try {
      await runJob(ctx, holder, name, job.data, outletRegistry)
      await ctx.boss.complete(name, job.id)
      totals.done[name]++
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      totals.failed++
      log(`parallax worker: ${name} job ${job.id} failed: ${message}`)
      await ctx.boss.fail(name, job.id, { message })
    } finally {
      release()
    }
    return true
  }
  return false
}

async function runJob(ctx: QueueContext, holder: StateHolder, name: QueueName, data: unknown, outletRegistry: OutletRegistry | undefined): Promise<void> {
  switch (name) {
    case QUEUES.group:
      await groupItems(ctx, holder)
      return
    case QUEUES.extract:
      await extractItems(ctx, parseExtractJob(data), outletRegistry)
      return
    case QUEUES.fetch:
      await fetchUrlItem(ctx, parseFetchJob(data))
      return
    case QUEUES.analyse:
      await analyseArticle(ctx, parseAnalyseJob(data))
      return
    default:
      assertNever(name)
  }
}

/**
 * True when nothing is left to do: no job waiting, retrying or running (a killed worker's job counts until
 * it expires and is retried) and no item pending. Items prepared but with no grouping job (a wake-up lost
 * to a crash between the two) get one, so the queue heals instead of stalling.
 */
async function isDrained(ctx: QueueContext): Promise<boolean> {
  const { rows: jobs } = await ctx.pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM ${ctx.bossSchema}.job WHERE name = ANY($1::text[]) AND state IN ('created', 'retry', 'active')`,
    [QUEUE_ORDER],
  )
  if (Number(jobs[0]?.n) > 0) return false
  const { rows: items } = await ctx.pool.query<{ prepared: string }>(`SELECT count(*) FILTER (WHERE state = 'prepared') AS prepared FROM queue_items WHERE state IN ('queued', 'prepared')`)
  if (Number(items[0]?.prepared) > 0) {
    await ctx.boss.send(QUEUES.group, {})
    return false
  }
  return true
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
  })
}

function assertNever(x: never): never {
  throw new Error(`worker: unknown queue ${String(x)}`)
}
