/**
 * Every English lexicon span on the framing dev halves, with whether annotators marked it: the data the lexicon
 * calibration is fitted on (train-lexicon-calibration.ts) and checked with (scripts/eval/framing-calibration.ts).
 */
import type { FramingTechnique } from '../../src/model/index.js'
import { builtinLexicon, createFramingDetector } from '../../src/pipeline/framing/index.js'
import type { CalibrationObservation } from '../../src/pipeline/framing/lexicon-calibration.js'
import { readBabe, readBasil, readPtc, type CharSpan } from './bench-data.js'

/** An observation with the cross-validation group of its text (article or event) and its corpus. */
export interface GroupedObservation extends CalibrationObservation {
  readonly group: string
  readonly corpus: 'BABE' | 'BASIL' | 'PTC'
  /** The confidence the lexicon file states for the entry (what the detector showed before calibration). */
  readonly editorial: number
}

// The detector reports strength through the confidence it is given: 1 for a full match, 0.5 for a weak one.
const detect = createFramingDetector({
  language: 'en',
  model: null,
  sentences: null,
  phrases: null,
  thresholds: null,
  lexiconConfidence: (_entry, _technique, strength) => (strength === 'full' ? 1 : 0.5),
})
const statedConfidence = new Map((builtinLexicon('en')?.entries ?? []).map((entry) => [entry.id, entry.confidence]))
// What the detector showed before calibration: the lexicon file's confidence, three quarters of it for a weak match.
const WEAK_FACTOR = 0.75

/**
 * Gold per corpus: BABE's biased words in sentences labelled biased (none in unbiased ones), BASIL's lexical-bias
 * spans, PTC's propaganda spans. Sentences without annotator agreement are left out.
 */
export function lexiconObservations(): GroupedObservation[] {
  const out: GroupedObservation[] = []
  const add = (corpus: GroupedObservation['corpus'], group: string, text: string, gold: readonly CharSpan[]): void => {
    for (const span of detect(text)) {
      const entryId = /\[lexicon ([^,\]]+)/.exec(span.explanation)?.[1]
      if (entryId === undefined) continue
      const strength = span.confidence === 1 ? 'full' : 'weak'
      const stated = statedConfidence.get(entryId) ?? Number.NaN
      out.push({
        entryId,
        technique: span.technique as FramingTechnique,
        strength,
        right: gold.some((g) => g.start < span.end && g.end > span.start),
        group: `${corpus}:${group}`,
        corpus,
        editorial: strength === 'full' ? stated : stated * WEAK_FACTOR,
      })
    }
  }
  for (const a of readPtc()) add('PTC', a.id, a.text, a.si)
  for (const s of readBabe()) if (s.label !== 'No agreement') add('BABE', s.group, s.text, s.label === 'Biased' ? s.wordSpans : [])
  for (const s of readBasil()) add('BASIL', s.group, s.text, s.lexical)
  return perArticleWeights(out)
}

/**
 * Repeats of one entry in one article or event are one piece of evidence: an article that calls someone
 * "barbaric" fifteen times would otherwise set the entry's rate alone. Each (group, entry) weighs 1 in all.
 */
function perArticleWeights(observations: readonly GroupedObservation[]): GroupedObservation[] {
  const repeats = new Map<string, number>()
  const key = (o: GroupedObservation): string => `${o.group}\u0000${o.entryId}`
  for (const o of observations) repeats.set(key(o), (repeats.get(key(o)) ?? 0) + 1)
  return observations.map((o) => ({ ...o, weight: 1 / repeats.get(key(o))! }))
}
