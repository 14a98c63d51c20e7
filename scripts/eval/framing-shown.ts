/**
 * Which framing spans are shown: per source (lexicon, loaded-word model, clause model), the confidence at which
 * its cross-validated spans reach the target precision, set on one half of dev and scored on the other (and the
 * other way round). A span is right when it overlaps a gold span: PTC technique spans, BABE biased words of a
 * Biased sentence (a span on a Non-biased sentence is wrong), BASIL lexical-bias spans.
 */
import type { FramingSource } from '../../src/model/index.js'
import type { ShowThresholds } from '../../src/pipeline/framing/index.js'
import { foldOf } from '../train/cross-validate.js'
import type { CharSpan } from './framing-metrics.js'

export type ShownCorpus = 'PTC' | 'BABE' | 'BASIL'

/** One scored text (a PTC article, a BABE or BASIL sentence) with its gold spans and every span the detector found. */
export interface ShownDoc {
  readonly corpus: ShownCorpus
  readonly group: string
  readonly gold: readonly CharSpan[]
  readonly spans: readonly ShownCandidate[]
}

export interface ShownCandidate extends CharSpan {
  readonly source: FramingSource
  readonly confidence: number
  /** Clause spans: the technique classifier's probability for the technique it names. */
  readonly techniqueP?: number
  /** PTC clause spans that overlap gold: whether the named technique is one of the overlapping spans'. */
  readonly techniqueRight?: boolean
}

export const SOURCES: readonly FramingSource[] = ['lexicon', 'word-model', 'clause-model']
export const TARGET_PRECISION = 0.8
// A threshold rests on at least this many spans at or above it: a handful of lucky spans is not a precision.
const MIN_SPANS = 20
/** Above every confidence: the source is not shown at all. */
export const NEVER = 1.01

const isRight = (span: CharSpan, gold: readonly CharSpan[]): boolean => gold.some((g) => g.start < span.end && g.end > span.start)

/**
 * Per source, the lowest confidence t such that the spans at or above t overlap gold at least `target` of the
 * time (pooled over the three corpora, at least MIN_SPANS of them); NEVER when no t gets there. The clause
 * technique threshold is the lowest technique probability at which named techniques of PTC clause spans are
 * right `target` of the time.
 */
export function fitShowThresholds(docs: readonly ShownDoc[], target = TARGET_PRECISION): ShowThresholds {
  const outcomes = new Map<FramingSource, { score: number; right: boolean }[]>()
  const techniques: { score: number; right: boolean }[] = []
  for (const doc of docs) {
    for (const span of doc.spans) {
      const list = outcomes.get(span.source) ?? []
      list.push({ score: span.confidence, right: isRight(span, doc.gold) })
      outcomes.set(span.source, list)
      if (span.techniqueP !== undefined && span.techniqueRight !== undefined) techniques.push({ score: span.techniqueP, right: span.techniqueRight })
    }
  }
  const at = (source: FramingSource): number => lowestAtPrecision(outcomes.get(source) ?? [], target)
  // The lexicon is not thresholded (SHOW_THRESHOLDS says why): its precision is scored as it stands.
  return { lexicon: 0, 'word-model': at('word-model'), 'phrase-model': at('phrase-model'), 'clause-model': at('clause-model'), clauseTechnique: lowestAtPrecision(techniques, target) }
}

function lowestAtPrecision(outcomes: readonly { score: number; right: boolean }[], target: number): number {
  const sorted = [...outcomes].sort((a, b) => b.score - a.score)
  let right = 0
  let best = NEVER
  for (let k = 0; k < sorted.length; k++) {
    right += sorted[k]!.right ? 1 : 0
    // Only where the next span has a lower score: a threshold keeps every span of equal score.
    if (k + 1 < sorted.length && sorted[k + 1]!.score === sorted[k]!.score) continue
    if (k + 1 >= MIN_SPANS && right / (k + 1) >= target) best = sorted[k]!.score
  }
  return best
}

export interface ShownScore {
  /** Spans shown, and how many overlap gold. */
  shown: number
  right: number
  /** Gold spans, and how many a shown span overlaps. */
  gold: number
  found: number
}

/** Per corpus and source ('all' for every source), what the thresholds show on `docs`. */
export function scoreShown(docs: readonly ShownDoc[], thresholds: ShowThresholds | null): Map<string, ShownScore> {
  const scores = new Map<string, ShownScore>()
  const get = (key: string): ShownScore => {
    let s = scores.get(key)
    if (s === undefined) scores.set(key, (s = { shown: 0, right: 0, gold: 0, found: 0 }))
    return s
  }
  for (const doc of docs) {
    const shown = doc.spans.filter((s) => thresholds === null || s.confidence >= thresholds[s.source])
    for (const corpus of [doc.corpus, 'all'] as const) {
      for (const source of [...SOURCES, 'all'] as const) {
        const spans = source === 'all' ? shown : shown.filter((s) => s.source === source)
        const score = get(`${corpus}\t${source}`)
        score.shown += spans.length
        score.right += spans.filter((s) => isRight(s, doc.gold)).length
        score.gold += doc.gold.length
        score.found += doc.gold.filter((g) => isRight(g, spans)).length
      }
    }
  }
  return scores
}

/** Adds `b` into `a`, key by key. */
function addScores(a: Map<string, ShownScore>, b: ReadonlyMap<string, ShownScore>): void {
  for (const [key, s] of b) {
    const t = a.get(key) ?? { shown: 0, right: 0, gold: 0, found: 0 }
    a.set(key, { shown: t.shown + s.shown, right: t.right + s.right, gold: t.gold + s.gold, found: t.found + s.found })
  }
}

/**
 * Two-fold check of the method: thresholds fitted on each half of dev (by article or event) score the other;
 * the sums are what a reader would see on text the thresholds never saw.
 */
export function crossHalves(docs: readonly ShownDoc[]): { scores: Map<string, ShownScore>; thresholds: ShowThresholds[] } {
  const half = foldOf(docs.map((d) => `${d.corpus}:${d.group}`), 2)
  const inHalf = (h: number) => docs.filter((d) => half.get(`${d.corpus}:${d.group}`) === h)
  const scores = new Map<string, ShownScore>()
  const thresholds: ShowThresholds[] = []
  for (const h of [0, 1]) {
    const fitted = fitShowThresholds(inHalf(h))
    thresholds.push(fitted)
    addScores(scores, scoreShown(inHalf(1 - h), fitted))
  }
  return { scores, thresholds }
}
