import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { runCompareJob, type CompareJob, type CompareJobResult } from './compare-job.js'
import { ApiError } from './errors.js'
import { DEFAULT_COMPARE_QUEUE, DEFAULT_COMPARE_TIMEOUT_MS } from './serve-defaults.js'

export interface ComparePoolOptions {
  /** Worker threads (default: cores − 1, at least 1, at most 2: the main thread keeps a core for serving). */
  readonly workers?: number
  /** Jobs that may wait for a free worker; one more is refused with 503 (default 8). */
  readonly queue?: number
  /** A job running longer is stopped (its worker terminated) and answered 504 (default 60 s). */
  readonly timeoutMs?: number
  /** Heap limit of a worker in MB (default 2048); a comparison that needs more is answered 413. */
  readonly maxMemoryMb?: number
}

export { DEFAULT_COMPARE_QUEUE, DEFAULT_COMPARE_TIMEOUT_MS }
/** Seconds a client refused as busy is told to wait (Retry-After): about one typical comparison per queued job. */
const BUSY_RETRY_AFTER_S = 10

const WORKER_ROLE = 'parallax-compare'

interface Waiting {
  readonly job: CompareJob
  readonly transfer: readonly ArrayBuffer[]
  readonly resolve: (result: CompareJobResult) => void
  readonly reject: (error: Error) => void
  readonly signal: AbortSignal | undefined
}

/** Why a job was dropped when its client went away (nobody reads it: the connection is closed). */
const gone = (): ApiError => new ApiError('client_closed', 'the client went away before the comparison was done')

/**
 * Runs comparisons (CompareJob) in worker threads, one job per worker at a time, so a long comparison never
 * blocks the server's event loop: static files and story lists keep answering while it runs. Jobs beyond the
 * free workers wait in a bounded queue (full: 503 `busy` with Retry-After); a job over the time limit has its
 * worker terminated (504 `timeout`) and a fresh worker takes its place. Workers start on first use and do not
 * keep the process alive.
 *
 * @example
 * const pool = new ComparePool({ workers: 1, timeoutMs: 30_000 })
 * const result = await pool.run({ kind: 'request', output: 'json', contentType, body, settings: {} }, [body])
 */
export class ComparePool {
  readonly #size: number
  readonly #queueSize: number
  readonly #timeoutMs: number
  readonly #maxMemoryMb: number
  readonly #idle: CompareWorker[] = []
  readonly #waiting: Waiting[] = []
  #started = 0
  #closed = false

