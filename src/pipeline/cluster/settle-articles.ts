import type { ArticleFeatures } from './article-features.js'
import type { StoryGrouper } from './story-grouper.js'

/** An article grouped one at a time, in placement order; a reprint names the article it copies (`leader`). */
export interface Placement {
  readonly id: string
  readonly features: ArticleFeatures
  readonly leader?: string
}

const ROUNDS = 2

/**
 * The refinement step of batch grouping for articles that were grouped one at a time (an ingest run): each is
 * taken out of its story and grouped again against the stories as they now stand, `rounds` times, which
 * undoes joins made before the run's stories had taken shape. Reprints follow the article they copy. Articles
 * whose story is no longer held in memory (retired: nothing new can join it) stay where they are.
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
