import { createHash } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import type { Command } from 'commander'
import { readInputs } from '../../ingest/index.js'
import { AppError, type RawDocument, type Skipped } from '../../model/index.js'
import { readyDocument, type Ready } from '../../corpus/index.js'
import { StoryGrouper } from '../../pipeline/cluster/index.js'
import { detectWireCredit, DuplicateIndex } from '../../pipeline/dedupe/index.js'
import type { CorpusEntry, NewArticle, Store } from '../../store/index.js'
import { openConfiguredStore } from '../../store/postgres/index.js'

/** 500 documents per transaction: one commit (an fsync) per batch keeps ingest well above 1,000 articles/s, and a kill loses at most one batch of work. */
const BATCH_SIZE = 500

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Store articles (files, directories, URLs, feeds, WARC, JSON Lines) and group them into stories; safe to rerun')
    .argument('<input...>', 'inputs to read')
    .option('--db <path>', 'database file (default: $PARALLAX_DB or ~/.local/share/parallax/parallax.db)')
    .option('--outlet <name>', 'outlet name for every input')
    .option('--quiet', 'no progress on stderr')
    .option('--jobs <n>', 'worker threads that read, hash and featurise (default: cores − 1, at most 3)')
    .action(async (inputs: string[], opts: { db?: string; outlet?: string; quiet?: boolean; jobs?: string }) => {
      const jobs = opts.jobs === undefined ? Math.min(3, availableParallelism() - 1) : Number(opts.jobs)
      if (!Number.isInteger(jobs) || jobs < 0) throw new AppError('invalid_input', `--jobs must be a whole number ≥ 0, got "${opts.jobs}"`)
      const store = await openConfiguredStore({ db: opts.db, ...busyTimeout() })
      try {
        const progress = opts.quiet ? () => {} : progressPrinter()
        const totals = await ingestDocuments(store, readInputs(inputs, opts.outlet ? { outlet: opts.outlet } : {}), progress, { workers: jobs })
        progress(totals, true)
        if (totals.stored + totals.revised + totals.unchanged + totals.copies === 0 && totals.skipped > 0) process.exitCode = 1
      } finally {
        await store.close()
      }
    })
}

/** PARALLAX_BUSY_TIMEOUT_MS: how long to wait for another process's write (default 5000 ms, see openSqliteStore). */
function busyTimeout(): { busyTimeoutMs?: number } {
  const ms = Number(process.env['PARALLAX_BUSY_TIMEOUT_MS'])
  return Number.isInteger(ms) && ms >= 0 ? { busyTimeoutMs: ms } : {}
}

export interface IngestTotals {
  read: number
  stored: number
  revised: number
  unchanged: number
  /** Exact copies of a stored article at another location (recorded as one more source of it). */
  copies: number
  skipped: number
  startedAt: number
}

/**
 * Stores documents in batches, one transaction each, deduplicating and grouping them as it goes. Rerunning on
 * the same inputs changes nothing (same location or same content → same article); a changed document at a
 * known location becomes a new revision. Several processes may ingest into one database at once: each batch
 * first catches up with what the others committed.
 */
export async function ingestDocuments(
  store: Store,
  documents: AsyncIterable<RawDocument | Skipped> | Iterable<RawDocument | Skipped>,
  onProgress: (totals: IngestTotals, done: boolean) => void = () => {},
  options: { readonly workers?: number } = {},
): Promise<IngestTotals> {
  const state = new CorpusState()
  const totals: IngestTotals = { read: 0, stored: 0, revised: 0, unchanged: 0, copies: 0, skipped: 0, startedAt: Date.now() }
  let batch: Ready[] = []
  const flush = async () => {
    const outcomes = await store.write(async (tx) => {
      state.catchUp(await tx.corpusSince(state.lastSeq))
      const done: Outcome[] = []
      for (const doc of batch) {
        const bySource = await tx.findBySource(doc.location)
        const byHash = await tx.findByContentHash(doc.hash)
        if (byHash !== null) {
          if (bySource === null) await tx.addSource(byHash.articleId, doc.sourceInfo)
          done.push(bySource === null ? 'copy' : 'unchanged')
        } else if (bySource !== null) {
          await tx.addRevision(bySource.articleId, { contentHash: doc.hash, format: doc.raw.format, content: doc.raw.content, text: doc.text, title: doc.title, searchText: doc.searchText })
          done.push('revised')
        } else {
          state.track(await tx.insertArticle(state.place(doc)))
          done.push('stored')
        }
      }
      return done
    })
    for (const o of outcomes) totals[o === 'copy' ? 'copies' : o]++
    batch = []
    onProgress(totals, false)
  }
  for await (const prepared of readyInOrder(documents, options.workers ?? 0)) {
    totals.read++
    if ('kind' in prepared) {
      totals.skipped++
      process.stderr.write(`parallax: skipped ${prepared.source}: ${prepared.message}\n`)
      continue
    }
    batch.push(prepared)
    if (batch.length >= BATCH_SIZE) await flush()
  }
  if (batch.length > 0) await flush()
  return totals
}

type Outcome = 'stored' | 'revised' | 'unchanged' | 'copy'

/** In flight per worker: enough to keep it busy while the main thread commits a batch. */
const WINDOW_PER_WORKER = 256
const WORKER_ROLE = 'parallax-ingest-prepare'

/**
 * The inputs, prepared, in input order. With `workers` > 0 the preparation runs in that many worker threads
 * while the main thread groups and writes (SQLite stays on one connection); 0 prepares inline.
 */
