/** The queues `parallax worker` serves, in the order a worker looks at them (grouping first: it unblocks stories). */
export const QUEUES = {
  group: 'parallax-group',
  fetch: 'parallax-fetch',
  extract: 'parallax-extract',
  analyse: 'parallax-analyse',
} as const

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]

export const QUEUE_ORDER: readonly QueueName[] = [QUEUES.group, QUEUES.fetch, QUEUES.extract, QUEUES.analyse]

/** Items per extract job: 25 keeps the per-job overhead (two round trips to pg-boss) under 5% of the work on text inputs. */
export const EXTRACT_CHUNK = 25

/** Items per grouping transaction: the same 500 as `parallax ingest`'s batch (one commit per 500 articles). */
export const GROUP_BATCH = 500
