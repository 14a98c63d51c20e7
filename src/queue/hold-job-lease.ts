import type { QueueContext } from './queue-context.js'

/**
 * Keeps a running job's lease alive: every `renewEverySeconds` its expiry is pushed to `leaseSeconds` from now
 * (pg-boss 10 has no heartbeat of its own: a job expires `expire_in` after it started, and its maintenance then
 * retries it). A live worker keeps renewing, so a slow job is never cut short; a worker killed mid-job stops
 * renewing, and its job is retried within about a lease plus a maintenance interval (seconds) instead of after a
 * whole fixed expiry sized for the slowest job (120 s before, which held the whole queue: grouping waits for
 * the dead worker's items). A renewal that fails (database away) is simply tried again on the next beat.
 * Returns a function that stops renewing. Example: `const release = holdJobLease(ctx, name, job.id); … release()`.
 */
export function holdJobLease(ctx: QueueContext, queue: string, jobId: string): () => void {
  const renew = () => {
    ctx.pool
      .query(
        `UPDATE ${ctx.bossSchema}.job SET expire_in = (now() - started_on) + $3 * interval '1 second' WHERE name = $1 AND id = $2 AND state = 'active'`,
        [queue, jobId, ctx.leaseSeconds],
      )
      .catch(() => {})
  }
  const timer = setInterval(renew, ctx.renewEverySeconds * 1000)
  // A worker with nothing else to do must still be able to exit when its job ends.
  timer.unref()
  return () => clearInterval(timer)
}
