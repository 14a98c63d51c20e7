import type { Command } from 'commander'
import type { IngestTotals } from '../../corpus/index.js'
import { AppError } from '../../model/index.js'
import { addInputFlags, readOptionsFrom, type InputFlags } from '../input-flags.js'
import { loadOutletRegistry, OUTLETS_HELP } from '../load-outlet-registry.js'
import { outletsInOrder } from '../outlets-in-order.js'

interface IngestFlags extends InputFlags {
  readonly db?: string
  readonly outlets?: string
  readonly quiet?: boolean
  readonly jobs?: string
}

export function register(program: Command): void {
  const command = program
    .command('ingest')
    .description('Store articles (files, directories, URLs, feeds, WARC, JSON Lines) and group them into stories; safe to rerun')
    .argument('<input...>', 'inputs to read')
    .option('--db <path>', 'database file (default: $PARALLAX_DB or ~/.local/share/parallax/parallax.db)')
  // The same reading flags as compare: --outlet per input in order, --allow-private, --max-bytes.
  addInputFlags(command)
    .option('--quiet', 'no progress on stderr')
    .option('--jobs <n>', 'worker threads that read, hash and featurise (default: cores − 1, at most 3)')
    .option('--outlets <file>', OUTLETS_HELP)
    .action(async (inputs: string[], opts: IngestFlags) => {
      // The store, the readers and the pipeline load when the command runs, not when it is registered.
      const [{ defaultIngestWorkers, ingestDocuments }, { readInputs }, { openConfiguredStore }] = await Promise.all([
        import('../../corpus/index.js'),
        import('../../ingest/index.js'),
        import('../../store/postgres/index.js'),
      ])
      const jobs = opts.jobs === undefined ? defaultIngestWorkers() : Number(opts.jobs)
      if (!Number.isInteger(jobs) || jobs < 0) throw new AppError('invalid_input', `--jobs must be a whole number ≥ 0, got "${opts.jobs}"`)
      const outletRegistry = await loadOutletRegistry(opts.outlets)
      const store = await openConfiguredStore({ db: opts.db, ...busyTimeout() })
      try {
        const progress = opts.quiet ? () => {} : progressPrinter()
        const { outlets, ...readOptions } = readOptionsFrom(opts)
        const documents = outletsInOrder(readInputs(inputs, readOptions), outlets ?? [], (line) => process.stderr.write(`${line}\n`))
        const totals = await ingestDocuments(store, documents, progress, { workers: jobs, ...(outletRegistry ? { outletRegistry } : {}) })
        progress(totals, true)
        if (totals.stored + totals.revised + totals.unchanged + totals.copies === 0 && totals.skipped > 0) process.exitCode = 1
      } finally {
        await store.close()
      }
    })
}

/** PARALLAX_BUSY_TIMEOUT_MS: how long to wait for another process's write (default 30,000 ms, see openSqliteStore). */
function busyTimeout(): { busyTimeoutMs?: number } {
  const ms = Number(process.env['PARALLAX_BUSY_TIMEOUT_MS'])
  return Number.isInteger(ms) && ms >= 0 ? { busyTimeoutMs: ms } : {}
}

function progressPrinter(): (totals: IngestTotals, done: boolean) => void {
  const isTty = process.stderr.isTTY === true
  let last = ''
  return (t, done) => {
    const seconds = Math.max(0.001, (Date.now() - t.startedAt) / 1000)
    const regrouped = t.regrouped > 0 ? `, ${t.regrouped} regrouped` : ''
    const counts = `ingest: ${t.read} read, ${t.stored} new, ${t.revised} revised, ${t.unchanged} unchanged, ${t.copies} copies, ${t.skipped} skipped${regrouped}`
    const line = `${counts} (${Math.round(t.read / seconds)}/s)`
    if (isTty) process.stderr.write(`\r${line}${done ? '\n' : ''}`)
    else if (counts !== last) process.stderr.write(`${line}\n`)
    last = counts
  }
}
