/** Span metrics for framing evaluation: the SemEval-2020 Task 11 partial-overlap score and token-set P/R. */

export interface CharSpan {
  readonly start: number
  readonly end: number
}

/** Sums for the partial-overlap metric, added over documents (micro-average as the official SI scorer). */
export interface OverlapCounts {
  /** Σ_s Σ_t |s∩t| / |s| over predicted spans s. */
  precisionMass: number
  /** Σ_t Σ_s |s∩t| / |t| over gold spans t. */
  recallMass: number
  predicted: number
  gold: number
}

export function emptyOverlapCounts(): OverlapCounts {
  return { precisionMass: 0, recallMass: 0, predicted: 0, gold: 0 }
}

/**
 * Adds one document to the SemEval-2020 Task 11 span-identification score (Da San Martino et al. 2019):
 * overlapping spans of each side are merged first, then every predicted/gold pair earns partial credit.
 */
export function addOverlap(counts: OverlapCounts, predicted: readonly CharSpan[], gold: readonly CharSpan[]): void {
  const s = mergeOverlapping(predicted)
  const t = mergeOverlapping(gold)
  for (const p of s) {
    for (const g of t) {
      const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start)
      if (overlap <= 0) continue
      counts.precisionMass += overlap / (p.end - p.start)
      counts.recallMass += overlap / (g.end - g.start)
    }
  }
  counts.predicted += s.length
  counts.gold += t.length
}

export function overlapScore(c: OverlapCounts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted === 0 ? 0 : c.precisionMass / c.predicted
  const recall = c.gold === 0 ? 0 : c.recallMass / c.gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** Sorts and merges spans that overlap (touching spans stay apart, as in the official scorer's character sets). */
export function mergeOverlapping(spans: readonly CharSpan[]): CharSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: { start: number; end: number }[] = []
  for (const span of sorted) {
    const last = merged.at(-1)
    if (last !== undefined && span.start < last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ start: span.start, end: span.end })
  }
  return merged
}
