import type { SourceRun } from '../../model/index.js'

/**
 * Maps an offset into `Article.text` back to the input. Offsets inside an inserted paragraph separator map to
 * the end of the preceding run. Returns -1 for an offset outside the text.
 */
export function toInputOffset(sourceMap: readonly SourceRun[], textOffset: number): number {
  let best: SourceRun | undefined
  for (const run of sourceMap) {
    if (run.textStart > textOffset) break
    best = run
  }
  if (!best) return -1
  return best.inputStart + Math.min(textOffset - best.textStart, best.length)
}