async function* readyInOrder(documents: AsyncIterable<RawDocument | Skipped> | Iterable<RawDocument | Skipped>, workers: number): AsyncGenerator<Ready | Skipped> {
  if (workers === 0) {
    for await (const item of documents) yield 'kind' in item ? item : readyDocument(item)
    return
  }
  const pool = Array.from({ length: workers }, () => new PrepareWorker())
  try {
    const queue: Promise<Ready | Skipped>[] = []
    let turn = 0
    for await (const item of documents) {
      queue.push('kind' in item ? Promise.resolve(item) : (pool[turn++ % workers] as PrepareWorker).prepare(item))
      while (queue.length >= WINDOW_PER_WORKER * workers) yield await (queue.shift() as Promise<Ready | Skipped>)
    }
    while (queue.length > 0) yield await (queue.shift() as Promise<Ready | Skipped>)
  } finally {
    await Promise.all(pool.map((w) => w.close()))
  }
}

class PrepareWorker {
  readonly #worker: Worker
  readonly #pending = new Map<number, { resolve: (r: Ready | Skipped) => void; reject: (e: Error) => void }>()
  #next = 0

  constructor() {
    const url = import.meta.url
    const options = { workerData: { role: WORKER_ROLE } }
    // From source (tsx, vitest) the worker must register the TypeScript loader itself; the build is plain JS.
    this.#worker = url.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(url)}) })`, { ...options, eval: true })
      : new Worker(new URL(url), options)
    this.#worker.on('message', (m: { id: number; result?: Ready | Skipped; error?: string }) => {
      const waiting = this.#pending.get(m.id)
      this.#pending.delete(m.id)
      if (m.error !== undefined) waiting?.reject(new Error(`ingest: worker failed: ${m.error}`))
      else if (m.result !== undefined) waiting?.resolve(m.result)
    })
    const failAll = (error: Error) => {
      for (const waiting of this.#pending.values()) waiting.reject(error)
      this.#pending.clear()
    }
    this.#worker.on('error', failAll)
    this.#worker.on('exit', (code) => failAll(new Error(`ingest: worker exited (code ${code})`)))
  }

  prepare(raw: RawDocument): Promise<Ready | Skipped> {
    const id = this.#next++
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject })
      this.#worker.postMessage({ id, raw })
    })
  }

  async close(): Promise<void> {
    await this.#worker.terminate()
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  parentPort?.on('message', ({ id, raw }: { id: number; raw: RawDocument }) => {
    try {
      parentPort?.postMessage({ id, result: readyDocument(raw) })
    } catch (error) {
      parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
    }
  })
}

/** In-memory dedupe and grouping state, rebuilt from the store and kept in step with it. */
class CorpusState {
  readonly duplicates = new DuplicateIndex()
  readonly grouper = new StoryGrouper({}, (articleId) => `s${articleId.slice(0, 11)}`)
  readonly #known = new Set<string>()
  lastSeq = 0

  catchUp(entries: readonly CorpusEntry[]): void {
    for (const e of entries) {
      this.lastSeq = Math.max(this.lastSeq, e.seq)
      if (this.#known.has(e.articleId)) continue
      this.#known.add(e.articleId)
      const features = { terms: new Map(e.terms), time: e.publishedAt === null ? null : Date.parse(e.publishedAt) }
      this.duplicates.add({ articleId: e.articleId, signature: e.signature, group: e.duplicateGroup })
      this.grouper.observe(features)
      this.grouper.place(e.articleId, features, e.storyId)
    }
  }

  track(seq: number): void {
    this.lastSeq = Math.max(this.lastSeq, seq)
  }

  /** Decides the new article's duplicate group and story, and records it in memory. */
  place(doc: Ready): NewArticle {
    const articleId = createHash('sha256').update(`${doc.location}\n${doc.hash}`).digest('hex').slice(0, 16)
    const { signature, features } = doc
    const match = this.duplicates.match(signature)
    this.grouper.observe(features)
    // A near-duplicate (a reprint) always joins its original's story.
    const original = match === null ? undefined : this.grouper.storyOf(match.articleId)
    let storyId: string
    if (original !== undefined) {
      storyId = original
      this.grouper.place(articleId, features, storyId)
    } else {
      storyId = this.grouper.assign(articleId, features).storyId
    }
    const duplicateGroup = match?.group ?? articleId
    this.duplicates.add({ articleId, signature, group: duplicateGroup })
    this.#known.add(articleId)
    return {
      articleId,
      storyId,
      duplicateGroup,
      wire: detectWireCredit(doc.text, doc.byline),
      signature,
      terms: [...features.terms].map(([t, w]) => [t, Math.round(w * 1000) / 1000] as const),
      publishedAt: doc.publishedAt,
      language: doc.language,
      sourceInfo: doc.sourceInfo,
      contentHash: doc.hash,
      format: doc.raw.format,
      content: doc.raw.content,
      text: doc.text,
      title: doc.title,
      searchText: doc.searchText,
    }
  }
}

function progressPrinter(): (totals: IngestTotals, done: boolean) => void {
  const isTty = process.stderr.isTTY === true
  let last = ''
  return (t, done) => {
    const seconds = Math.max(0.001, (Date.now() - t.startedAt) / 1000)
    const counts = `ingest: ${t.read} read, ${t.stored} new, ${t.revised} revised, ${t.unchanged} unchanged, ${t.copies} copies, ${t.skipped} skipped`
    const line = `${counts} (${Math.round(t.read / seconds)}/s)`
    if (isTty) process.stderr.write(`\r${line}${done ? '\n' : ''}`)
    else if (counts !== last) process.stderr.write(`${line}\n`)
    last = counts
  }
}
