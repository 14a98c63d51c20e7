import type { ArticleFeatures } from './article-features.js'
import { splitTwinEvents } from './split-twin-events.js'
import type { StoryGrouper } from './story-grouper.js'

/** An article grouped one at a time, in placement order; a reprint names the article it copies (`leader`). */
export interface Placement {
  readonly id: string
  readonly features: ArticleFeatures
  readonly leader?: string
}

// Dev BCubed F1 as ingest (scripts/eval/clustering.ts, incremental rows), ECB+/BASIL/AllSides, with the split:
// one round .899/1.0/.843, two rounds .908/1.0/.826. One: the better mean, at half the cost.
const ROUNDS = 1

/**
 * The refinement step of batch grouping for articles that were grouped one at a time (an ingest run): each is
 * taken out of its story and grouped again against the stories as they now stand (`rounds` times), which
 * undoes joins made before the run's stories had taken shape; then stories made only of the run's articles
 * get the twin-event split. Reprints follow the article they copy. Articles whose story is no longer held in
 * memory (retired: nothing new can join it) stay where they are.
 * Returns the articles that changed story, with their new story.
 * Example: `settleArticles(grouper, placedThisRun)` → Map { 'a17' => 's-a12' }.
 */
export function settleArticles(grouper: StoryGrouper, placements: readonly Placement[], rounds = ROUNDS): Map<string, string> {
  const before = new Map(placements.map((p) => [p.id, grouper.storyOf(p.id)]))
  // The latest decision per article: retirement during the rounds may drop a story from memory, not its members.
  const after = new Map<string, string>()
  for (let round = 0; round < rounds; round++) {
    for (const p of placements) {
      if (p.leader !== undefined || grouper.storyOf(p.id) === undefined) continue
      after.set(p.id, grouper.reassign(p.id, p.features).storyId)
    }
  }
  splitNewStories(grouper, placements, after)
  for (const p of placements) {
    if (p.leader === undefined) continue
    const target = after.get(p.leader)
    if (target === undefined || grouper.storyOf(p.id) === undefined) continue
    grouper.move(p.id, p.features, target)
    after.set(p.id, target)
  }
  const moved = new Map<string, string>()
  for (const [id, storyId] of after) if (before.get(id) !== storyId) moved.set(id, storyId)
  return moved
}

/**
 * The twin-event split of batch grouping, for the stories made only of this run's articles (an older member's
 * features are no longer in memory): a story that is two events of one kind loses its second half to
 * `<id>_split`. Reprints are left to follow their originals afterwards.
 */
function splitNewStories(grouper: StoryGrouper, placements: readonly Placement[], after: Map<string, string>): void {
  const byId = new Map(placements.map((p) => [p.id, p]))
  const stories = new Set<string>()
  for (const id of byId.keys()) {
    const story = grouper.storyOf(id)
    if (story !== undefined) stories.add(story)
  }
  const idf = (term: string) => grouper.idf(term)
  for (const story of stories) {
    const members = grouper.membersOf(story).map((id) => byId.get(id))
    if (members.some((m) => m === undefined)) continue
    const own = (members as Placement[]).filter((m) => m.leader === undefined)
    const halves = splitTwinEvents(own.map((m) => m.features), idf)
    if (halves === null) continue
    own.forEach((m, k) => {
      if (halves[k] !== 1) return
      grouper.move(m.id, m.features, `${story}_split`)
      after.set(m.id, `${story}_split`)
    })
  }
}
