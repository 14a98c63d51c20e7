import type { Span } from '../model/index.js'
import { memoizeByObject } from './memoize.js'
import { firstIndex } from './span-at.js'

/**
 * Which spans of a list overlap, contain or lie within a given span, in list order (so `find` and `filter` over
 * them give what they give over the whole list). For look-ups asked once per sentence,
 * quote or framing span of a long text, where a pass over the article's list per look-up was quadratic. Spans may
 * overlap and nest; each answer costs a binary search plus a walk over what it returns (a max-end tree over the
 * spans in start order skips the rest), not a pass over the list.
 */
export interface SpanIndex<T extends Span> {
  /** The spans with `s.start < end && start < s.end`. */
  overlapping(start: number, end: number): T[]
  /** The spans with `s.start <= end && start <= s.end` (overlapping or touching). */
  touching(start: number, end: number): T[]
  /** The spans with `s.start <= start && end <= s.end`. */
  containing(start: number, end: number): T[]
  /** The spans with `start <= s.start && s.end <= end`. */
  within(start: number, end: number): T[]
}

/**
 * The index of a list, built once per list object (remembered weakly).
 * @example spanIndex([{ start: 0, end: 9 }, { start: 2, end: 4 }]).containing(2, 3)  // both, in list order
 */
export const spanIndex = memoizeByObject(buildIndex) as <T extends Span>(spans: readonly T[]) => SpanIndex<T>

function buildIndex(spans: readonly Span[]): SpanIndex<Span> {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b)
  const starts = Float64Array.from(order, (i) => spans[i]!.start)
  const ends = Float64Array.from(order, (i) => spans[i]!.end)
  const tree = maxTree(ends)
  return {
    overlapping(start, end) {
      const count = firstIndex(order.length, (k) => starts[k]! >= end)
      return inListOrder(spans, order, reaching(tree, count, start, true))
    },
    touching(start, end) {
      const count = firstIndex(order.length, (k) => starts[k]! > end)
      return inListOrder(spans, order, reaching(tree, count, start, false))
    },
    containing(start, end) {
      const count = firstIndex(order.length, (k) => starts[k]! > start)
      return inListOrder(spans, order, reaching(tree, count, end, false))
    },
    within(start, end) {
      const found: number[] = []
      for (let k = firstIndex(order.length, (i) => starts[i]! >= start); k < order.length && starts[k]! <= end; k++) {
        if (ends[k]! <= end) found.push(k)
      }
      return inListOrder(spans, order, found)
    },
  }
}

/** A binary tree of maxima over `values` (padded to a power of two with -Infinity), leaves at [size, 2 size). */
interface MaxTree {
  readonly size: number
  readonly max: Float64Array
}

function maxTree(values: Float64Array): MaxTree {
  let size = 1
  while (size < values.length) size *= 2
  const max = new Float64Array(2 * size).fill(Number.NEGATIVE_INFINITY)
  max.set(values, size)
  for (let node = size - 1; node >= 1; node--) max[node] = Math.max(max[2 * node]!, max[2 * node + 1]!)
  return { size, max }
}

/** Leaves k < count whose value is above `bound` (`strict`) or at least `bound`, in order. */
function reaching(tree: MaxTree, count: number, bound: number, strict: boolean): number[] {
  const found: number[] = []
  const passes = (value: number): boolean => (strict ? value > bound : value >= bound)
  const visit = (node: number, from: number, width: number): void => {
    if (from >= count || !passes(tree.max[node]!)) return
    if (width === 1) {
      found.push(from)
      return
    }
    const half = width / 2
    visit(2 * node, from, half)
    visit(2 * node + 1, from + half, half)
  }
  visit(1, 0, tree.size)
  return found
}

/** The spans at these slots of the start order, in list order. */
function inListOrder(spans: readonly Span[], order: readonly number[], slots: readonly number[]): Span[] {
  return slots
    .map((k) => order[k]!)
    .sort((a, b) => a - b)
    .map((i) => spans[i]!)
}
