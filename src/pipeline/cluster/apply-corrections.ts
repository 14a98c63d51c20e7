/** A user's correction as grouping needs it (see store Correction). */
export interface GroupCorrection {
  readonly kind: 'merge' | 'split'
  readonly storyId: string
  readonly articleIds: readonly string[]
}

/**
 * Replays user corrections, oldest first, over an automatic grouping (article id → story id) and returns
 * the corrected grouping. 'merge' puts the listed articles into `storyId`; 'split' moves the listed articles
 * out into `storyId` (a new story). Articles no longer known are ignored, so corrections survive regrouping
 * and deletions. Example: merge(['a','b'] into 's1') after a regrouping that separated a and b joins them again.
 */
export function applyCorrections(grouping: ReadonlyMap<string, string>, corrections: readonly GroupCorrection[]): Map<string, string> {
  const out = new Map(grouping)
  for (const correction of corrections) {
    for (const articleId of correction.articleIds) {
      if (out.has(articleId)) out.set(articleId, correction.storyId)
    }
  }
  return out
}
