import type Database from 'better-sqlite3'
import { MEMBER_COLUMNS, SEEN } from '../rows.js'
import { buildStoryViews, type ViewRow } from '../story-view.js'
import { outletsOf } from './story-queries.js'

/** Stories recomputed per query: bounds the json_each list and the rows held at once (a regroup touches them all). */
const CHUNK = 500

/**
 * Recomputes the stored view (migration 6) of every story a write touched (listed in stale_stories by triggers),
 * inside the caller's transaction, and bumps story_list_version when any view changed. Returns how many stories'
 * views changed (a story gone counts). Runs before every commit (SqliteStore.write) and after migration 6.
 */
export function refreshStoryViews(db: Database.Database): number {
  const stale = db.prepare('SELECT story_id FROM stale_stories ORDER BY story_id').pluck().all() as string[]
  if (stale.length === 0) return 0
  const members = db.prepare(
    `SELECT ${MEMBER_COLUMNS}, a.revision,
            (SELECT source FROM article_sources WHERE article_id = a.article_id ORDER BY rowid LIMIT 1) AS source,
            (SELECT url FROM article_sources WHERE article_id = a.article_id AND url IS NOT NULL ORDER BY rowid LIMIT 1) AS url
     FROM articles a JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision
     WHERE a.story_id IN (SELECT value FROM json_each(?)) ORDER BY a.story_id, ${SEEN}, a.seq`,
  )
  const versions = db.prepare('SELECT story_id, version FROM stories WHERE story_id IN (SELECT value FROM json_each(?))')
  const update = db.prepare(
    'UPDATE stories SET title = ?, first_seen = ?, last_seen = ?, article_count = ?, outlets = ?, members = ?, version = ? WHERE story_id = ?',
  )
  let changed = 0
  for (let i = 0; i < stale.length; i += CHUNK) {
    const ids = JSON.stringify(stale.slice(i, i + CHUNK))
    const rows = members.all(ids) as ViewRow[]
    const views = buildStoryViews(rows, outletsOf(db, rows.map((r) => r.article_id)))
    const before = new Map((versions.all(ids) as { story_id: string; version: string }[]).map((r) => [r.story_id, r.version]))
    // A touched story no longer stored (emptied by a move) changed the list too.
    changed += stale.slice(i, i + CHUNK).filter((id) => !before.has(id)).length
    for (const v of views) {
      if (before.get(v.storyId) === v.version) continue
      update.run(v.title, v.firstSeen, v.lastSeen, v.articleCount, JSON.stringify(v.outlets), JSON.stringify(v.members), v.version, v.storyId)
      changed++
    }
  }
  db.prepare('DELETE FROM stale_stories').run()
  if (changed > 0) db.prepare('UPDATE story_list_version SET version = version + 1 WHERE id = 1').run()
  return changed
}
