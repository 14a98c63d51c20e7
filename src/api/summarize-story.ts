import { countIndependentSources } from '../pipeline/dedupe/index.js'
import type { StorySummary } from '../store/index.js'

/** What ingest records when neither the input, the page nor the URL names the outlet. */
const UNKNOWN_OUTLET = 'unknown'

/** One story in `GET /api/stories`: everything the story list shows. */
export interface StoryListItem {
  readonly id: string
  readonly title: string
  /** ISO 8601 instants of the first and last article seen. */
  readonly firstSeen: string
  readonly lastSeen: string
  readonly articleCount: number
  /** Articles sharing an outlet, a wire credit or a near-duplicate group count once (see countIndependentSources). */
  readonly independentSources: number
  /** Distinct outlets, in order of first appearance. */
  readonly outlets: readonly string[]
  /** Articles per UTC day (publication date, else first seen), oldest first; days without articles are left out. */
  readonly timeline: readonly { readonly day: string; readonly articles: number }[]
  readonly articles: readonly {
    readonly id: string
    readonly title: string
    readonly outlet: string
    readonly publishedAt: string | null
    readonly firstSeenAt: string
  }[]
}

/** The story-list view of one stored story. */
export function summarizeStory(story: StorySummary): StoryListItem {
  const perDay = new Map<string, number>()
  for (const m of story.members) {
    const day = (m.publishedAt ?? m.firstSeenAt).slice(0, 10)
    perDay.set(day, (perDay.get(day) ?? 0) + 1)
  }
  return {
    id: story.storyId,
    title: story.title,
    firstSeen: story.firstSeen,
    lastSeen: story.lastSeen,
    articleCount: story.members.length,
    independentSources: countIndependentSources(
      story.members.map((m) => ({ id: m.articleId, outlet: m.outlet === UNKNOWN_OUTLET ? '' : m.outlet, wire: m.wire, duplicateGroup: m.duplicateGroup })),
    ),
    outlets: [...new Set(story.members.flatMap((m) => m.outlets))],
    timeline: [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, articles]) => ({ day, articles })),
    articles: story.members.map((m) => ({ id: m.articleId, title: m.title, outlet: m.outlet, publishedAt: m.publishedAt, firstSeenAt: m.firstSeenAt })),
  }
}
