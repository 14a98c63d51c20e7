import type { Headline } from '../model/index.js'
import type { DiffSegment } from './word-diff.js'

/**
 * A headline cut into runs for display; changed runs are its `differences` (wording no other headline shares).
 * The runs join back to exactly `headline.text`.
 *
 * @example headlineSegments(h).map((s) => s.changed)  // [false, true, false, true]
 */
export function headlineSegments(headline: Headline): DiffSegment[] {
  const segments: DiffSegment[] = []
  let cursor = 0
  for (const { start, end } of headline.differences) {
    // Differences are sorted and disjoint by construction; a malformed report must not break the text.
    if (start < cursor || end <= start || end > headline.text.length) continue
    if (start > cursor) segments.push({ text: headline.text.slice(cursor, start), changed: false })
    segments.push({ text: headline.text.slice(start, end), changed: true })
    cursor = end
  }
  if (cursor < headline.text.length) segments.push({ text: headline.text.slice(cursor), changed: false })
  return segments
}
