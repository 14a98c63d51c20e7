import type { Blindspot, GroupCoverage, OutletRegistry, ReportOutlet } from '../model/index.js'
import { countIndependentSources } from '../pipeline/dedupe/index.js'
import { describeOutlets, findBlindspots } from '../pipeline/outlets/index.js'
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
  /** Distinct outlets, in order of first appearance; the outlet registry's display names for those it knows. */
  readonly outlets: readonly string[]
  /** Each outlet with what the user's outlet registry says of it (docs/OUTLETS.md); `articleIds` are stored article ids. */
  readonly outletDetails: readonly ReportOutlet[]
  /** For each group kind of the registry, which outlets covered the story under each value ("unknown" last); [] without a registry. */
  readonly coverageByGroup: readonly GroupCoverage[]
  /** Group kinds under which one value alone covered the story (Ground News' blindspots). */
  readonly blindspots: readonly Blindspot[]
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

/** The story-list view of one stored story; with the user's outlet registry, its outlets' groups and blindspots. */
export function summarizeStory(story: StorySummary, registry?: OutletRegistry): StoryListItem {
  // Every outlet whose copy was stored as a member covered the story.
  const described = describeOutlets(story.members.flatMap((m) => m.outlets.map((outlet) => ({ id: m.articleId, outlet }))), registry)
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
    outlets: described.outlets.map((o) => o.name),
    outletDetails: described.outlets,
    coverageByGroup: described.coverageByGroup,
    blindspots: findBlindspots(described.coverageByGroup),
    timeline: [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, articles]) => ({ day, articles })),
    articles: story.members.map((m) => ({ id: m.articleId, title: m.title, outlet: m.outlet, publishedAt: m.publishedAt, firstSeenAt: m.firstSeenAt })),
  }
}