  constructor(options: ComparePoolOptions = {}) {
    this.#size = options.workers ?? Math.max(1, Math.min(2, availableParallelism() - 1))
    this.#queueSize = options.queue ?? DEFAULT_COMPARE_QUEUE
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_COMPARE_TIMEOUT_MS
    this.#maxMemoryMb = options.maxMemoryMb ?? 2048
    if (!(this.#size >= 1) || !(this.#queueSize >= 0) || !(this.#timeoutMs > 0)) throw new Error('compare-pool: workers ≥ 1, queue ≥ 0 and timeoutMs > 0')
  }

  /**
   * Runs `job` in a worker; `transfer` lists buffers moved to it rather than copied (the request body).
   * `isAdmitted`: the second half of a request already admitted (its URLs read), never refused as busy.
   * `signal`: the request's; when its client goes away the job leaves the queue, or its worker is stopped (as
   * on a timeout) so the next job does not wait behind a comparison nobody will read.
   */
  run(job: CompareJob, transfer: readonly ArrayBuffer[] = [], isAdmitted = false, signal?: AbortSignal): Promise<CompareJobResult> {
    if (this.#closed) return Promise.reject(new Error('compare-pool: closed'))
    if (signal?.aborted === true) return Promise.reject(gone())
    const free = this.#idle.length + (this.#size - this.#started)
    if (!isAdmitted && free === 0 && this.#waiting.length >= this.#queueSize) {
      return Promise.reject(
        new ApiError('busy', `the server is busy with other comparisons (${this.#size} running, ${this.#waiting.length} waiting); retry in ${BUSY_RETRY_AFTER_S} s`, { retryAfter: BUSY_RETRY_AFTER_S }),
      )
    }
    return new Promise((resolve, reject) => {
      const waiting: Waiting = { job, transfer, resolve, reject, signal }
      this.#waiting.push(waiting)
      signal?.addEventListener(
        'abort',
        () => {
          const at = this.#waiting.indexOf(waiting)
          if (at < 0) return
          this.#waiting.splice(at, 1)
          reject(gone())
        },
        { once: true },
      )
      this.#dispatch()
    })
  }

  /** Starts the workers now, so the first comparison does not wait for them to load the pipeline. */
  warm(): void {
    while (this.#started < this.#size) this.#idle.push(this.#spawn())
  }

  /** Terminates the workers; waiting and running jobs are rejected. */
  async close(): Promise<void> {
    this.#closed = true
    for (const waiting of this.#waiting.splice(0)) waiting.reject(new Error('compare-pool: closed'))
    await Promise.all(this.#idle.splice(0).map((w) => w.terminate()))
  }

  #spawn(): CompareWorker {
    this.#started++
    return new CompareWorker(this.#maxMemoryMb)
  }

  #dispatch(): void {
    while (this.#waiting.length > 0) {
      const worker = this.#idle.pop() ?? (this.#started < this.#size ? this.#spawn() : undefined)
      if (worker === undefined) return
      const next = this.#waiting.shift() as Waiting
      void this.#runOn(worker, next)
    }
  }

  async #runOn(worker: CompareWorker, { job, transfer, resolve, reject, signal }: Waiting): Promise<void> {
    let isHealthy = true
    try {
      resolve(await worker.run(job, transfer, this.#timeoutMs, signal))
    } catch (error) {
      // A timed-out or crashed worker is gone: its place is taken by a fresh one on demand.
      isHealthy = !(error instanceof WorkerGone)
      reject(error instanceof WorkerGone ? error.reason : (error as Error))
    }
    if (isHealthy && !this.#closed) this.#idle.push(worker)
    else {
      this.#started--
      void worker.terminate()
    }
    if (!this.#closed) this.#dispatch()
  }
}

/** The worker can no longer be used; `reason` is what the client is told. */
class WorkerGone extends Error {
  readonly reason: Error
  constructor(reason: Error) {
    super(reason.message)
    this.reason = reason
  }
}

type Reply = { kind: 'ready' } | { kind: 'result'; result: CompareJobResult } | { kind: 'error'; message: string }

/** One worker thread running one job at a time. */
class CompareWorker {
  readonly #worker: Worker
  readonly #ready: Promise<void>
  #current: { resolve: (r: CompareJobResult) => void; reject: (e: Error) => void } | undefined
  #failure: Error | undefined

  constructor(maxMemoryMb: number) {
    const url = import.meta.url
    const options = { workerData: { role: WORKER_ROLE }, resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } }
    // From source (tsx, vitest) the worker must register the TypeScript loader itself; the build is plain JS
    // (as src/corpus/ingest-documents.ts starts its workers).
    this.#worker = url.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(url)}) })`, { ...options, eval: true })
      : new Worker(new URL(url), options)
    this.#worker.unref()
    let ready = (): void => {}
    this.#ready = new Promise((resolve) => (ready = resolve))
    this.#worker.on('message', (reply: Reply) => {
      if (reply.kind === 'ready') return ready()
      const current = this.#current
      this.#current = undefined
      if (reply.kind === 'result') current?.resolve(reply.result)
      else current?.reject(new Error(`compare: worker failed: ${reply.message}`))
    })
    const fail = (error: Error) => {
      this.#failure ??= error
      ready()
      this.#current?.reject(new WorkerGone(this.#failure))
      this.#current = undefined
    }
    this.#worker.on('error', (error: Error & { code?: string }) =>
      fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ApiError('too_large', `the comparison needed more than ${maxMemoryMb} MB of memory and was stopped: compare fewer or shorter articles`) : error),
    )
    this.#worker.on('exit', (code) => fail(new Error(`compare: worker exited (code ${code})`)))
  }

  async run(job: CompareJob, transfer: readonly ArrayBuffer[], timeoutMs: number, signal?: AbortSignal): Promise<CompareJobResult> {
    await this.#ready
    if (this.#failure !== undefined) throw new WorkerGone(this.#failure)
    return new Promise((resolve, reject) => {
      // Stopping the job stops the worker: a thread cannot be interrupted mid-comparison, only terminated.
      const stop = (failure: Error): void => {
        this.#failure = failure
        this.#current = undefined
        signal?.removeEventListener('abort', onAbort)
        reject(new WorkerGone(failure))
      }
      const onAbort = (): void => {
        clearTimeout(timer)
        stop(gone())
      }
      // The clock starts once the worker has loaded: its start-up (~1–3 s from source) is not the job's fault.
      const timer = setTimeout(
        () => stop(new ApiError('timeout', `the comparison took more than ${timeoutMs / 1000} s and was stopped: compare fewer or shorter articles (parallax compare on the command line has no time limit)`)),
        timeoutMs,
      )
      if (signal?.aborted === true) return onAbort()
      signal?.addEventListener('abort', onAbort, { once: true })
      const settle = <T>(fn: (value: T) => void) => (value: T) => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        fn(value)
      }
      this.#current = { resolve: settle(resolve), reject: settle(reject) }
      this.#worker.postMessage(job, [...transfer])
    })
  }

  async terminate(): Promise<void> {
    await this.#worker.terminate()
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  parentPort?.on('message', (job: CompareJob) => {
    runCompareJob(job).then(
      (result) => parentPort?.postMessage({ kind: 'result', result } satisfies Reply),
      (error: unknown) => parentPort?.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies Reply),
    )
  })
  parentPort?.postMessage({ kind: 'ready' } satisfies Reply)
}
