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
import type { Queryable } from './queryable.js'

export async function listStories(db: Queryable, query: StoryQuery): Promise<StorySummary[]> {
  const params: unknown[] = [query.since ?? '', query.limit ?? DEFAULT_STORY_LIMIT]
  let where = ''
  if (query.query !== undefined && query.query.trim() !== '') {
    // plainto_tsquery: user text never reaches the tsquery syntax; all words required ("&"), as in SQLite.
    where = `WHERE a.story_id IN (SELECT story_id FROM articles WHERE search @@ plainto_tsquery('simple', $3))`
    params.push(query.query)
  }
  // COLLATE "C": byte order, as SQLite's default BINARY collation, so both stores list in the same order.
  const { rows: stories } = await db.query<{ storyId: string; firstSeen: string; lastSeen: string }>(
    `SELECT a.story_id AS "storyId", MIN(${SEEN}) AS "firstSeen", MAX(${SEEN}) AS "lastSeen" FROM articles a ${where}
     GROUP BY a.story_id HAVING MAX(${SEEN}) >= $1 ORDER BY MAX(${SEEN}) COLLATE "C" DESC, a.story_id COLLATE "C" LIMIT $2`,
    params,
  )
  if (stories.length === 0) return []
  const members = await membersOf(db, stories.map((s) => s.storyId))
  return withMembers(stories, members)
}

export async function findStory(db: Queryable, idOrPrefix: string): Promise<StoryDetail | null> {
  const { rows: ids } = await db.query<{ story_id: string }>(
    `SELECT story_id FROM stories WHERE story_id = $1 OR left(story_id, length($1)) = $1 ORDER BY story_id COLLATE "C" LIMIT 6`,
    [idOrPrefix],
  )
  const storyId = pickStoryId(ids, idOrPrefix)
  if (storyId === null) return null
  const { rows } = await db.query<StoredArticleRow>(
    `SELECT ${MEMBER_COLUMNS}, a.language, a.revision, r.format, r.content, r.text,
            (SELECT source FROM article_sources WHERE article_id = a.article_id ORDER BY id LIMIT 1) AS source,
            (SELECT url FROM article_sources WHERE article_id = a.article_id AND url IS NOT NULL ORDER BY id LIMIT 1) AS url
     FROM articles a JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision
     WHERE a.story_id = $1 ORDER BY ${SEEN} COLLATE "C", a.seq`,
    [storyId],
  )
  const outlets = await outletsOf(db, rows.map((r) => r.article_id))
  return toStoryDetail(storyId, rows, outlets)
}

async function membersOf(db: Queryable, storyIds: readonly string[]): Promise<Map<string, StoryMember[]>> {
  const { rows } = await db.query<MemberRow>(
    `SELECT ${MEMBER_COLUMNS} FROM articles a JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision
     WHERE a.story_id = ANY($1::text[]) ORDER BY ${SEEN} COLLATE "C", a.seq`,
    [storyIds],
  )
  const outlets = await outletsOf(db, rows.map((r) => r.article_id))
  return groupMembers(rows, outlets)
}

async function outletsOf(db: Queryable, articleIds: readonly string[]): Promise<Map<string, string[]>> {
  const { rows } = await db.query<{ article_id: string; outlet: string }>(
    `SELECT article_id, outlet FROM article_sources WHERE article_id = ANY($1::text[]) ORDER BY id`,
    [articleIds],
  )
  return groupOutlets(rows)
}

