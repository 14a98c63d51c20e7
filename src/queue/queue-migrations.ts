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
  {
    version: 2,
    name: 'corpus generation: bumped whenever stored articles change story',
    // Superseded by the store's own migration 3 (corpus_generation, read by CorpusState.sync for every writer);
    // this table is no longer read. Kept: released migrations are never edited.
    // Workers keep their grouping state for their lifetime and only catch up with new articles; a merge, split or
    // regroup (\`parallax stories …\`) moves stored ones. The trigger makes any such move visible, so a worker
    // rebuilds its state instead of grouping against stories that no longer exist. Statement-level: one bump per
    // UPDATE, however many rows it moves.
    sql: `
CREATE TABLE queue_corpus_generation (id INTEGER PRIMARY KEY CHECK (id = 1), generation BIGINT NOT NULL);
INSERT INTO queue_corpus_generation VALUES (1, 0);
CREATE FUNCTION queue_bump_corpus_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE queue_corpus_generation SET generation = generation + 1 WHERE id = 1;
  RETURN NULL;
END $$;
CREATE TRIGGER articles_story_moved AFTER UPDATE OF story_id ON articles
  FOR EACH STATEMENT EXECUTE FUNCTION queue_bump_corpus_generation();`,
  },
  {
    version: 3,
    name: 'items by batch',
    // The grouper settles an enqueued batch when its last item is grouped (group-items.ts): it looks up the
    // batch's pending items and stored articles, once per batch, without scanning the whole queue history.
    sql: `CREATE INDEX queue_items_batch ON queue_items (batch);`,
  },
]
