import { DEFAULT_SPLIT_OPTIONS } from './split-twin-events.js'
import { groupArticles, type Placement } from './group-stories.js'
import type { Assignment, StoryGrouper } from './story-grouper.js'

/**
 * Batch grouping for articles that were grouped one at a time (an ingest run), against the stories they joined:
 * the run's articles are taken out of their stories and grouped again by the batch algorithm (groupArticles:
 * publication order, document frequencies as they now stand, refinement rounds, twin-event split of the stories
 * made only of the run's articles), while older articles stay where they are and their stories take part as
 * they stand. Early articles of a run were placed while the document frequencies were still those of a small
 * corpus; regrouping them from scratch gives the run exactly the stories `parallax cluster` would. Reprints
 * follow the article they copy. Articles whose story is no longer held in memory (retired: nothing new can join
 * it) stay where they are.
 * Dev BCubed F1 as ingest (scripts/eval/clustering.ts, incremental rows), ECB+/BASIL/AllSides: regrouping from
 * scratch .923/.996/.844 (the batch figures); the earlier single reassign round per article .899/1.0/.843.
 * Returns the articles that changed story, with their new story.
 * Example: `settleArticles(grouper, placedThisRun)` → Map { 'a17' => 's-a12' }.
 */
export function settleArticles(grouper: StoryGrouper, placements: readonly Placement[]): Map<string, string> {
  const before = new Map(placements.map((p) => [p.id, grouper.storyOf(p.id)]))
  const held = placements.filter((p) => before.get(p.id) !== undefined)
  const after = grouper.holdingRetirement(() => {
    // Reprints leave too: they rejoin their originals afterwards, and meanwhile must not hold old story names.
    for (const p of held) grouper.remove(p.id, p.features)
    grouper.dropStalePostings()
    const assigned = groupArticles(grouper, held, DEFAULT_SPLIT_OPTIONS)
    keepStoryNames(grouper, held, before, assigned)
    const stories = new Map([...assigned].map(([id, a]) => [id, a.storyId]))
    for (const p of held) {
      if (p.leader === undefined) continue
      // An original outside the run (older, or retired) keeps the story the reprint joined with it.
      const target = stories.get(p.leader) ?? before.get(p.id) ?? ''
      grouper.place(p.id, p.features, target)
      stories.set(p.id, target)
    }
    return stories
  })
  const moved = new Map<string, string>()
  for (const [id, storyId] of after) if (before.get(id) !== storyId) moved.set(id, storyId)
  return moved
}

/**
 * A story the regrouping founded under a new name takes back the name most of its members had before (or, for
 * the second half of a split, that name + "_split"), when no story holds it any more: story ids users have
 * already seen (printed, linked) survive a settle that only regrouped them, and only articles that really changed
 * story are written. Larger stories choose first.
 */
function keepStoryNames(grouper: StoryGrouper, held: readonly Placement[], before: ReadonlyMap<string, string | undefined>, assigned: Map<string, Assignment>): void {
  const oldNames = new Set(before.values())
  const members = new Map<string, Placement[]>()
  for (const p of held) {
    const story = assigned.get(p.id)?.storyId
    if (story === undefined || oldNames.has(story)) continue
    const list = members.get(story)
    if (list === undefined) members.set(story, [p])
    else list.push(p)
  }
  const taken = new Set<string>()
  const bySize = [...members].sort((a, b) => b[1].length - a[1].length)
  for (const [, list] of bySize) {
    const votes = new Map<string, number>()
    for (const p of list) {
      const old = before.get(p.id)
      if (old !== undefined) votes.set(old, (votes.get(old) ?? 0) + 1)
    }
    const voted = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0]
    if (voted === undefined) continue
    // The members' own old story is free once emptied; its split twin only if no story, held or retired, has it.
    const name = [voted, `${voted}_split`].find((n) => !taken.has(n) && (n === voted ? grouper.membersOf(n).length === 0 : !grouper.isNameUsed(n)))
    if (name === undefined) continue
    taken.add(name)
    for (const p of list) {
      grouper.move(p.id, p.features, name)
      const assignment = assigned.get(p.id)
      if (assignment !== undefined) assigned.set(p.id, { ...assignment, storyId: name })
    }
  }
}
