import type { VersionedSql } from '../store/postgres/index.js'

/**
 * Tables of the ingest queue, beside the store's tables in the same database (recorded in
 * `queue_migrations`, so the store's and the queue's versions move independently). pg-boss keeps its jobs in
 * its own schema; these tables hold what the jobs work on.
 *
 * `queue_items`: one row per input document, numbered in enqueue order (`ordinal`). Workers prepare items in
 * any order and in parallel; the grouping job consumes them strictly in ordinal order, so the stories do not
 * depend on how many workers there were or which one was fast.
 */
export const QUEUE_MIGRATIONS: readonly VersionedSql[] = [
  {
    version: 1,
    name: 'queue items',
    sql: `
CREATE TABLE queue_items (
  ordinal    BIGSERIAL PRIMARY KEY,
  batch      TEXT NOT NULL,
  source     TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('document', 'url')),
  state      TEXT NOT NULL CHECK (state IN ('queued', 'prepared', 'grouped', 'skipped', 'failed', 'fetched')),
  raw        TEXT,
  prepared   TEXT,
  wants_analysis BOOLEAN NOT NULL DEFAULT FALSE,
  outcome    TEXT,
  article_id TEXT,
  message    TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX queue_items_pending ON queue_items (ordinal) WHERE state IN ('queued', 'prepared');`,
  },
]
