import type Database from 'better-sqlite3'
import {
  DEFAULT_STORY_LIMIT,
  MEMBER_COLUMNS,
  SEEN,
  STORY_COLUMNS,
  groupOutlets,
  pickStoryId,
  toStoryDetail,
  toStorySummary,
  type StoredArticleRow,
  type StoryRow,
} from '../rows.js'
import type { StoryDetail, StoryQuery, StorySummary } from '../store.js'

/** The newest stories from their stored views (migration 6): a walk down the stories_last_seen index, no aggregate. */
export function listStories(db: Database.Database, query: StoryQuery): StorySummary[] {
  const params: unknown[] = [query.since ?? '']
  let where = ''
  if (query.query !== undefined && query.query.trim() !== '') {
    where = `AND story_id IN (SELECT a.story_id FROM article_search s JOIN articles a ON a.seq = s.rowid WHERE article_search MATCH ?)`
    params.push(toMatchExpression(query.query))
  }
  if (query.after !== undefined) {
    where += ' AND (last_seen < ? OR (last_seen = ? AND story_id > ?))'
    params.push(query.after.lastSeen, query.after.lastSeen, query.after.storyId)
  }
  params.push(query.limit ?? DEFAULT_STORY_LIMIT)
  const rows = prepared(db, `SELECT ${STORY_COLUMNS} FROM stories WHERE last_seen >= ? ${where} ORDER BY last_seen DESC, story_id LIMIT ?`)
    .all(...params) as StoryRow[]
  return rows.map(toStorySummary)
}

/** See Store.storyListVersion. */
export function storyListVersion(db: Database.Database): number {
  return (prepared(db, 'SELECT version FROM story_list_version WHERE id = 1').get() as { version: number }).version
}

/** See Store.getStoryVersion. */
export function findStoryVersion(db: Database.Database, idOrPrefix: string): { storyId: string; version: string } | null {
  const ids = storyIdsLike(db, idOrPrefix)
  const storyId = pickStoryId(ids, idOrPrefix)
  if (storyId === null) return null
  return { storyId, version: ids.find((r) => r.story_id === storyId)?.version ?? '' }
}

function storyIdsLike(db: Database.Database, idOrPrefix: string): { story_id: string; version: string }[] {
  // A whole id (every link the UI and the API give) is one primary-key look-up; only a prefix scans the stories
  // (a story page or report request read every story row to check its version: issue 19).
  const exact = prepared(db, 'SELECT story_id, version FROM stories WHERE story_id = ?').get(idOrPrefix) as { story_id: string; version: string } | undefined
  if (exact !== undefined) return [exact]
  return db
    .prepare(`SELECT story_id, version FROM stories WHERE story_id = ? OR substr(story_id, 1, length(?)) = ? ORDER BY story_id LIMIT 6`)
    .all(idOrPrefix, idOrPrefix, idOrPrefix) as { story_id: string; version: string }[]
}

export function findStory(db: Database.Database, idOrPrefix: string): StoryDetail | null {
  const ids = storyIdsLike(db, idOrPrefix)
  const storyId = pickStoryId(ids, idOrPrefix)
  if (storyId === null) return null
  const rows = db
    .prepare(
      `SELECT ${MEMBER_COLUMNS}, a.revision, r.format, r.content, r.text,
              (SELECT source FROM article_sources WHERE article_id = a.article_id ORDER BY rowid LIMIT 1) AS source,
              (SELECT url FROM article_sources WHERE article_id = a.article_id AND url IS NOT NULL ORDER BY rowid LIMIT 1) AS url
       FROM articles a JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision
       WHERE a.story_id = ? ORDER BY ${SEEN}, a.seq`,
    )
    .all(storyId) as (StoredArticleRow)[]
  const outlets = outletsOf(db, rows.map((r) => r.article_id))
  return toStoryDetail(storyId, ids.find((r) => r.story_id === storyId)?.version ?? '', rows, outlets)
}

/** Every outlet each article was stored from, in storage order (sorted here: ORDER BY rowid in SQL scanned the whole table). */
export function outletsOf(db: Database.Database, articleIds: readonly string[]): Map<string, string[]> {
  const rows = db
    .prepare(`SELECT rowid AS n, article_id, outlet FROM article_sources WHERE article_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(articleIds)) as { n: number; article_id: string; outlet: string }[]
  return groupOutlets(rows.sort((x, y) => x.n - y.n))
}

/** Each word becomes a quoted FTS5 phrase, all required: user text never reaches the FTS5 query syntax. */
function toMatchExpression(query: string): string {
  return query
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(' ')
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/**
 * `sql` prepared once per database: the reads every page and list request makes (the list version, a story's
 * version) cost ~20 µs each to prepare again, about as much as running them (issue 19's serve bench). SQLite
 * prepares a statement again by itself when the schema changes.
 */
function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(db)
  if (cache === undefined) {
    cache = new Map()
    statements.set(db, cache)
  }
  let statement = cache.get(sql)
  if (statement === undefined) {
    statement = db.prepare(sql)
    cache.set(sql, statement)
  }
  return statement
}
