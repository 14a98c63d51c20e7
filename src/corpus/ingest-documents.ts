import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import type { OutletRegistry, RawDocument, Skipped } from '../model/index.js'
import { detectWireCredit } from '../pipeline/dedupe/index.js'
import type { Store } from '../store/index.js'
import { CorpusState, roundTerms, type ArticleCandidate } from './corpus-state.js'
import { onDemand, prepareText, readyOnDemand, type PreparedText, type Ready } from './prepare-document.js'
import { registeredOutlet } from './registered-outlet.js'
import { storeBatch, type StoredResult } from './store-batch.js'

/** 500 documents per transaction: one commit (an fsync) per batch keeps ingest well above 1,000 articles/s, and a kill loses at most one batch of work. */
const BATCH_SIZE = 500

/** Default worker threads for preparation: cores − 1 (the main thread groups and writes), at most 3. */
export function defaultIngestWorkers(): number {
  return Math.min(3, availableParallelism() - 1)
}

export interface IngestTotals {
  read: number
  stored: number
  revised: number
  unchanged: number
  /** Exact copies of a stored article at another location (recorded as one more source of it). */
  copies: number
  skipped: number
  /** New articles that changed story when the run settled (see CorpusState.settle). */
  regrouped: number
  startedAt: number
}

export interface IngestOptions {
  /** Worker threads that prepare documents (0: inline). */
  readonly workers?: number
  /**
   * Regroup the run's new articles once at the end (default true; see CorpusState.settle). Off, the stories are
   * exactly those of one-pass grouping, as queue workers make them.
   */
  readonly settle?: boolean
  /** The user's outlet registry: outlets it knows are stored under its display name (see registeredOutlet). */
  readonly outletRegistry?: OutletRegistry
  /** Store a new corpus snapshot at the end once this many articles came after the stored one (default SNAPSHOT_AFTER, see CorpusState). */
  readonly snapshotAfter?: number
  /** Called once per input document, in input order, with what became of it (after its batch committed). */
  readonly onDocument?: (source: string, result: StoredResult | Skipped) => void
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
  options: IngestOptions = {},
): Promise<IngestTotals> {
  const settles = options.settle !== false
  const state = new CorpusState(options.snapshotAfter === undefined ? {} : { snapshotAfter: options.snapshotAfter })
  const totals: IngestTotals = { read: 0, stored: 0, revised: 0, unchanged: 0, copies: 0, skipped: 0, regrouped: 0, startedAt: Date.now() }
  let batch: Ready[] = []
  // Skipped inputs met while a batch fills, with their place in it: reported in input order once it is stored.
  let skippedInBatch: { at: number; skipped: Skipped }[] = []
  const reportSkipped = (at: number) => {
    for (const s of skippedInBatch) if (s.at === at) options.onDocument?.(s.skipped.source, s.skipped)
  }
  const flush = async () => {
    const candidates = batch.map(candidateOf)
    const results = await store.write(async (tx) => {
      const stored = await storeBatch(tx, state, candidates)
      // In the batch's own transaction: a kill before the settle commits leaves them for the next run to settle.
      if (settles) await tx.addPendingSettle(stored.filter((r) => r.outcome === 'stored').map((r) => r.ref.articleId))
      return stored
    })
    results.forEach((result, i) => {
      reportSkipped(i)
      options.onDocument?.((batch[i] as Ready).raw.source, result)
    })
    reportSkipped(batch.length)
    skippedInBatch = []
    for (const { outcome } of results) totals[outcome === 'copy' ? 'copies' : outcome]++
    batch = []
    onProgress(totals, false)
  }
  for await (const prepared of readyInOrder(documents, options.workers ?? 0)) {
    totals.read++
    if ('kind' in prepared) {
      totals.skipped++
      process.stderr.write(`parallax: skipped ${prepared.source}: ${prepared.message}\n`)
      if (batch.length === 0) options.onDocument?.(prepared.source, prepared)
      else skippedInBatch.push({ at: batch.length, skipped: prepared })
      continue
    }
    batch.push(registeredOutlet(prepared, options.outletRegistry))
    if (batch.length >= BATCH_SIZE) await flush()
  }
  if (batch.length > 0) await flush()
  // The run's articles were grouped one at a time; regroup them once against the stories they built (the
  // batch algorithm's refinement), with those of earlier runs killed before their settle. One transaction: a kill
  // here leaves them pending for the next run. Nothing pending (a rerun of settled inputs) costs one lookup.
  if (settles) {
    totals.regrouped = await store.write(async (tx) => (await state.settle(tx)).size)
    if (totals.stored > 0 || totals.regrouped > 0) onProgress(totals, false)
  }
  // The next run restores the state from a snapshot and replays only what came after it (issue 19): store a new
  // one when this run left the stored one far behind. Its own transaction: a kill here loses only the shortcut.
  if (state.isSnapshotDue) await store.write((tx) => state.storeSnapshot(tx))
  return totals
}

