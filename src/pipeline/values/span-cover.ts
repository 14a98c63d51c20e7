import { firstIndex } from '../span-at.js'

type Range = { readonly start: number; readonly end: number }

/** Whether any of a fixed set of spans overlaps or contains a range: O(log n) per question. */
export interface SpanCover {
  /** Some span shares a character with [start, end). */
  overlaps(start: number, end: number): boolean
  /** Some span holds all of [start, end). */
  contains(start: number, end: number): boolean
}

/**
 * The spans sorted by start with the running maximum of their ends. A scan of all spans per question (each number
 * against every date, each date against every earlier one) made long texts quadratic.
 * @example spanCover([{ start: 0, end: 10 }, { start: 4, end: 6 }]).contains(5, 9)  // true
 */
export function spanCover(spans: readonly Range[]): SpanCover {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const maxEnd: number[] = []
  let max = -Infinity
  for (const s of sorted) {
    max = Math.max(max, s.end)
    maxEnd.push(max)
  }
  // The largest end among the spans before the first index where `isPast` holds (-Infinity when there are none).
  const reach = (isPast: (index: number) => boolean): number => maxEnd[firstIndex(sorted.length, isPast) - 1] ?? -Infinity
  return {
    overlaps: (start, end) => reach((i) => sorted[i]!.start >= end) > start,
    contains: (start, end) => reach((i) => sorted[i]!.start > start) >= end,
  }
}
