import type { FramingSpan } from '../../model/index.js'

/**
 * Keeps at most one span over any character: the longer span wins, then the more confident one
 * ("illegitimate president of the Russian Federation" beats its part "president"). Returns spans sorted by start.
 */
export function resolveOverlaps(spans: readonly FramingSpan[]): FramingSpan[] {
  const ranked = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start)
  const kept: FramingSpan[] = []
  // The characters kept spans cover: checking a span costs its length, not a pass over every kept span
  // (which made a long text's thousands of spans quadratic).
  const covered = new Uint8Array(spans.reduce((max, span) => Math.max(max, span.end), 0))
  const isFree = (span: FramingSpan): boolean => {
    if (span.end <= span.start) return kept.every((other) => span.end <= other.start || span.start >= other.end)
    for (let k = span.start; k < span.end; k++) if (covered[k] === 1) return false
    return true
  }
  for (const span of ranked) {
    if (!isFree(span)) continue
    kept.push(span)
    covered.fill(1, span.start, span.end)
  }
  return kept.sort((a, b) => a.start - b.start)
}
