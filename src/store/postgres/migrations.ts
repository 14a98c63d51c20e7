/**
 * PostgreSQL schema migrations, the twin of ../migrations (SQLite): same tables, columns and version numbers,
 * so `schemaVersion()` means the same on both. Differences: BIGSERIAL for AUTOINCREMENT, BYTEA for BLOB, and
 * migration 2 is a tsvector column with a GIN index instead of an FTS5 table. Timestamps stay ISO 8601 TEXT,
 * as in SQLite, so both stores return byte-identical values. Never edit a released migration: add the next one.
 */
export interface PostgresMigration {
  readonly version: number
  readonly name: string
  readonly sql: string
}

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'articles, revisions, sources, stories, analyses, corrections',
    sql: `
CREATE TABLE stories (
  story_id   TEXT PRIMARY KEY,
  created_at TEXT NOT NULL
);
CREATE TABLE articles (
  seq             BIGSERIAL PRIMARY KEY,
  article_id      TEXT NOT NULL UNIQUE,
  story_id        TEXT NOT NULL REFERENCES stories(story_id),
  outlet          TEXT NOT NULL,
  published_at    TEXT,
  first_seen_at   TEXT NOT NULL,
  language        TEXT NOT NULL,
  revision        INTEGER NOT NULL DEFAULT 1,
  duplicate_group TEXT NOT NULL,
  wire            TEXT,
  signature       BYTEA NOT NULL,
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
  id         BIGSERIAL UNIQUE,
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
  id          BIGSERIAL PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  story_id    TEXT NOT NULL,
  article_ids TEXT NOT NULL,
  created_at  TEXT NOT NULL
);`,
  },
  {
    version: 2,
    name: 'full-text search over folded title and text',
    // 'simple': no stemming or stop words, like FTS5's unicode61 over the caller-folded text in SQLite
    sql: `
ALTER TABLE articles ADD COLUMN search tsvector NOT NULL DEFAULT ''::tsvector;
CREATE INDEX articles_search ON articles USING GIN (search);`,
  },
  {
    version: 3,
    name: 'corpus generation: bumped whenever stored articles change story',
    // As SQLite's migration 3. Statement-level: one bump per UPDATE, however many rows it moves.
    sql: `
CREATE TABLE corpus_generation (id INTEGER PRIMARY KEY CHECK (id = 1), generation BIGINT NOT NULL);
INSERT INTO corpus_generation VALUES (1, 0);
CREATE FUNCTION bump_corpus_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE corpus_generation SET generation = generation + 1 WHERE id = 1;
  RETURN NULL;
END $$;
CREATE TRIGGER articles_story_moved_store AFTER UPDATE OF story_id ON articles
  FOR EACH STATEMENT EXECUTE FUNCTION bump_corpus_generation();`,
  },
  {
    version: 4,
    name: 'headline framing score of a revision, null when its title is not a headline',
    sql: `ALTER TABLE revisions ADD COLUMN headline_score DOUBLE PRECISION;`,
  },
  {
    version: 5,
    name: 'pending settle: the new articles of ingest runs not yet settled',
    // As SQLite's migration 5.
    sql: `CREATE TABLE pending_settle (article_id TEXT PRIMARY KEY REFERENCES articles (article_id) ON DELETE CASCADE);`,
  },
  {
    version: 6,
    name: 'stored story views: story rows carry what the list shows; stored reports',
    // As SQLite's migration 6. Statement-level triggers with transition tables: a batch insert of 500 articles
    // notes its stories in one statement, not 500. (A transition table cannot go with UPDATE OF columns, so every
    // update of an article marks its stories: the only ones are a move and a new revision, both of which count.)
    sql: `
ALTER TABLE stories ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN first_seen TEXT NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN last_seen TEXT NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN outlets TEXT NOT NULL DEFAULT '[]';
ALTER TABLE stories ADD COLUMN members TEXT NOT NULL DEFAULT '[]';
ALTER TABLE stories ADD COLUMN version TEXT NOT NULL DEFAULT '';
CREATE INDEX stories_last_seen ON stories (last_seen COLLATE "C" DESC, story_id COLLATE "C");
CREATE TABLE stale_stories (story_id TEXT PRIMARY KEY);
INSERT INTO stale_stories (story_id) SELECT story_id FROM stories;
CREATE TABLE story_list_version (id INTEGER PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL);
INSERT INTO story_list_version VALUES (1, 0);
CREATE TABLE story_reports (
  story_id   TEXT PRIMARY KEY REFERENCES stories (story_id) ON DELETE CASCADE,
  key        TEXT NOT NULL,
  report     TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE FUNCTION stale_stories_of_new_articles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stale_stories (story_id) SELECT DISTINCT story_id FROM new_rows ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE FUNCTION stale_stories_of_changed_articles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stale_stories (story_id) SELECT story_id FROM old_rows UNION SELECT story_id FROM new_rows ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE FUNCTION stale_stories_of_removed_articles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stale_stories (story_id) SELECT DISTINCT story_id FROM old_rows ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE FUNCTION stale_stories_of_new_sources() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stale_stories (story_id)
    SELECT DISTINCT a.story_id FROM new_rows n JOIN articles a ON a.article_id = n.article_id ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER story_view_article_added AFTER INSERT ON articles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stale_stories_of_new_articles();
CREATE TRIGGER story_view_article_changed AFTER UPDATE ON articles
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stale_stories_of_changed_articles();
CREATE TRIGGER story_view_article_removed AFTER DELETE ON articles
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stale_stories_of_removed_articles();
CREATE TRIGGER story_view_source_added AFTER INSERT ON article_sources
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stale_stories_of_new_sources();`,
  },
  {
    version: 7,
    name: 'corpus snapshot: the dedupe and grouping state as of one article, so writers replay only what came after',
    // As SQLite's migration 7. Row-level triggers: a statement-level one with transition tables cannot name the
    // columns (UPDATE OF), and a new revision (which updates articles.revision) must not drop the snapshot.
    sql: `
CREATE TABLE corpus_snapshot (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  seq        BIGINT NOT NULL,
  state      BYTEA NOT NULL,
  created_at TEXT NOT NULL
);
CREATE FUNCTION drop_corpus_snapshot() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM corpus_snapshot WHERE seq >= OLD.seq;
  RETURN NULL;
END $$;
CREATE TRIGGER corpus_snapshot_article_changed AFTER UPDATE OF article_id, story_id, duplicate_group, published_at, signature, terms ON articles
  FOR EACH ROW EXECUTE FUNCTION drop_corpus_snapshot();
CREATE TRIGGER corpus_snapshot_article_removed AFTER DELETE ON articles
  FOR EACH ROW EXECUTE FUNCTION drop_corpus_snapshot();`,
  },
  {
    version: 8,
    name: 'corpus snapshot in parts: its first part stays in corpus_snapshot.state, the others a row each',
    // As SQLite's migration 8. Row-level: a statement-level trigger would also fire for a DELETE that kept the row.
    sql: `
CREATE TABLE corpus_snapshot_parts (
  n     INTEGER PRIMARY KEY,
  bytes BYTEA NOT NULL
);
CREATE FUNCTION drop_corpus_snapshot_parts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM corpus_snapshot_parts;
  RETURN NULL;
END $$;
CREATE TRIGGER corpus_snapshot_dropped AFTER DELETE ON corpus_snapshot
  FOR EACH ROW EXECUTE FUNCTION drop_corpus_snapshot_parts();`,
  },
]
