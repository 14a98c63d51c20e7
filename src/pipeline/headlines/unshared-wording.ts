import type { Span } from '../../model/index.js'
import { wordDiff, type DiffSegment } from '../text/index.js'

/**
 * For each text, the runs of its words that no other text shares: a word counts as shared when it is in the
 * word-level longest common subsequence with at least one other text (case- and diacritic-insensitive, as
 * `wordDiff`). With two texts this is their symmetric word diff; a text alone has none.
 *
 * @example unsharedWording(['Mayor protects cops', 'Mayor sides with police'])
 * // [[{ start: 6, end: 19 }], [{ start: 6, end: 23 }]]
 */
export function unsharedWording(texts: readonly string[]): Span[][] {
  const changed: Span[][][] = texts.map(() => [])
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const diff = wordDiff(texts[i]!, texts[j]!)
      changed[i]!.push(changedRuns(diff.a))
      changed[j]!.push(changedRuns(diff.b))
    }
  }
  // Changed in every pair = changed against all others. Runs start and end on word edges, so their intersection does too.
  return changed.map((perOther) => (perOther.length === 0 ? [] : perOther.reduce(intersect)))
}

function changedRuns(segments: readonly DiffSegment[]): Span[] {
  const runs: Span[] = []
  let offset = 0
  for (const segment of segments) {
    if (segment.changed) runs.push({ start: offset, end: offset + segment.text.length })
    offset += segment.text.length
  }
  return runs
}

/** Intersection of two sorted lists of disjoint spans. */
function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    const start = Math.max(x.start, y.start)
    const end = Math.min(x.end, y.end)
    if (start < end) out.push({ start, end })
    if (x.end < y.end) i++
    else j++
  }
  return out
}
