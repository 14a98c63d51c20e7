/**
 * Versioned schema migrations, applied in order inside one transaction each; `schema_migrations` records
 * which ran. Never edit a released migration: add the next one. SQL is the common subset of SQLite and
 * PostgreSQL where possible; the full-text table is SQLite-only (migration 2) and will have a tsvector twin.
 */
export interface Migration {
  readonly version: number
  readonly name: string
  readonly sql: string
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, revisions, sources, stories, analyses, corrections',
    sql: `
CREATE TABLE stories (
  story_id   TEXT PRIMARY KEY,
  created_at TEXT NOT NULL
);
CREATE TABLE articles (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id      TEXT NOT NULL UNIQUE,
  story_id        TEXT NOT NULL REFERENCES stories(story_id),
  outlet          TEXT NOT NULL,
  published_at    TEXT,
  first_seen_at   TEXT NOT NULL,
  language        TEXT NOT NULL,
  revision        INTEGER NOT NULL DEFAULT 1,
  duplicate_group TEXT NOT NULL,
  wire            TEXT,
  signature       BLOB NOT NULL,
  terms           TEXT NOT NULL
);
CREATE INDEX articles_story ON articles(story_id);
CREATE TABLE revisions (
  article_id   TEXT NOT NULL REFERENCES articles(article_id),
  revision     INTEGER NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  format       TEXT NOT NULL CHECK (format IN ('text', 'html')),
  content      TEXT NOT NULL,
  text         TEXT NOT NULL,
  title        TEXT NOT NULL,
  stored_at    TEXT NOT NULL,
  PRIMARY KEY (article_id, revision)
);
CREATE TABLE article_sources (
  location   TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(article_id),
  source     TEXT NOT NULL,
  url        TEXT,
  outlet     TEXT NOT NULL,
  seen_at    TEXT NOT NULL
);
CREATE INDEX article_sources_article ON article_sources(article_id);
CREATE TABLE analyses (
  article_id TEXT NOT NULL REFERENCES articles(article_id),
  revision   INTEGER NOT NULL,
  analyzer   TEXT NOT NULL,
  result     TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (article_id, revision, analyzer)
);
CREATE TABLE corrections (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  kind        TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  story_id    TEXT NOT NULL,
  article_ids TEXT NOT NULL,
  created_at  TEXT NOT NULL
);`,
  },
  {
    version: 2,
    name: 'full-text search over folded title and text',
    // contentless (the text lives in revisions) but deletable, so a new revision can replace its row
    sql: `CREATE VIRTUAL TABLE article_search USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');`,
  },
  {
    version: 3,
    name: 'corpus generation: bumped whenever stored articles change story',
    // Long-lived writers (the HTTP API, queue workers) keep their grouping state and only catch up with new
    // articles; a merge, split or regroup moves stored ones. The trigger makes every move visible, so they
    // rebuild their state instead of grouping against stories that no longer exist.
    sql: `
CREATE TABLE corpus_generation (id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL);
INSERT INTO corpus_generation VALUES (1, 0);
CREATE TRIGGER articles_story_moved AFTER UPDATE OF story_id ON articles
BEGIN
  UPDATE corpus_generation SET generation = generation + 1 WHERE id = 1;
END;`,
  },
  {
    version: 4,
    name: 'headline framing score of a revision, null when its title is not a headline',
    // The story's title is its most neutral headline (docs/REPORT.md): chosen from this column when listing stories.
    sql: `ALTER TABLE revisions ADD COLUMN headline_score REAL;`,
  },
  {
    version: 5,
    name: 'pending settle: the new articles of ingest runs not yet settled',
    // Written in the transaction that stores each batch, cleared by the one that settles them: a run killed
    // before its settle committed leaves its articles here, and the next run settles them with its own
    // (CorpusState.settle), so a kill never leaves stories as one-pass grouping made them.
    sql: `CREATE TABLE pending_settle (article_id TEXT PRIMARY KEY REFERENCES articles (article_id) ON DELETE CASCADE);`,
  },
  {
    version: 6,
    name: 'stored story views: story rows carry what the list shows; stored reports',
    // The story list read a GROUP BY over every article per request (86 ms at 20k articles). Story rows now carry
    // their title, first/last seen, count, outlets and members (JSON), and a content version, recomputed from the
    // articles of each story a write touched, before it commits (refreshStoryViews): triggers note the touched
    // stories in stale_stories, so every path that changes articles is covered, and the backfill of an existing
    // store is the same refresh over every story (run by the opener right after this migration).
    sql: `
ALTER TABLE stories ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN first_seen TEXT NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN last_seen TEXT NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN outlets TEXT NOT NULL DEFAULT '[]';
ALTER TABLE stories ADD COLUMN members TEXT NOT NULL DEFAULT '[]';
ALTER TABLE stories ADD COLUMN version TEXT NOT NULL DEFAULT '';
CREATE INDEX stories_last_seen ON stories (last_seen DESC, story_id);
CREATE TABLE stale_stories (story_id TEXT PRIMARY KEY);
INSERT INTO stale_stories (story_id) SELECT story_id FROM stories;
CREATE TABLE story_list_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
INSERT INTO story_list_version VALUES (1, 0);
CREATE TABLE story_reports (
  story_id   TEXT PRIMARY KEY REFERENCES stories (story_id) ON DELETE CASCADE,
  key        TEXT NOT NULL,
  report     TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TRIGGER story_view_article_added AFTER INSERT ON articles
BEGIN
  INSERT OR IGNORE INTO stale_stories (story_id) VALUES (NEW.story_id);
END;
CREATE TRIGGER story_view_article_changed AFTER UPDATE ON articles
BEGIN
  INSERT OR IGNORE INTO stale_stories (story_id) VALUES (OLD.story_id);
  INSERT OR IGNORE INTO stale_stories (story_id) VALUES (NEW.story_id);
END;
CREATE TRIGGER story_view_article_removed AFTER DELETE ON articles
BEGIN
  INSERT OR IGNORE INTO stale_stories (story_id) VALUES (OLD.story_id);
END;
CREATE TRIGGER story_view_source_added AFTER INSERT ON article_sources
BEGIN
  INSERT OR IGNORE INTO stale_stories (story_id) SELECT story_id FROM articles WHERE article_id = NEW.article_id;
END;`,
  },
  {
    version: 7,
    name: 'corpus snapshot: the dedupe and grouping state as of one article, so writers replay only what came after',
    // Every writer used to rebuild its state by replaying the whole corpus (10.9 s and 644 MiB to add one article to
    // 20k). The snapshot is that replay's result up to article seq (CorpusState, src/corpus/corpus-snapshot.ts).
    // It is only valid while every article up to seq is as the replay read it, so any change to a column the
    // replay reads (a move by settle, merge, split or regroup; a deletion) drops snapshots at or after that
    // article: the next writer then replays from an older point, or from the start, as before. No backfill here:
    // the first writer after this migration replays once and stores one.
    sql: `
CREATE TABLE corpus_snapshot (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  seq        INTEGER NOT NULL,
  state      BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TRIGGER corpus_snapshot_article_changed AFTER UPDATE OF article_id, story_id, duplicate_group, published_at, signature, terms ON articles
BEGIN
  DELETE FROM corpus_snapshot WHERE seq >= OLD.seq;
END;
CREATE TRIGGER corpus_snapshot_article_removed AFTER DELETE ON articles
BEGIN
  DELETE FROM corpus_snapshot WHERE seq >= OLD.seq;
END;`,
  },
  {
    version: 8,
    name: 'corpus snapshot in parts: its first part stays in corpus_snapshot.state, the others a row each',
    // A snapshot of MBs read as one value cost ~35 ms at 6,340 articles: SQLite assembles a value that spans
    // overflow pages into one malloc'd buffer, fresh memory at that size (glibc serves it by mmap), and Node copies
    // it again. Parts of up to a few hundred KB reuse the memory the last one freed (see encodeCorpusSnapshot).
    // A snapshot stored before is one part and still read. Dropping the snapshot (the triggers of migration 7)
    // drops its parts.
    sql: `
CREATE TABLE corpus_snapshot_parts (
  n     INTEGER PRIMARY KEY,
  bytes BLOB NOT NULL
);
CREATE TRIGGER corpus_snapshot_dropped AFTER DELETE ON corpus_snapshot
BEGIN
  DELETE FROM corpus_snapshot_parts;
END;`,
  },
]
