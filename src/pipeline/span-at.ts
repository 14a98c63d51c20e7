import type { Span } from '../model/index.js'

/**
 * The index of the item whose span contains `offset`, or -1, by binary search. `items` must be in text order
 * and not overlap (sentences, paragraphs). A scan per look-up made long texts quadratic (thousands of
 * referents, numbers and dates each looking up their sentence).
 * @example indexAt([{ start: 0, end: 5 }, { start: 6, end: 9 }], 7, (s) => s)  // 1
 */
export function indexAt<T>(items: readonly T[], offset: number, spanOf: (item: T) => Span): number {
  const i = firstIndex(items.length, (k) => spanOf(items[k]!).end > offset)
  return i < items.length && spanOf(items[i]!).start <= offset ? i : -1
}

/**
 * The items lying within [start, end) of a list sorted by start: a binary search and a walk over what follows,
 * instead of a pass over the whole list per look-up.
 * @example spansWithin([{ start: 0, end: 2 }, { start: 3, end: 5 }, { start: 4, end: 9 }], 3, 6)  // [{ start: 3, end: 5 }]
 */
export function spansWithin<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = []
  for (let i = firstIndex(sorted.length, (k) => sorted[k]!.start >= start); i < sorted.length && sorted[i]!.start < end; i++) {
    if (sorted[i]!.end <= end) out.push(sorted[i]!)
  }
  return out
}

/**
 * The first index in [0, length) at which `isPast` holds, or `length`: binary search, for a test that is false
 * up to some index and true from there on (items in text order against an offset).
 * @example firstIndex(5, (k) => k * 10 >= 25)  // 3
 */
export function firstIndex(length: number, isPast: (index: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (isPast(mid)) hi = mid
    else lo = mid + 1
  }
  return lo
}
