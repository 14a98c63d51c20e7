/**
 * Are the lexicon's confidences calibrated probabilities (issue 18)? Two-fold cross-validation by article or event
 * on the framing dev halves: the calibration is fitted on one half (train-lexicon-calibration.ts's method) and its
 * confidences are checked on the other against the share of spans annotators marked, bin by bin (the reliability
 * curve), beside the confidences the lexicon file states. Expected calibration error (ECE) = the span-weighted mean
 * |confidence − observed share| over bins.
 * Run alone: `npx tsx scripts/eval/framing-calibration.ts` (prints the curve).
 */
import type { EvalRow } from './eval-row.js'
import { fixed } from './lib/format.js'
import { isMainModule } from './lib/run-task-script.js'
import { calibratedConfidence, fitLexiconCalibration } from '../../src/pipeline/framing/lexicon-calibration.js'
import { foldOf } from '../train/cross-validate.js'
import { lexiconObservations, type GroupedObservation } from '../train/lexicon-observations.js'
import { CALIBRATION_PRIOR } from '../train/calibration-prior.js'

const BINS = [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01]

interface Scored {
  readonly confidence: number
  readonly right: boolean
}

/** Each observation with the confidence a calibration fitted on the other half gives it. */
function crossFitted(observations: readonly GroupedObservation[]): Scored[] {
  const half = foldOf(observations.map((o) => o.group), 2)
  return [0, 1].flatMap((h) => {
    const table = fitLexiconCalibration(observations.filter((o) => half.get(o.group) !== h), CALIBRATION_PRIOR)
    return observations.filter((o) => half.get(o.group) === h).map((o) => ({ confidence: calibratedConfidence(table, o.entryId, o.technique, o.strength), right: o.right }))
  })
}

interface Bin {
  readonly low: number
  readonly high: number
  readonly n: number
  readonly mean: number
  readonly observed: number
}

function reliability(scored: readonly Scored[]): { bins: Bin[]; ece: number } {
  const bins: Bin[] = []
  let ece = 0
  for (let i = 0; i + 1 < BINS.length; i++) {
    const inBin = scored.filter((s) => s.confidence >= BINS[i]! && s.confidence < BINS[i + 1]!)
    if (inBin.length === 0) continue
    const mean = inBin.reduce((sum, s) => sum + s.confidence, 0) / inBin.length
    const observed = inBin.filter((s) => s.right).length / inBin.length
    bins.push({ low: BINS[i]!, high: Math.min(BINS[i + 1]!, 1), n: inBin.length, mean, observed })
    ece += (inBin.length / scored.length) * Math.abs(mean - observed)
  }
  return { bins, ece }
}

const curve = (bins: readonly Bin[]): string => bins.map((b) => `${fixed(b.low)}–${fixed(b.high)}: ${fixed(b.mean)} → ${fixed(b.observed)} (${b.n})`).join('; ')

/** Eval rows: ECE of the calibrated (cross-fitted) and of the stated confidences, each with its curve in the note. */
export function evaluateLexiconCalibration(): EvalRow[] {
  const observations = lexiconObservations()
  const calibrated = reliability(crossFitted(observations))
  const stated = reliability(observations.map((o) => ({ confidence: o.editorial, right: o.right })))
  const task = `framing · lexicon calibration (BABE + BASIL + PTC dev, ${observations.length} spans, 2-fold CV)`
  return [
    { task, metric: 'ECE, calibrated confidence', value: calibrated.ece, note: `bin: mean confidence → share marked (spans): ${curve(calibrated.bins)}` },
    { task, metric: 'ECE, confidence stated in the lexicon', value: stated.ece, note: curve(stated.bins) },
  ]
}

if (isMainModule(import.meta.url)) {
  for (const row of evaluateLexiconCalibration()) console.log(`${row.metric}: ${row.value.toFixed(3)}\n  ${row.note ?? ''}`)
}
