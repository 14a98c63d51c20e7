import { wordDiff, type DiffSegment } from './word-diff.js'

/** One rendering cut into runs; changed runs are wording the other renderings do not share. */
export interface RenderingDiff {
  readonly segments: readonly DiffSegment[]
}

/**
 * Wording differences between several renderings of one quote. Each rendering after the first is
 * compared with the first; the first marks every word that differs from at least one other.
 * With two renderings this is the symmetric word diff.
 *
 * @example
 * quoteWordDiff(['calm some minds', 'calm some heads'])[1]?.segments
 * // [{ text: 'calm some ', changed: false }, { text: 'heads', changed: true }]
 */
export function quoteWordDiff(texts: readonly string[]): RenderingDiff[] {
  const [reference, ...others] = texts
  if (reference === undefined) return []
  if (others.length === 0) return [{ segments: reference === '' ? [] : [{ text: reference, changed: false }] }]
  const diffs = others.map((other) => wordDiff(reference, other))
  const changedInReference = diffs.flatMap((diff) => changedRanges(diff.a))
  return [{ segments: markRanges(reference, changedInReference) }, ...diffs.map((diff) => ({ segments: diff.b }))]
}

function changedRanges(segments: readonly DiffSegment[]): [number, number][] {
  const ranges: [number, number][] = []
  let offset = 0
  for (const segment of segments) {
    if (segment.changed) ranges.push([offset, offset + segment.text.length])
    offset += segment.text.length
  }
  return ranges
}

function markRanges(text: string, ranges: readonly [number, number][]): DiffSegment[] {
  const merged: [number, number][] = []
  for (const [start, end] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  const segments: DiffSegment[] = []
  let cursor = 0
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), changed: false })
    segments.push({ text: text.slice(start, end), changed: true })
    cursor = end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), changed: false })
  return segments
}
