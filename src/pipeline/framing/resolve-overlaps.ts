import type { FramingSpan } from '../../model/index.js'

/**
 * Keeps at most one span over any character: the longer span wins, then the more confident one
 * ("illegitimate president of the Russian Federation" beats its part "president"). Returns spans sorted by start.
 */
export function resolveOverlaps(spans: readonly FramingSpan[]): FramingSpan[] {
  const ranked = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start)
  const kept: FramingSpan[] = []
  for (const span of ranked) {
    if (kept.every((other) => span.end <= other.start || span.start >= other.end)) kept.push(span)
  }
  return kept.sort((a, b) => a.start - b.start)
}
