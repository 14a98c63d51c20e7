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
import type { Queryable } from './queryable.js'

/** The newest stories from their stored views (migration 6): a walk down the stories_last_seen index, no aggregate. */
export async function listStories(db: Queryable, query: StoryQuery): Promise<StorySummary[]> {
  const params: unknown[] = [query.since ?? '', query.limit ?? DEFAULT_STORY_LIMIT]
  let where = ''
  if (query.query !== undefined && query.query.trim() !== '') {
    // plainto_tsquery: user text never reaches the tsquery syntax; all words required ("&"), as in SQLite.
    where = `AND story_id IN (SELECT story_id FROM articles WHERE search @@ plainto_tsquery('simple', $3))`
    params.push(query.query)
  }
  if (query.after !== undefined) {
    const [seen, id] = [params.push(query.after.lastSeen), params.push(query.after.storyId)]
    where += ` AND (last_seen COLLATE "C" < $${seen} OR (last_seen COLLATE "C" = $${seen} AND story_id COLLATE "C" > $${id}))`
  }
  // COLLATE "C": byte order, as SQLite's default BINARY collation, so both stores list in the same order.
  const { rows } = await db.query<StoryRow>(
    `SELECT ${STORY_COLUMNS} FROM stories WHERE last_seen COLLATE "C" >= $1 ${where}
     ORDER BY last_seen COLLATE "C" DESC, story_id COLLATE "C" LIMIT $2`,
    params,
  )
  return rows.map(toStorySummary)
}

/** See Store.storyListVersion. */
export async function storyListVersion(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ version: string }>('SELECT version FROM story_list_version WHERE id = 1')
  return Number(rows[0]?.version ?? 0)
}

/** See Store.getStoryVersion. */
export async function findStoryVersion(db: Queryable, idOrPrefix: string): Promise<{ storyId: string; version: string } | null> {
  const ids = await storyIdsLike(db, idOrPrefix)
  const storyId = pickStoryId(ids, idOrPrefix)
  if (storyId === null) return null
  return { storyId, version: ids.find((r) => r.story_id === storyId)?.version ?? '' }
}

async function storyIdsLike(db: Queryable, idOrPrefix: string): Promise<{ story_id: string; version: string }[]> {
  // A whole id is one primary-key look-up; only a prefix scans the stories (see the SQLite store).
  const exact = await db.query<{ story_id: string; version: string }>('SELECT story_id, version FROM stories WHERE story_id = $1', [idOrPrefix])
  if (exact.rows.length > 0) return exact.rows
  const { rows } = await db.query<{ story_id: string; version: string }>(
    `SELECT story_id, version FROM stories WHERE story_id = $1 OR left(story_id, length($1)) = $1 ORDER BY story_id COLLATE "C" LIMIT 6`,
    [idOrPrefix],
  )
  return rows
}

export async function findStory(db: Queryable, idOrPrefix: string): Promise<StoryDetail | null> {
  const ids = await storyIdsLike(db, idOrPrefix)
  const storyId = pickStoryId(ids, idOrPrefix)
  if (storyId === null) return null
  const { rows } = await db.query<StoredArticleRow>(
    `SELECT ${MEMBER_COLUMNS}, a.revision, r.format, r.content, r.text,
            (SELECT source FROM article_sources WHERE article_id = a.article_id ORDER BY id LIMIT 1) AS source,
            (SELECT url FROM article_sources WHERE article_id = a.article_id AND url IS NOT NULL ORDER BY id LIMIT 1) AS url
     FROM articles a JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision
     WHERE a.story_id = $1 ORDER BY ${SEEN} COLLATE "C", a.seq`,
    [storyId],
  )
  const outlets = await outletsOf(db, rows.map((r) => r.article_id))
  return toStoryDetail(storyId, ids.find((r) => r.story_id === storyId)?.version ?? '', rows, outlets)
}

export async function outletsOf(db: Queryable, articleIds: readonly string[]): Promise<Map<string, string[]>> {
  const { rows } = await db.query<{ article_id: string; outlet: string }>(
    `SELECT article_id, outlet FROM article_sources WHERE article_id = ANY($1::text[]) ORDER BY id`,
    [articleIds],
  )
  return groupOutlets(rows)
}

