import type Database from 'better-sqlite3'
import { AppError } from '../../model/index.js'
import type { StoredArticle, StoryDetail, StoryMember, StoryQuery, StorySummary } from '../store.js'

/** 100 stories: a screenful or two; `--json` users page with --since. */
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

export function listStories(db: Database.Database, query: StoryQuery): StorySummary[] {
  const params: unknown[] = []
  let where = ''
  if (query.query !== undefined && query.query.trim() !== '') {
    where = `WHERE a.story_id IN (SELECT a2.story_id FROM article_search s JOIN articles a2 ON a2.seq = s.rowid WHERE article_search MATCH ?)`
    params.push(toMatchExpression(query.query))
  }
  params.push(query.since ?? '', query.limit ?? DEFAULT_LIMIT)
  const stories = db
    .prepare(
      `SELECT a.story_id AS storyId, MIN(${SEEN}) AS firstSeen, MAX(${SEEN}) AS lastSeen FROM articles a ${where}
       GROUP BY a.story_id HAVING MAX(${SEEN}) >= ? ORDER BY lastSeen DESC, a.story_id LIMIT ?`,
    )
    .all(...params) as { storyId: string; firstSeen: string; lastSeen: string }[]
  if (stories.length === 0) return []
  const members = membersOf(db, stories.map((s) => s.storyId))
  return stories.map((s) => {
    const list = members.get(s.storyId) ?? []
    return { ...s, title: list[0]?.title ?? '', members: list }
  })
}

export function findStory(db: Database.Database, idOrPrefix: string): StoryDetail | null {
  const ids = db
    .prepare(`SELECT story_id FROM stories WHERE story_id = ? OR substr(story_id, 1, length(?)) = ? ORDER BY story_id LIMIT 6`)
    .all(idOrPrefix, idOrPrefix, idOrPrefix) as { story_id: string }[]
  const exact = ids.find((r) => r.story_id === idOrPrefix)
  if (ids.length > 1 && exact === undefined) {
    throw new AppError('invalid_input', `story id "${idOrPrefix}" is ambiguous: ${ids.map((r) => r.story_id).join(', ')}`)
  }
  const storyId = exact?.story_id ?? ids[0]?.story_id
  if (storyId === undefined) return null
  const rows = db
    .prepare(
      `SELECT ${MEMBER_COLUMNS}, a.language, a.revision, r.format, r.content, r.text,
              (SELECT source FROM article_sources WHERE article_id = a.article_id ORDER BY rowid LIMIT 1) AS source,
              (SELECT url FROM article_sources WHERE article_id = a.article_id AND url IS NOT NULL ORDER BY rowid LIMIT 1) AS url
       FROM articles a JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision
       WHERE a.story_id = ? ORDER BY ${SEEN}, a.seq`,
    )
    .all(storyId) as (MemberRow & { language: string; revision: number; format: 'text' | 'html'; content: string; text: string; source: string; url: string | null })[]
  const outlets = outletsOf(db, rows.map((r) => r.article_id))
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

function membersOf(db: Database.Database, storyIds: readonly string[]): Map<string, StoryMember[]> {
  const rows = db
    .prepare(
      `SELECT ${MEMBER_COLUMNS} FROM articles a JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision
       WHERE a.story_id IN (SELECT value FROM json_each(?)) ORDER BY ${SEEN}, a.seq`,
    )
    .all(JSON.stringify(storyIds)) as MemberRow[]
  const outlets = outletsOf(db, rows.map((r) => r.article_id))
  const out = new Map<string, StoryMember[]>()
  for (const row of rows) {
    const list = out.get(row.story_id) ?? []
    list.push(toMember(row, outlets))
    out.set(row.story_id, list)
  }
  return out
}

function outletsOf(db: Database.Database, articleIds: readonly string[]): Map<string, string[]> {
  const rows = db
    .prepare(`SELECT article_id, outlet FROM article_sources WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`)
    .all(JSON.stringify(articleIds)) as { article_id: string; outlet: string }[]
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

/** Each word becomes a quoted FTS5 phrase, all required: user text never reaches the FTS5 query syntax. */
function toMatchExpression(query: string): string {
  return query
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(' ')
}
