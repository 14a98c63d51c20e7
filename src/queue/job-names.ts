/** The queues `parallax worker` serves, in the order a worker looks at them (grouping first: it unblocks stories). */
export const QUEUES = {
  group: 'parallax-group',
  fetch: 'parallax-fetch',
  extract: 'parallax-extract',
  analyse: 'parallax-analyse',
} as const

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]

export const QUEUE_ORDER: readonly QueueName[] = [QUEUES.group, QUEUES.fetch, QUEUES.extract, QUEUES.analyse]

/**
 * Items per extract job. A job's own cost (fetch, complete, wake grouping: ~3 round trips, ~2 ms) is under 1%
 * of 25 HTML pages (35 ms CPU each, docs/SCALING.md) and ~15% of 25 plain-text documents (0.55 ms each); larger
 * chunks would leave workers idle at the end of a small batch while one finishes a long job.
 */
export const EXTRACT_CHUNK = 25

/** Items per grouping transaction: the same 500 as `parallax ingest`'s batch (one commit per 500 articles). */
export const GROUP_BATCH = 500