/** In flight per worker: enough to keep it busy while the main thread commits a batch. */
const WINDOW_PER_WORKER = 256
const WORKER_ROLE = 'parallax-ingest-prepare'

/**
 * The inputs, prepared, in input order. With `workers` > 0 the preparation runs in that many worker threads
 * while the main thread groups and writes (SQLite stays on one connection); 0 prepares inline.
 */
async function* readyInOrder(documents: AsyncIterable<RawDocument | Skipped> | Iterable<RawDocument | Skipped>, workers: number): AsyncGenerator<Ready | Skipped> {
  if (workers === 0) {
    // On demand: what storeBatch never reads (everything costly of an exact copy) is never made.
    for await (const item of documents) yield 'kind' in item ? item : readyOnDemand(item)
    return
  }
  const pool = Array.from({ length: workers }, () => new PrepareWorker())
  try {
    const queue: Promise<Ready | PreparedText | Skipped>[] = []
    let turn = 0
    for await (const item of documents) {
      queue.push('kind' in item ? Promise.resolve(item) : (pool[turn++ % workers] as PrepareWorker).prepare(item))
      while (queue.length >= WINDOW_PER_WORKER * workers) yield readyOf(await (queue.shift() as Promise<Ready | PreparedText | Skipped>))
    }
    while (queue.length > 0) yield readyOf(await (queue.shift() as Promise<Ready | PreparedText | Skipped>))
  } finally {
    await Promise.all(pool.map((w) => w.close()))
  }
}

/** What a worker sent, as a Ready: an exact copy came without its costly rest, made here should the store read it. */
function readyOf(result: Ready | PreparedText | Skipped): Ready | Skipped {
  return 'kind' in result || !('declaredLanguage' in result) ? result : onDemand(result)
}

class PrepareWorker {
  readonly #worker: Worker
  readonly #pending = new Map<number, { resolve: (r: Ready | PreparedText | Skipped) => void; reject: (e: Error) => void }>()
  #next = 0

  constructor() {
    const url = import.meta.url
    const options = { workerData: { role: WORKER_ROLE } }
    // From source (tsx, vitest) the worker must register the TypeScript loader itself; the build is plain JS.
    this.#worker = url.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(url)}) })`, { ...options, eval: true })
      : new Worker(new URL(url), options)
    this.#worker.on('message', (m: { id: number; result?: Ready | PreparedText | Skipped; error?: string }) => {
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

  prepare(raw: RawDocument): Promise<Ready | PreparedText | Skipped> {
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
  const seen = new Set<string>()
  parentPort?.on('message', ({ id, raw }: { id: number; raw: RawDocument }) => {
    try {
      parentPort?.postMessage({ id, result: readyUnlessSeen(raw, seen) })
    } catch (error) {
      parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
    }
  })
}

/** Hashes a worker remembers (a few MB); past this it forgets them all, losing only the shortcut. */
const SEEN_LIMIT = 100_000

/**
 * A worker's preparation: complete (plain data, as it crosses to the main thread), except for a text whose hash
 * this worker already prepared. That one is an exact copy of an earlier input (each worker takes its inputs in
 * order), which the store records without reading its language, headline score, signature or features (issue 19).
 */
function readyUnlessSeen(raw: RawDocument, seen: Set<string>): Ready | PreparedText | Skipped {
  const prepared = prepareText(raw)
  if ('kind' in prepared || seen.has(prepared.hash)) return prepared
  if (seen.size >= SEEN_LIMIT) seen.clear()
  seen.add(prepared.hash)
  return { ...onDemand(prepared) }
}

/**
 * What the store keeps of a prepared document, before the corpus decides its id, story and duplicate group. Its
 * wire credit, signature, terms, language and headline score are read from `doc` when first read: storeBatch
 * reads none of them for an exact copy of a stored article (see readyOnDemand).
 */
export function candidateOf(doc: Ready): ArticleCandidate {
  let wire: string | null | undefined
  let terms: ArticleCandidate['terms'] | undefined
  const candidate: ArticleCandidate = {
    get wire() {
      if (wire === undefined) wire = detectWireCredit(doc.text, doc.byline)
      return wire
    },
    get signature() {
      return doc.signature
    },
    get terms() {
      return (terms ??= roundTerms(doc.features))
    },
    publishedAt: doc.publishedAt,
    get language() {
      return doc.language
    },
    sourceInfo: doc.sourceInfo,
    contentHash: doc.hash,
    format: doc.raw.format,
    content: doc.raw.content,
    text: doc.text,
    title: doc.title,
    searchText: doc.searchText,
  }
  // Only a headline has a score (the key is absent otherwise), and whether there is one is known before scoring it.
  if (doc.isHeadline) Object.defineProperty(candidate, 'headlineScore', { enumerable: true, get: () => doc.headlineScore })
  return candidate
}
