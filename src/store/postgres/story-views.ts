import { MEMBER_COLUMNS, SEEN } from '../rows.js'
import { buildStoryViews, type ViewRow } from '../story-view.js'
import type { Queryable } from './queryable.js'
import { outletsOf } from './story-queries.js'

/** Stories recomputed per round trip: bounds the rows held at once (a regroup touches them all). */
const CHUNK = 500

/**
 * The PostgreSQL twin of the SQLite refreshStoryViews: recomputes the stored view of every story listed in
 * stale_stories, inside the caller's transaction, and bumps story_list_version when any view changed.
 */
export async function refreshStoryViews(db: Queryable): Promise<number> {
  const { rows: staleRows } = await db.query<{ story_id: string }>('SELECT story_id FROM stale_stories ORDER BY story_id COLLATE "C"')
  if (staleRows.length === 0) return 0
  const stale = staleRows.map((r) => r.story_id)
  let changed = 0
  for (let i = 0; i < stale.length; i += CHUNK) {
    const ids = stale.slice(i, i + CHUNK)
    const { rows } = await db.query<ViewRow>(
      `SELECT ${MEMBER_COLUMNS}, a.revision,
              (SELECT source FROM article_sources WHERE article_id = a.article_id ORDER BY id LIMIT 1) AS source,
              (SELECT url FROM article_sources WHERE article_id = a.article_id AND url IS NOT NULL ORDER BY id LIMIT 1) AS url
       FROM articles a JOIN revisions r ON r.article_id = a.article_id AND r.revision = a.revision
       WHERE a.story_id = ANY($1::text[]) ORDER BY a.story_id, ${SEEN} COLLATE "C", a.seq`,
      [ids],
    )
    const views = buildStoryViews(rows, await outletsOf(db, rows.map((r) => r.article_id)))
    const { rows: versions } = await db.query<{ story_id: string; version: string }>('SELECT story_id, version FROM stories WHERE story_id = ANY($1::text[])', [ids])
    const before = new Map(versions.map((r) => [r.story_id, r.version]))
    // A touched story no longer stored (emptied by a move) changed the list too.
    changed += ids.filter((id) => !before.has(id)).length
    const updates = views.filter((v) => before.get(v.storyId) !== v.version)
    changed += updates.length
    if (updates.length === 0) continue
    const col = <T>(f: (v: (typeof updates)[number]) => T): T[] => updates.map(f)
    await db.query(
      `UPDATE stories s SET title = t.title, first_seen = t.first_seen, last_seen = t.last_seen, article_count = t.article_count,
              outlets = t.outlets, members = t.members, version = t.version
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[])
         AS t(story_id, title, first_seen, last_seen, article_count, outlets, members, version)
       WHERE s.story_id = t.story_id`,
      [
        col((v) => v.storyId),
        col((v) => v.title),
        col((v) => v.firstSeen),
        col((v) => v.lastSeen),
        col((v) => v.articleCount),
        col((v) => JSON.stringify(v.outlets)),
        col((v) => JSON.stringify(v.members)),
        col((v) => v.version),
      ],
    )
  }
  await db.query('DELETE FROM stale_stories')
  if (changed > 0) await db.query('UPDATE story_list_version SET version = version + 1 WHERE id = 1')
  return changed
}
