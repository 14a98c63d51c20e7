import type { FramingTechnique } from '../../model/index.js'

/**
 * How strong a lexicon match is: 'full' when the entry's pattern is complete (a label, a delegitimiser applied to
 * an office, an attribution adverb on a verb of saying), 'weak' when only part of it stands ("illegitimate" with
 * no office after it, "reportedly" with no verb of saying). Weak matches are calibrated apart: they are wrong more often.
 */
export type MatchStrength = 'full' | 'weak'

/** Dev counts behind a calibrated confidence: spans found, and how many overlap annotators' gold. */
export interface CalibrationCounts {
  readonly n: number
  readonly right: number
}

/**
 * Lexicon confidences as calibrated probabilities, fitted on dev (scripts/train/train-lexicon-calibration.ts): the
 * share of an entry's spans that annotators marked (BABE biased words, BASIL lexical bias, PTC propaganda spans),
 * shrunk toward its technique's share by `prior` pseudo-spans, and a weak match's share shrunk toward its entry's.
 */
export interface LexiconCalibration {
  readonly prior: number
  /** Share of all lexicon spans that overlap gold: the estimate for a technique with no dev spans. */
  readonly pooled: number
  readonly techniques: Readonly<Record<string, CalibrationCounts>>
  /** By English entry id ("en.dictator"), then by strength. */
  readonly entries: Readonly<Record<string, Partial<Record<MatchStrength, CalibrationCounts>>>>
}

/** One lexicon span observed on dev: its entry, technique and strength, and whether gold overlaps it. */
export interface CalibrationObservation {
  readonly entryId: string
  readonly technique: FramingTechnique
  readonly strength: MatchStrength
  readonly right: boolean
  /** How much the span counts (default 1): repeats of one entry in one article share one article's weight. */
  readonly weight?: number
}

/** Counts observations into a calibration table (the trainer writes it; evaluation fits one per fold). */
export function fitLexiconCalibration(observations: readonly CalibrationObservation[], prior: number): LexiconCalibration {
  const techniques: Record<string, { n: number; right: number }> = {}
  const entries: Record<string, Partial<Record<MatchStrength, { n: number; right: number }>>> = {}
  const all = { n: 0, right: 0 }
  const bump = (counts: { n: number; right: number }, o: CalibrationObservation): void => {
    const weight = o.weight ?? 1
    counts.n += weight
    counts.right += o.right ? weight : 0
  }
  for (const o of observations) {
    bump(all, o)
    bump((techniques[o.technique] ??= { n: 0, right: 0 }), o)
    bump(((entries[englishId(o.entryId)] ??= {})[o.strength] ??= { n: 0, right: 0 }), o)
  }
  const round = (counts: { n: number; right: number }): CalibrationCounts => ({ n: round3(counts.n), right: round3(counts.right) })
  return {
    prior,
    pooled: all.n === 0 ? 0 : round3(all.right / all.n),
    techniques: Object.fromEntries(Object.entries(techniques).map(([k, c]) => [k, round(c)])),
    entries: Object.fromEntries(Object.entries(entries).map(([k, byStrength]) => [k, Object.fromEntries(Object.entries(byStrength).map(([s, c]) => [s, round(c)]))])),
  }
}

/**
 * The calibrated probability that a span of this entry, technique and strength is one annotators would mark.
 * Entries of other languages use their English counterpart's counts ("uk.dictator" → "en.dictator"): the dev
 * gold is English only, so this is a transfer, stated in docs/MODELS.md.
 * @example calibratedConfidence(table, 'en.dictator', 'name-calling', 'full')  // ≈ 0.62
 */
export function calibratedConfidence(table: LexiconCalibration, entryId: string, technique: FramingTechnique, strength: MatchStrength): number {
  const shrink = (counts: CalibrationCounts | undefined, toward: number): number =>
    counts === undefined ? toward : (counts.right + table.prior * toward) / (counts.n + table.prior)
  const byTechnique = shrink(table.techniques[technique], table.pooled)
  const entry = table.entries[englishId(entryId)]
  const full = entry?.full
  const weak = entry?.weak
  const all = full && weak ? { n: full.n + weak.n, right: full.right + weak.right } : (full ?? weak)
  const byEntry = shrink(all, byTechnique)
  return round3(shrink(entry?.[strength], byEntry))
}

/** "uk.so-called" → "en.so-called": lexicon ids share their concept after the language prefix. */
function englishId(entryId: string): string {
  return `en.${entryId.slice(entryId.indexOf('.') + 1)}`
}

/** Three decimals: the reliability curve does not support more, and reports and the table stay readable. */
function round3(p: number): number {
  return Math.round(p * 1000) / 1000
}
