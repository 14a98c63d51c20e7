import type { Span } from '../model/index.js'

/**
 * The index of the item whose span contains `offset`, or -1, by binary search. `items` must be in text order
 * and not overlap (sentences, paragraphs). A scan per look-up made long texts quadratic (thousands of
 * referents, numbers and dates each looking up their sentence).
 * @example indexAt([{ start: 0, end: 5 }, { start: 6, end: 9 }], 7, (s) => s)  // 1
 */
export function indexAt<T>(items: readonly T[], offset: number, spanOf: (item: T) => Span): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spanOf(items[mid]!).end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo < items.length && spanOf(items[lo]!).start <= offset ? lo : -1
}
