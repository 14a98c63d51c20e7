/** A range [start, end) of a text carrying some data (a fact, a quote, a framing span...). */
export interface Mark<T> {
  readonly start: number
  readonly end: number
  readonly data: T
}

/** A maximal run of the text covered by the same set of marks. */
export interface Segment<T> {
  readonly start: number
  readonly end: number
  /** Marks covering the whole run, in input order. */
  readonly marks: readonly T[]
  /** Marks that begin at this run's start (where their anchors go), in input order. */
  readonly opening: readonly T[]
}

/**
 * Cuts a text of `length` code units into runs so that overlapping and nested marks can be drawn
 * as flat, non-overlapping elements. Runs cover the whole text, unmarked parts included. Marks are
 * clamped to the text; empty ones are dropped.
 *
 * @example
 * splitIntoSegments(10, [{ start: 0, end: 6, data: 'fact' }, { start: 4, end: 8, data: 'frame' }])
 * // [0,4) fact · [4,6) fact+frame · [6,8) frame · [8,10) none
 */
export function splitIntoSegments<T>(length: number, marks: readonly Mark<T>[]): Segment<T>[] {
  const clamp = (n: number): number => Math.min(length, Math.max(0, Math.trunc(n)))
  const kept = marks
    .map((m) => ({ start: clamp(m.start), end: clamp(m.end), data: m.data }))
    .filter((m) => m.end > m.start)
  const cuts = [...new Set([0, length, ...kept.flatMap((m) => [m.start, m.end])])].sort((x, y) => x - y)
  const segments: Segment<T>[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0
    const end = cuts[i + 1] ?? length
    const covering = kept.filter((m) => m.start <= start && m.end >= end)
    segments.push({
      start,
      end,
      marks: covering.map((m) => m.data),
      opening: covering.filter((m) => m.start === start).map((m) => m.data),
    })
  }
  return segments
}
