import { createHash } from 'node:crypto'
import { storyTitle, toMember, type MemberRow } from './rows.js'
import type { StoryMember } from './store.js'

/**
 * What a story row carries besides its id (migration 6): everything the story list shows, computed from the
 * story's articles when the story changes, so listing is an indexed LIMIT over story rows.
 */
export interface StoryView {
  readonly storyId: string
  readonly title: string
  /** ISO 8601: earliest and latest publication date (else first seen) of its articles. */
  readonly firstSeen: string
  readonly lastSeen: string
  readonly articleCount: number
  /** Distinct outlets of every copy of every article, in order of first appearance. */
  readonly outlets: readonly string[]
  /** As `StorySummary.members`: ordered by date, then storage order. */
  readonly members: readonly StoryMember[]
  /** See `StorySummary.version`: 16 hex of SHA-256 over what the report and the list read of the story. */
  readonly version: string
}

/** A member row plus what a report reads of the article beyond the list (its revision, language and first source). */
export type ViewRow = MemberRow & {
  revision: number
  language: string
  source: string | null
  url: string | null
}

/**
 * The views of the stories whose member rows are given (rows grouped by story in any order, each story's rows in
 * member order); `outlets` maps an article to every outlet it was stored from, in storage order.
 */
export function buildStoryViews(rows: readonly ViewRow[], outlets: ReadonlyMap<string, string[]>): StoryView[] {
  const byStory = new Map<string, ViewRow[]>()
  for (const row of rows) {
    const list = byStory.get(row.story_id)
    if (list === undefined) byStory.set(row.story_id, [row])
    else list.push(row)
  }
  return [...byStory].map(([storyId, list]) => storyView(storyId, list, outlets))
}

function storyView(storyId: string, rows: readonly ViewRow[], outlets: ReadonlyMap<string, string[]>): StoryView {
  const members = rows.map((r) => toMember(r, outlets))
  const seen = members.map((m) => m.publishedAt ?? m.firstSeenAt).sort()
  const hash = createHash('sha256').update(storyId)
  for (const [i, m] of members.entries()) {
    const r = rows[i] as ViewRow
    hash.update(JSON.stringify([m, r.revision, r.language, r.source, r.url]))
  }
  return {
    storyId,
    title: storyTitle(members),
    firstSeen: seen[0] ?? '',
    lastSeen: seen.at(-1) ?? '',
    articleCount: members.length,
    outlets: [...new Set(members.flatMap((m) => m.outlets))],
    members,
    version: hash.digest('hex').slice(0, 16),
  }
}
