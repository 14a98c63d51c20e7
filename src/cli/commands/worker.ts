import type { Command } from 'commander'
import { AppError } from '../../model/index.js'
import { loadOutletRegistry, OUTLETS_HELP } from '../load-outlet-registry.js'

/** `parallax worker`: runs fetch, extract, grouping and analyse jobs from the PostgreSQL job queue. */
export function register(program: Command): void {
  program
    .command('worker')
    .description('Run queued jobs (fetch, extract, group, analyse) from the PostgreSQL queue at $DATABASE_URL; start any number, on any machines')
    .option('--concurrency <n>', 'job loops in this process (one per core is enough: the work is CPU-bound)', '1')
    .option('--exit-when-idle', 'stop once no job is waiting or running and every item is stored')
    .option('--quiet', 'no summary on stderr')
    .option('--outlets <file>', `${OUTLETS_HELP} (give every worker the same file)`)
    .action(async (opts: { concurrency: string; exitWhenIdle?: boolean; quiet?: boolean; outlets?: string }) => {
      const concurrency = Number(opts.concurrency)
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
        throw new AppError('invalid_input', `--concurrency must be an integer from 1 to 64, got "${opts.concurrency}"`)
      }
      const outletRegistry = await loadOutletRegistry(opts.outlets)
      // The queue (pg-boss, pg) and the pipeline load when the command runs, not when it is registered.
      const { openQueue, runWorker } = await import('../../queue/index.js')
      const ctx = await openQueue(await requireDatabaseUrl())
      // SIGTERM/SIGINT: finish the job in hand, then stop (a second signal kills at once, as usual).
      const stop = new AbortController()
      const onSignal = () => {
        stop.abort()
        process.off('SIGTERM', onSignal)
        process.off('SIGINT', onSignal)
      }
      process.on('SIGTERM', onSignal)
      process.on('SIGINT', onSignal)
      try {
        const totals = await runWorker(ctx, {
          concurrency,
          signal: stop.signal,
          ...(opts.exitWhenIdle ? { exitWhenIdle: true } : {}),
          ...(outletRegistry ? { outletRegistry } : {}),
        })
        if (!opts.quiet) {
          const done = Object.entries(totals.done).map(([q, n]) => `${n} ${q.replace('parallax-', '')}`)
          process.stderr.write(`worker: ${done.join(', ')} jobs done, ${totals.failed} failed\n`)
        }
      } finally {
        process.off('SIGTERM', onSignal)
        process.off('SIGINT', onSignal)
        await ctx.close()
      }
    })
}

/** The queue lives in PostgreSQL only: SQLite is one machine's file, and one `parallax ingest` already uses it fully. */
export async function requireDatabaseUrl(): Promise<string> {
  const { postgresUrl } = await import('../../store/postgres/index.js')
  const url = postgresUrl(process.env)
  if (url === null) {
    throw new AppError('invalid_input', 'workers need PostgreSQL: set DATABASE_URL=postgres://user:password@host:port/db (see docs/SCALING.md)')
  }
  return url
}
