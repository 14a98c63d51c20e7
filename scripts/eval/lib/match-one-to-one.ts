/** A candidate pairing of prediction `pred` with gold item `gold`, and how well they agree (higher is better). */
export interface Candidate {
  readonly pred: number
  readonly gold: number
  readonly score: number
}

/**
 * Greedy one-to-one matching: takes candidates from the highest score down, skipping any whose prediction
 * or gold item is already used, and any scoring below `minScore`. Ties keep input order, so results are stable.
 * Greedy is not optimal in general, but with a Jaccard threshold above 0.5 and disjoint spans on each side it
 * is: a span cannot overlap two disjoint spans each by more than half of their union, so each has at most one
 * candidate. PolNeAR nests some attributions, where greedy may differ from the optimum by a few pairs.
 * Example: candidates (0,0,0.9), (0,1,0.6), (1,1,0.7) → pairs (0,0) and (1,1).
 */
export function matchOneToOne(candidates: readonly Candidate[], minScore: number): Candidate[] {
  const sorted = candidates
    .map((candidate, index) => ({ candidate, index }))
    .filter(({ candidate }) => candidate.score >= minScore)
    .sort((a, b) => b.candidate.score - a.candidate.score || a.index - b.index)
  const usedPred = new Set<number>()
  const usedGold = new Set<number>()
  const pairs: Candidate[] = []
  for (const { candidate } of sorted) {
    if (usedPred.has(candidate.pred) || usedGold.has(candidate.gold)) continue
    usedPred.add(candidate.pred)
    usedGold.add(candidate.gold)
    pairs.push(candidate)
  }
  return pairs
}
