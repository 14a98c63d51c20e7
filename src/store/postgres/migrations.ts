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
]
