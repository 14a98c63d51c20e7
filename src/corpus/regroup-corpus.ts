import { correctedStories, groupWindow, StoryGrouper, StoryNameFilter, type Placement } from '../pipeline/cluster/index.js'
import type { Correction, StoreWriter } from '../store/index.js'
import { featuresOf } from './corpus-state.js'

/**
 * Articles grouped together by `parallax stories regroup`. A corpus up to this size is grouped in one batch, as
 * `parallax cluster` groups it; a larger one window by window (storage order), each settled against the stories
 * the earlier windows left, as ingest runs are. Memory then follows the window and the active stories, not the
 * corpus: the whole-corpus batch took 3 GB of RSS at 158,000 articles and would not fit at a million.
 */
export const REGROUP_WINDOW = 50_000

/**
 * Regroups the whole stored corpus with the batch algorithm (refinement and twin-event split), reprints with
 * their originals, replays the user's corrections, and writes the articles that changed story, window by window.
 * Call inside a write transaction. Returns how many articles moved.
 */
export async function regroupCorpus(tx: StoreWriter, corrections: readonly Correction[], window = REGROUP_WINDOW): Promise<number> {
  const corrected = correctedStories(corrections)
  const names = new StoryNameFilter()
  // Retired stories keep their names: a later window must not found a story under one.
  const grouper = new StoryGrouper({}, (articleId) => `s${articleId.slice(0, 11)}`, (storyId) => names.has(storyId))
  // Each article's automatic story, for reprints of it in later windows: about 100 bytes an article.
  const automatic = new Map<string, string>()
  let moved = 0
  for (let seq = 0; ; ) {
    const page = await tx.corpusSince(seq, window)
    const ids = new Set(page.map((e) => e.articleId))
    const placements = page.map((e): Placement => {
      const features = featuresOf(e.terms, e.publishedAt)
      // A reprint follows its original when the original is stored (always earlier in storage order).
      const isReprint = e.duplicateGroup !== e.articleId && (ids.has(e.duplicateGroup) || automatic.has(e.duplicateGroup))
      return isReprint ? { id: e.articleId, features, leader: e.duplicateGroup } : { id: e.articleId, features }
    })
    for (const [articleId, storyId] of groupWindow(grouper, placements, (id) => automatic.get(id))) {
      automatic.set(articleId, storyId)
      names.add(storyId)
    }
    const moves = page
      .map((e) => ({ articleId: e.articleId, storyId: corrected.get(e.articleId) ?? automatic.get(e.articleId) ?? e.storyId, stored: e.storyId }))
      .filter((m) => m.storyId !== m.stored)
      .map(({ articleId, storyId }) => ({ articleId, storyId }))
    await tx.moveArticles(moves)
    moved += moves.length
    seq = page.at(-1)?.seq ?? seq
    if (page.length < window) return moved
  }
}
