import type { Command } from 'commander'
import type { QueueStatus } from '../../queue/index.js'
import { requireDatabaseUrl } from './worker.js'

/** `parallax jobs`: queue inputs for the workers, and show what the queue holds, including failures. */
export function register(program: Command): void {
  const jobs = program
    .command('jobs')
    .description('Show the PostgreSQL job queue: jobs by state, items by state, recent failures with their errors')
    .option('--json', 'JSON instead of text')
    .option('--limit <n>', 'failures to list', '10')
    .action(async (opts: { json?: boolean; limit: string }) => {
      const limit = Math.max(0, Math.floor(Number(opts.limit) || 0))
      // The queue loads when a subcommand runs, not when it is registered.
      const { openQueue, queueStatus } = await import('../../queue/index.js')
      const ctx = await openQueue(await requireDatabaseUrl())
      try {
        const status = await queueStatus(ctx, limit)
        process.stdout.write(opts.json ? `${JSON.stringify(status, null, 2)}\n` : formatStatus(status))
      } finally {
        await ctx.close()
      }
    })

  jobs
    .command('add')
    .description('Queue inputs (files, directories, WARC, feeds, JSON Lines, URLs) for `parallax worker`; files are read here, URLs fetched by a worker')
    .argument('<input...>', 'inputs to queue')
    .option('--outlet <name>', 'outlet name for every input')
    .option('--analyse', 'also analyse each new article (entities, quotes, framing) for `parallax show`')
    .option('--allow-private', 'let workers fetch loopback and private network addresses (off by default: SSRF guard)')
    .action(async (inputs: string[], opts: { outlet?: string; analyse?: boolean; allowPrivate?: boolean }) => {
      // The queue loads when a subcommand runs, not when it is registered.
      const { enqueueInputs, openQueue } = await import('../../queue/index.js')
      const ctx = await openQueue(await requireDatabaseUrl())
      try {
        const totals = await enqueueInputs(ctx, inputs, {
          ...(opts.outlet === undefined ? {} : { outlet: opts.outlet }),
          ...(opts.analyse ? { analyse: true } : {}),
          ...(opts.allowPrivate ? { allowPrivate: true } : {}),
        })
        process.stderr.write(`jobs: queued ${totals.documents} document(s) and ${totals.urls} URL(s), ${totals.skipped} skipped (batch ${totals.batch})\n`)
        if (totals.documents + totals.urls === 0 && totals.skipped > 0) process.exitCode = 1
      } finally {
        await ctx.close()
      }
    })

  jobs
    .command('retry')
    .description('Give every failed job one more attempt (after fixing what made them fail)')
    .action(async () => {
      // The queue loads when a subcommand runs, not when it is registered.
      const { openQueue, retryFailedJobs } = await import('../../queue/index.js')
      const ctx = await openQueue(await requireDatabaseUrl())
      try {
        process.stderr.write(`jobs: ${await retryFailedJobs(ctx)} failed job(s) queued again\n`)
      } finally {
        await ctx.close()
      }
    })
}

function formatStatus(s: QueueStatus): string {
  const lines: string[] = ['jobs:']
  for (const [queue, states] of Object.entries(s.jobs)) {
    const parts = Object.entries(states).map(([state, n]) => `${n} ${state}`)
    lines.push(`  ${queue.replace('parallax-', '').padEnd(8)} ${parts.length === 0 ? 'none' : parts.join(', ')}`)
  }
  const items = Object.entries(s.items).map(([state, n]) => `${n} ${state}`)
  lines.push(`items: ${items.length === 0 ? 'none' : items.join(', ')}`)
  const outcomes = Object.entries(s.outcomes).map(([o, n]) => `${n} ${o}`)
  if (outcomes.length > 0) lines.push(`stored: ${outcomes.join(', ')}`)
  if (s.failedJobs.length > 0) {
    lines.push('failed jobs (newest first):')
    for (const j of s.failedJobs) lines.push(`  ${j.queue.replace('parallax-', '')} ${j.id} after ${j.retries} retries, ${j.at}: ${j.message}`)
  }
  if (s.problemItems.length > 0) {
    lines.push('failed or skipped items (newest first):')
    for (const i of s.problemItems) lines.push(`  #${i.ordinal} ${i.state} ${i.source}: ${i.message}`)
  }
  return `${lines.join('\n')}\n`
}
