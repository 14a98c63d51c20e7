/**
 * Gives regrouped stories the ids they had before: each old id goes to the new story holding the largest part of
 * its old story, matched greedily by overlap (the largest overlap of any new story and old id first; ties by
 * smaller old id, then smaller new name, so the result is deterministic). A new story takes at most one old id
 * and an old id at most one story; `isTaken` names ids no new story may take (kept by stories outside the
 * regrouping). Stories users have seen keep their id across `stories regroup`, and a regroup that finds the same
 * stories renames nothing.
 * Returns new story name → old id, for the new stories that got one.
 * Example: new n1 = {a, b, c} (old s1, s1, s2), n2 = {d} (old s2) → Map { n1 → s1, n2 → s2 }.
 */
export function matchStoryNames(
  oldIdOf: ReadonlyMap<string, string>,
  newStoryOf: ReadonlyMap<string, string>,
  isTaken: (oldId: string) => boolean = () => false,
): Map<string, string> {
  const overlap = new Map<string, Map<string, number>>()
  for (const [articleId, story] of newStoryOf) {
    const old = oldIdOf.get(articleId)
    if (old === undefined) continue
    let counts = overlap.get(story)
    if (counts === undefined) overlap.set(story, (counts = new Map()))
    counts.set(old, (counts.get(old) ?? 0) + 1)
  }
  const pairs: { story: string; old: string; n: number }[] = []
  for (const [story, counts] of overlap) for (const [old, n] of counts) pairs.push({ story, old, n })
  pairs.sort((a, b) => b.n - a.n || compare(a.old, b.old) || compare(a.story, b.story))
  const matched = new Map<string, string>()
  const usedOld = new Set<string>()
  for (const { story, old } of pairs) {
    if (matched.has(story) || usedOld.has(old) || isTaken(old)) continue
    matched.set(story, old)
    usedOld.add(old)
  }
  return matched
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
