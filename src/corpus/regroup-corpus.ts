import { correctedStories, groupWindow, matchStoryNames, StoryGrouper, StoryNameFilter, type Placement } from '../pipeline/cluster/index.js'
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
 * Each story founded in a window takes the stored id of the largest part of an old story it holds
 * (matchStoryNames), so ids users have seen survive and a corpus already grouped so is left as it is. Any settle
 * an ingest left pending is done by this regrouping. Call inside a write transaction. Returns how many articles moved.
 */
export async function regroupCorpus(tx: StoreWriter, corrections: readonly Correction[], window = REGROUP_WINDOW): Promise<number> {
  const corrected = correctedStories(corrections)
  const names = new StoryNameFilter()
  // Retired stories keep their names: a later window must not found a story under one.
  const grouper = new StoryGrouper({}, (articleId) => `s${articleId.slice(0, 11)}`, (storyId) => names.has(storyId))
  // Each article's automatic story (the grouper's name), for reprints of it in later windows: about 100 bytes an article.
  const automatic = new Map<string, string>()
  // The grouper's name of each story founded so far → the id it is stored under; and every id given out.
  const finalName = new Map<string, string>()
  const given = new Set<string>()
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
    const grouped = groupWindow(grouper, placements, (id) => automatic.get(id))
    // Corrected articles go where their correction says, so they name no story: a story split off under a new id
    // must not lend that id to the automatic story its articles were split from (issue 16: `stories split` of a
    // story's first article, then `regroup`, put both parts back together under the split's id).
    const uncorrected = (entries: Iterable<readonly [string, string]>) => new Map([...entries].filter(([articleId]) => !corrected.has(articleId)))
    nameNewStories(uncorrected(grouped), uncorrected(page.map((e) => [e.articleId, e.storyId])), finalName, given)
    for (const [articleId, story] of grouped) {
      automatic.set(articleId, story)
      names.add(story)
      names.add(finalName.get(story) ?? story)
    }
    const storedAs = (articleId: string) => {
      const story = automatic.get(articleId)
      return story === undefined ? undefined : (finalName.get(story) ?? story)
    }
    const moves = page
      .map((e) => ({ articleId: e.articleId, storyId: corrected.get(e.articleId) ?? storedAs(e.articleId) ?? e.storyId, stored: e.storyId }))
      .filter((m) => m.storyId !== m.stored)
      .map(({ articleId, storyId }) => ({ articleId, storyId }))
    await tx.moveArticles(moves)
    moved += moves.length
    seq = page.at(-1)?.seq ?? seq
    if (page.length < window) {
      await tx.clearPendingSettle()
      return moved
    }
  }
}

/**
 * Names the stories a window founded (those the grouper's names have not met before): the stored id of the
 * largest part of an old story each holds, else the grouper's own name, unless an earlier story took that id.
 */
function nameNewStories(grouped: ReadonlyMap<string, string>, storedStory: ReadonlyMap<string, string>, finalName: Map<string, string>, given: Set<string>): void {
  const fresh = new Map([...grouped].filter(([, story]) => !finalName.has(story)))
  const matched = matchStoryNames(storedStory, fresh, (id) => given.has(id))
  for (const [story, id] of matched) {
    finalName.set(story, id)
    given.add(id)
  }
  for (const story of new Set(fresh.values())) {
    if (finalName.has(story)) continue
    let id = story
    for (let n = 2; given.has(id); n++) id = `${story}_${n}`
    finalName.set(story, id)
    given.add(id)
  }
}
