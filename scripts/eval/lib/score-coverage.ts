import type { Span } from '../../../src/model/index.js'
import type { Prf } from './prf.js'
import type { NumberPair, SegmentSpan, WmtGold } from './load-wmt.js'

/** A finding that links the two outlets: its passages in text A and in text B (input offsets, UTF-16). */
export interface LinkedSpans {
  readonly a: readonly Span[]
  readonly b: readonly Span[]
}

/**
 * What a system says about one two-outlet task, in input offsets: facts both outlets report, facts only one
 * reports (each fact is its list of passages), and number conflicts.
 */
export interface PredictedCoverage {
  readonly shared: readonly LinkedSpans[]
  readonly onlyA: readonly (readonly Span[])[]
  readonly onlyB: readonly (readonly Span[])[]
  readonly conflicts: readonly LinkedSpans[]
}

/**
 * Counts for a precision/recall pair whose two sides count different things (facts vs gold segments):
 * P = correct / predicted, R = goldHit / gold.
 */
export interface Hits {
  correct: number
  predicted: number
  goldHit: number
  gold: number
}

export interface CoverageCounts {
  readonly shared: Hits
  readonly onlyA: Hits
  readonly onlyB: Hits
  readonly conflicts: Hits
  /** Wrong conflict flags with a side on a number the gold pairs as consistent: the false positives to read. */
  conflictsOnConsistent: number
  /** Task level: "this task has a number conflict" (at least one flag) against the gold. */
  readonly docs: Hits
  /** Tasks where the task-level call is right (conflict or no conflict). */
  docsRight: number
  tasks: number
}

export function emptyHits(): Hits {
  return { correct: 0, predicted: 0, goldHit: 0, gold: 0 }
}

export function emptyCoverageCounts(): CoverageCounts {
  return { shared: emptyHits(), onlyA: emptyHits(), onlyB: emptyHits(), conflicts: emptyHits(), conflictsOnConsistent: 0, docs: emptyHits(), docsRight: 0, tasks: 0 }
}

/** Adds `b` into `a` (micro-averaging: sums of counts). */
export function addCoverageCounts(a: CoverageCounts, b: CoverageCounts): void {
  for (const key of ['shared', 'onlyA', 'onlyB', 'conflicts', 'docs'] as const) addHits(a[key], b[key])
  a.conflictsOnConsistent += b.conflictsOnConsistent
  a.docsRight += b.docsRight
  a.tasks += b.tasks
}

export function addHits(a: Hits, b: Hits): void {
  a.correct += b.correct
  a.predicted += b.predicted
  a.goldHit += b.goldHit
  a.gold += b.gold
}

/** The two sides of single-source scoring (A and B) as one. */
export function sumHits(a: Hits, b: Hits): Hits {
  return { correct: a.correct + b.correct, predicted: a.predicted + b.predicted, goldHit: a.goldHit + b.goldHit, gold: a.gold + b.gold }
}

/** P = correct / predicted, R = goldHit / gold, F1 of the two; 0 where a denominator is 0. */
export function hitsPrf(hits: Hits): Prf {
  const precision = hits.predicted === 0 ? 0 : hits.correct / hits.predicted
  const recall = hits.gold === 0 ? 0 : hits.goldHit / hits.gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/**
 * Scores one task by the rules of wmt-crosslingual/README.md. A span *hits* a segment when it overlaps it.
 * - shared: a fact is correct when its A spans and its B spans hit the same gold shared segment; a shared segment
 *   is found when some fact's A and B spans both hit it.
 * - onlyA / onlyB: a fact is correct when it hits a segment only that outlet kept; such a segment is found when a
 *   correct fact hits it.
 * - conflicts: a flag is correct when its A spans overlap the gold number in A and its B spans the gold number in B.
 * Example: gold shared [1], A seg 1 = [0,10), B seg 1 = [0,12); a shared fact with A [2,5) and B [0,3) → 1 of 1.
 */
export function scoreCoverage(gold: WmtGold, predicted: PredictedCoverage): CoverageCounts {
  const counts = emptyCoverageCounts()
  counts.tasks = 1
  const shared = new Set(gold.shared)
  const sharedFound = new Set<number>()
  for (const fact of predicted.shared) {
    const both = intersect(segmentsHit(fact.a, gold.spansA), segmentsHit(fact.b, gold.spansB))
    const hits = [...both].filter((segId) => shared.has(segId))
    if (hits.length > 0) counts.shared.correct++
    for (const segId of hits) sharedFound.add(segId)
  }
  Object.assign(counts.shared, { predicted: predicted.shared.length, goldHit: sharedFound.size, gold: shared.size })
  scoreSingle(counts.onlyA, predicted.onlyA, gold.spansA, gold.onlyA)
  scoreSingle(counts.onlyB, predicted.onlyB, gold.spansB, gold.onlyB)

  const conflictFound = new Set<NumberPair>()
  for (const flag of predicted.conflicts) {
    const match = gold.conflicts.find((g) => isOn(flag, g))
    if (match) {
      counts.conflicts.correct++
      conflictFound.add(match)
    } else if (gold.consistent.some((g) => overlapsAny(flag.a, g.spanA) || overlapsAny(flag.b, g.spanB))) {
      counts.conflictsOnConsistent++
    }
  }
  Object.assign(counts.conflicts, { predicted: predicted.conflicts.length, goldHit: conflictFound.size, gold: gold.conflicts.length })

  const saysConflict = predicted.conflicts.length > 0
  const hasConflict = gold.conflicts.length > 0
  const bothSay = saysConflict && hasConflict ? 1 : 0
  Object.assign(counts.docs, { correct: bothSay, predicted: saysConflict ? 1 : 0, goldHit: bothSay, gold: hasConflict ? 1 : 0 })
  counts.docsRight = saysConflict === hasConflict ? 1 : 0
  return counts
}

function scoreSingle(hits: Hits, facts: readonly (readonly Span[])[], segments: readonly SegmentSpan[], goldIds: readonly number[]): void {
  const gold = new Set(goldIds)
  const found = new Set<number>()
  for (const spans of facts) {
    const right = [...segmentsHit(spans, segments)].filter((segId) => gold.has(segId))
    if (right.length > 0) hits.correct++
    for (const segId of right) found.add(segId)
  }
  Object.assign(hits, { predicted: facts.length, goldHit: found.size, gold: gold.size })
}

/** The segIds of the segments any of `spans` overlaps. */
export function segmentsHit(spans: readonly Span[], segments: readonly SegmentSpan[]): Set<number> {
  const hit = new Set<number>()
  for (const segment of segments) if (overlapsAny(spans, segment)) hit.add(segment.segId)
  return hit
}

function isOn(flag: LinkedSpans, gold: NumberPair): boolean {
  return overlapsAny(flag.a, gold.spanA) && overlapsAny(flag.b, gold.spanB)
}

function overlapsAny(spans: readonly Span[], target: Span | undefined): boolean {
  return target !== undefined && spans.some((s) => s.start < target.end && target.start < s.end)
}

function intersect(a: ReadonlySet<number>, b: ReadonlySet<number>): Set<number> {
  return new Set([...a].filter((x) => b.has(x)))
}
