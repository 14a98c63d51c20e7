/** A user's correction as grouping needs it (see store Correction). */
export interface GroupCorrection {
  readonly kind: 'merge' | 'split'
  readonly storyId: string
  readonly articleIds: readonly string[]
}

/**
 * Replays user corrections, oldest first, and returns where each corrected article ends: 'merge' puts the
 * listed articles into `storyId`; 'split' moves the listed articles out into `storyId` (a new story). Either way
 * an article ends in the story of the last correction that lists it, whatever the automatic grouping did, so
 * corrections survive regrouping. An article no longer stored is simply never looked up.
 * Example: merge(['a','b'] into 's1') after a regrouping that separated a and b → Map { a → s1, b → s1 }.
 */
export function correctedStories(corrections: readonly GroupCorrection[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const correction of corrections) for (const articleId of correction.articleIds) out.set(articleId, correction.storyId)
  return out
}
