import { AppError } from '../../model/index.js'
import type { StoredArticle, StoryDetail, StoryMember, StoryQuery, StorySummary } from '../store.js'
import type { Queryable } from './queryable.js'

/** 100 stories, as the SQLite store: a screenful or two; `--json` users page with --since. */
const DEFAULT_LIMIT = 100

interface MemberRow {
  article_id: string
  story_id: string
  title: string
  outlet: string
  wire: string | null
  duplicate_group: string
  published_at: string | null
  first_seen_at: string
}

const MEMBER_COLUMNS = `a.article_id, a.story_id, r.title, a.outlet, a.wire, a.duplicate_group, a.published_at, a.first_seen_at`
const SEEN = `COALESCE(a.published_at, a.first_seen_at)`

export async function listStories(db: Queryable, query: StoryQuery): Promise<StorySummary[]> {
  const params: unknown[] = [query.since ?? '', query.limit ?? DEFAULT_LIMIT]
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
  return stories.map((s) => {
    const list = members.get(s.storyId) ?? []
    return { ...s, title: list[0]?.title ?? '', members: list }
  })
}

export async function findStory(db: Queryable, idOrPrefix: string): Promise<StoryDetail | null> {
  const { rows: ids } = await db.query<{ story_id: string }>(
    `SELECT story_id FROM stories WHERE story_id = $1 OR left(story_id, length($1)) = $1 ORDER BY story_id COLLATE "C" LIMIT 6`,
    [idOrPrefix],
  )
  const exact = ids.find((r) => r.story_id === idOrPrefix)
  if (ids.length > 1 && exact === undefined) {
    throw new AppError('invalid_input', `story id "${idOrPrefix}" is ambiguous: ${ids.map((r) => r.story_id).join(', ')}`)
  }
  const storyId = exact?.story_id ?? ids[0]?.story_id
  if (storyId === undefined) return null
  const { rows } = await db.query<MemberRow & { language: string; revision: number; format: 'text' | 'html'; content: string; text: string; source: string; url: string | null }>(
    `SELECT ${MEMBER_COLUMNS}, a.language, a.revision, r.format, r.content, r.text,
            (SELECT source FROM article_sources WHERE article_id = a.article_id ORDER BY id LIMIT 1) AS source,
            (SELECT url FROM article_sources WHERE article_id = a.article_id AND url IS NOT NULL ORDER BY id LIMIT 1) AS url
     FROM articles a JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision
     WHERE a.story_id = $1 ORDER BY ${SEEN} COLLATE "C", a.seq`,
    [storyId],
  )
  const outlets = await outletsOf(db, rows.map((r) => r.article_id))
  const articles: StoredArticle[] = rows.map((r) => ({
    ...toMember(r, outlets),
    source: r.source,
    url: r.url,
    language: r.language,
    revision: r.revision,
    format: r.format,
    content: r.content,
    text: r.text,
  }))
  const seen = articles.map((a) => a.publishedAt ?? a.firstSeenAt).sort()
  return { storyId, title: articles[0]?.title ?? '', firstSeen: seen[0] ?? '', lastSeen: seen.at(-1) ?? '', articles }
}

async function membersOf(db: Queryable, storyIds: readonly string[]): Promise<Map<string, StoryMember[]>> {
  const { rows } = await db.query<MemberRow>(
    `SELECT ${MEMBER_COLUMNS} FROM articles a JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision
     WHERE a.story_id = ANY($1::text[]) ORDER BY ${SEEN} COLLATE "C", a.seq`,
    [storyIds],
  )
  const outlets = await outletsOf(db, rows.map((r) => r.article_id))
  const out = new Map<string, StoryMember[]>()
  for (const row of rows) {
    const list = out.get(row.story_id) ?? []
    list.push(toMember(row, outlets))
    out.set(row.story_id, list)
  }
  return out
}

async function outletsOf(db: Queryable, articleIds: readonly string[]): Promise<Map<string, string[]>> {
  const { rows } = await db.query<{ article_id: string; outlet: string }>(
    `SELECT article_id, outlet FROM article_sources WHERE article_id = ANY($1::text[]) ORDER BY id`,
    [articleIds],
  )
  const out = new Map<string, string[]>()
  for (const r of rows) {
    const list = out.get(r.article_id) ?? []
    if (!list.includes(r.outlet)) list.push(r.outlet)
    out.set(r.article_id, list)
  }
  return out
}

function toMember(r: MemberRow, outlets: ReadonlyMap<string, string[]>): StoryMember {
  return {
    articleId: r.article_id,
    title: r.title,
    outlet: r.outlet,
    outlets: outlets.get(r.article_id) ?? [r.outlet],
    wire: r.wire,
    duplicateGroup: r.duplicate_group,
    publishedAt: r.published_at,
    firstSeenAt: r.first_seen_at,
  }
}
