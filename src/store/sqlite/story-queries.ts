import type Database from 'better-sqlite3'
import {
  DEFAULT_STORY_LIMIT,
  MEMBER_COLUMNS,
  SEEN,
  groupMembers,
  groupOutlets,
  pickStoryId,
  toStoryDetail,
  withMembers,
  type MemberRow,
  type StoredArticleRow,
} from '../rows.js'
import type { StoryDetail, StoryMember, StoryQuery, StorySummary } from '../store.js'

export function listStories(db: Database.Database, query: StoryQuery): StorySummary[] {
  const params: unknown[] = []
  let where = ''
  if (query.query !== undefined && query.query.trim() !== '') {
    where = `WHERE a.story_id IN (SELECT a2.story_id FROM article_search s JOIN articles a2 ON a2.seq = s.rowid WHERE article_search MATCH ?)`
    params.push(toMatchExpression(query.query))
  }
  params.push(query.since ?? '', query.limit ?? DEFAULT_STORY_LIMIT)
  const stories = db
    .prepare(
      `SELECT a.story_id AS storyId, MIN(${SEEN}) AS firstSeen, MAX(${SEEN}) AS lastSeen FROM articles a ${where}
       GROUP BY a.story_id HAVING MAX(${SEEN}) >= ? ORDER BY lastSeen DESC, a.story_id LIMIT ?`,
    )
    .all(...params) as { storyId: string; firstSeen: string; lastSeen: string }[]
  if (stories.length === 0) return []
  const members = membersOf(db, stories.map((s) => s.storyId))
  return withMembers(stories, members)
}

export function findStory(db: Database.Database, idOrPrefix: string): StoryDetail | null {
  const ids = db
    .prepare(`SELECT story_id FROM stories WHERE story_id = ? OR substr(story_id, 1, length(?)) = ? ORDER BY story_id LIMIT 6`)
    .all(idOrPrefix, idOrPrefix, idOrPrefix) as { story_id: string }[]
  const storyId = pickStoryId(ids, idOrPrefix)
  if (storyId === null) return null
  const rows = db
    .prepare(
      `SELECT ${MEMBER_COLUMNS}, a.language, a.revision, r.format, r.content, r.text,
              (SELECT source FROM article_sources WHERE article_id = a.article_id ORDER BY rowid LIMIT 1) AS source,
              (SELECT url FROM article_sources WHERE article_id = a.article_id AND url IS NOT NULL ORDER BY rowid LIMIT 1) AS url
       FROM articles a JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision
       WHERE a.story_id = ? ORDER BY ${SEEN}, a.seq`,
    )
    .all(storyId) as (StoredArticleRow)[]
  const outlets = outletsOf(db, rows.map((r) => r.article_id))
  return toStoryDetail(storyId, rows, outlets)
}

function membersOf(db: Database.Database, storyIds: readonly string[]): Map<string, StoryMember[]> {
  const rows = db
    .prepare(
      `SELECT ${MEMBER_COLUMNS} FROM articles a JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision
       WHERE a.story_id IN (SELECT value FROM json_each(?)) ORDER BY ${SEEN}, a.seq`,
    )
    .all(JSON.stringify(storyIds)) as MemberRow[]
  const outlets = outletsOf(db, rows.map((r) => r.article_id))
  return groupMembers(rows, outlets)
}

function outletsOf(db: Database.Database, articleIds: readonly string[]): Map<string, string[]> {
  const rows = db
    .prepare(`SELECT article_id, outlet FROM article_sources WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`)
    .all(JSON.stringify(articleIds)) as { article_id: string; outlet: string }[]
  return groupOutlets(rows)
}

/** Each word becomes a quoted FTS5 phrase, all required: user text never reaches the FTS5 query syntax. */
function toMatchExpression(query: string): string {
  return query
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(' ')
}
