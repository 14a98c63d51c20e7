import type { SourceRun, Span } from '../../../src/model/index.js'

/**
 * Maps a span of `Article.text` back to the input through the article's source map: one input span per
 * source run it crosses, in order. Characters the cleaner inserted (paragraph separators) map to nothing.
 * Example: runs [{textStart:0,inputStart:10,length:5},{textStart:7,inputStart:30,length:5}], span [3,9)
 * → [13,15) and [30,32).
 */
export function mapToInput(span: Span, sourceMap: readonly SourceRun[]): Span[] {
  const pieces: Span[] = []
  for (const run of sourceMap) {
    const start = Math.max(span.start, run.textStart)
    const end = Math.min(span.end, run.textStart + run.length)
    if (start >= end) continue
    const shift = run.inputStart - run.textStart
    const last = pieces.at(-1)
    // Adjacent runs that are also adjacent in the input make one span.
    if (last && last.end === start + shift) pieces[pieces.length - 1] = { start: last.start, end: end + shift }
    else pieces.push({ start: start + shift, end: end + shift })
  }
  return pieces
}
