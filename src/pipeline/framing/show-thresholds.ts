import type { FramingSource, FramingSpan } from '../../model/index.js'

/**
 * The confidence each source of spans needs to be shown, and the technique classifier's probability a clause
 * span needs to be named by its technique (below it the clause is a 'loaded-sentence'). A wrong span accuses
 * an outlet, so each is set for precision: the lowest confidence at which the span kind's cross-validated spans
 * overlap gold at least 80% of the time on half of dev (scripts/eval/framing.ts, docs/MODELS.md).
 */
export type ShowThresholds = Readonly<Record<FramingSource, number>> & { readonly clauseTechnique: number }

/** Above every confidence: a source that no threshold brings to the target precision is not shown. */
export const NEVER_SHOWN = 1.01

/**
 * Fitted on all of dev by the method checked half against half (docs/MODELS.md, "Which spans are shown"):
 * neither learned source reaches precision 0.8 at any confidence (loaded-word model at most ≈ 0.7, clause
 * model ≈ 0.55), so neither is shown; they still run, as features of the clause model and the sentence
 * classifier. The lexicon is not thresholded: its confidences are editorial and do not rank its precision
 * (spans at ≥ 0.7 overlap gold 0.54 of the time, at ≥ 0.85 0.53); its false alarms are cut by context
 * exclusions instead (legal "alleged", "9/11 terrorist attacks"; src/lexicons/en.json), and its precision is
 * reported below target.
 */
export const SHOW_THRESHOLDS: ShowThresholds = {
  lexicon: 0,
  'word-model': NEVER_SHOWN,
  'phrase-model': NEVER_SHOWN,
  'clause-model': NEVER_SHOWN,
  clauseTechnique: NEVER_SHOWN,
}

/**
 * The spans a reader is shown: those at or above their source's threshold. Hidden spans stay hidden even where
 * they were the only finding: a missed span costs less than a wrong one.
 * @example keepShownSpans(spans, SHOW_THRESHOLDS)
 */
export function keepShownSpans(spans: readonly FramingSpan[], thresholds: ShowThresholds): FramingSpan[] {
  return spans.filter((span) => span.confidence >= thresholds[span.source])
}
