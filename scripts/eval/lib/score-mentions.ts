import type { EntityKind, Span } from '../../../src/model/index.js'
import type { GoldName } from './ecb-gold-names.js'
import { matchOneToOne, type Candidate } from './match-one-to-one.js'

/** A named mention a system found, with offsets in the same text as the gold. */
export interface PredictedMention extends Span {
  readonly text: string
  readonly kind: EntityKind
}

/** The kinds scored by type; ECB+ has no gold for our 'weapon' / 'event'. */
export const TYPED_KINDS = ['person', 'place', 'organization'] as const
export type TypedKind = (typeof TYPED_KINDS)[number]

export interface Tally {
  tp: number
  pred: number
  gold: number
}

export interface MentionCounts {
  /** One-to-one matches by any character overlap. */
  overlap: Tally
  /** Matches with identical boundaries (a leading "the" of ours ignored). */
  exact: Tally
  /** Overlap matches of the same kind, over head gold names and our typed mentions (see `scoreMentions`). */
  typed: Tally
  byKind: Record<TypedKind, Tally>
}

/**
 * Scores predicted named mentions against gold names of one document. Overlap: each gold name pairs with at
 * most one prediction sharing a character with it, best character-Jaccard first. Typed: gold = head names
 * whose kind is person/place/organization; predicted = our mentions of those kinds, less any overlapping a
 * non-head gold name (whose type ECB+ does not give). Returns the counts and, per gold name, the index of
 * the prediction it matched by overlap (for coreference scoring).
 * Example: gold "Hugh Jackman" (person), predicted "Jackman" (person) → overlap and typed TP, not exact.
 */
export function scoreMentions(gold: readonly GoldName[], pred: readonly PredictedMention[]): { counts: MentionCounts; matchOf: (number | undefined)[] } {
  const overlapPairs = matchOneToOne(candidates(gold, pred, () => true), Number.MIN_VALUE)
  const exactPairs = matchOneToOne(
    candidates(gold, pred, (g, p) => g.start === trimArticle(p).start && g.end === p.end),
    Number.MIN_VALUE,
  )
  const isTypedPred = pred.map((p) => isTyped(p.kind) && !gold.some((g) => !g.isHead && overlaps(g, p)))
  const isTypedGold = gold.map((g) => g.isHead && isTyped(g.kind))
  const typedPairs = matchOneToOne(
    candidates(gold, pred, (g, p, j, i) => (isTypedGold[j] ?? false) && (isTypedPred[i] ?? false) && g.kind === p.kind),
    Number.MIN_VALUE,
  )
  const byKind = Object.fromEntries(
    TYPED_KINDS.map((kind) => [
      kind,
      {
        tp: typedPairs.filter((pair) => gold[pair.gold]?.kind === kind).length,
        pred: pred.filter((p, i) => isTypedPred[i] && p.kind === kind).length,
        gold: gold.filter((g, j) => isTypedGold[j] && g.kind === kind).length,
      },
    ]),
  ) as Record<TypedKind, Tally>
  const matchOf: (number | undefined)[] = gold.map(() => undefined)
  for (const pair of overlapPairs) matchOf[pair.gold] = pair.pred
  return {
    counts: {
      overlap: { tp: overlapPairs.length, pred: pred.length, gold: gold.length },
      exact: { tp: exactPairs.length, pred: pred.length, gold: gold.length },
      typed: {
        tp: typedPairs.length,
        pred: isTypedPred.filter(Boolean).length,
        gold: isTypedGold.filter(Boolean).length,
      },
      byKind,
    },
    matchOf,
  }
}

export function emptyMentionCounts(): MentionCounts {
  const tally = (): Tally => ({ tp: 0, pred: 0, gold: 0 })
  return { overlap: tally(), exact: tally(), typed: tally(), byKind: { person: tally(), place: tally(), organization: tally() } }
}

/** Adds `b` into `a`. */
export function addMentionCounts(a: MentionCounts, b: MentionCounts): void {
  const add = (x: Tally, y: Tally): void => {
    x.tp += y.tp
    x.pred += y.pred
    x.gold += y.gold
  }
  add(a.overlap, b.overlap)
  add(a.exact, b.exact)
  add(a.typed, b.typed)
  for (const kind of TYPED_KINDS) add(a.byKind[kind], b.byKind[kind])
}

function candidates(
  gold: readonly GoldName[],
  pred: readonly PredictedMention[],
  accept: (g: GoldName, p: PredictedMention, goldIndex: number, predIndex: number) => boolean,
): Candidate[] {
  const result: Candidate[] = []
  pred.forEach((p, i) => {
    gold.forEach((g, j) => {
      if (overlaps(g, p) && accept(g, p, j, i)) result.push({ pred: i, gold: j, score: charJaccard(g, p) })
    })
  })
  return result
}

function isTyped(kind: EntityKind): kind is TypedKind {
  return (TYPED_KINDS as readonly string[]).includes(kind)
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

function charJaccard(a: Span, b: Span): number {
  const both = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  return both / (Math.max(a.end, b.end) - Math.min(a.start, b.start))
}

/** ECB+ gold names drop a leading "The"; do the same to ours before comparing boundaries. */
function trimArticle(mention: PredictedMention): Span {
  const match = /^the\s+/iu.exec(mention.text)
  return match ? { start: mention.start + match[0].length, end: mention.end } : mention
}
