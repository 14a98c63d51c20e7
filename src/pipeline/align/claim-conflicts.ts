import type { Difference } from '../../model/index.js'
import type { ConflictingClaims } from './align-facts.js'
import { isSameConcept } from './concepts.js'
import { figuresOf, polarityOf, unmatchedFigures } from './find-contradiction.js'

// 0.42, the threshold for one fact within one language: across languages facts link from 0.25, where a pair is
// often the best of weak matches (two sentences about other figures of one story), not one statement.
const MIN_CONFLICT_SIMILARITY = 0.25
// Two: a translation may write a second figure as a word ("twenty-four hours" / "сутки") the other side lacks.
const MAX_CHANGED = 2

/**
 * Turns sentence pairs kept apart by `alignFacts` into conflicts a reader sees next to the figures and dates:
 * "no casualties were confirmed" / "civilian casualties" (polarity), "killed 40 people" / "at least 43 killed"
 * (figures). A pair whose differing figures `findDifferences` already reports as a conflict is not repeated.
 * Ids continue after `existing`.
 */
export function claimConflicts(conflicts: readonly ConflictingClaims[], existing: readonly Difference[]): Difference[] {
  const out: Difference[] = []
  const seen = new Set<string>()
  for (const { a, b, reason, similarity } of [...conflicts].sort((x, y) => y.similarity - x.similarity)) {
    // A conflict is a claim users act on: it needs a closer match than agreement does.
    if (similarity < MIN_CONFLICT_SIMILARITY) continue
    // Clauses of one sentence pair are one conflict.
    const key = [`${a.articleId}#${a.sentenceIndex}`, `${b.articleId}#${b.sentenceIndex}`].sort().join('|')
    if (seen.has(key)) continue
    seen.add(key)
    if (reason === 'figures' && (isCovered(a, b, existing) || !isOneFigureChanged(a, b))) continue
    const values = [a, b].map((s) => ({
      articleId: s.articleId,
      start: s.sentence.start,
      end: s.sentence.end,
      text: s.sentence.text,
      normalized: reason === 'figures' ? figuresNotIn(s, s === a ? b : a) : polarityOf(s.sentence, s.language) === 'negated' ? 'denied' : 'stated',
    }))
    out.push({ id: `d${existing.length + out.length + 1}`, kind: 'claim', subject: sharedWords(a, b), status: 'conflict', values })
  }
  return out
}

/** A conflict of figures already reported with values inside both sentences. */
function isCovered(a: ConflictingClaims['a'], b: ConflictingClaims['b'], existing: readonly Difference[]): boolean {
  const inside = (d: Difference, s: ConflictingClaims['a']): boolean =>
    d.values.some((v) => v.articleId === s.articleId && v.start >= s.sentence.start && v.end <= s.sentence.end)
  return existing.some((d) => d.status === 'conflict' && inside(d, a) && inside(d, b))
}

/**
 * One figure replaced by another, the rest the same: "40 killed on Monday" / "43 killed on Monday". Sentences that
 * differ in several figures are more often two statements matched for lack of a better one than one statement.
 */
function isOneFigureChanged(a: ConflictingClaims['a'], b: ConflictingClaims['b']): boolean {
  const fa = figuresOf(a.sentence.text, a.language)
  const fb = figuresOf(b.sentence.text, b.language)
  return new Set(unmatchedFigures(fa, fb).map((f) => f.value)).size <= MAX_CHANGED && new Set(unmatchedFigures(fb, fa).map((f) => f.value)).size <= MAX_CHANGED
}

function figuresNotIn(s: ConflictingClaims['a'], other: ConflictingClaims['a']): string {
  const mine = figuresOf(s.sentence.text, s.language)
  return [...new Set(unmatchedFigures(mine, figuresOf(other.sentence.text, other.language)).map((f) => f.value))].join(', ')
}

/** The words both sentences share (by concept), in the first sentence's order: what the conflict is about. */
function sharedWords(a: ConflictingClaims['a'], b: ConflictingClaims['b']): string {
  const shared = a.concepts.filter((c) => b.concepts.some((o) => isSameConcept(c, o)))
  return [...new Set(shared.map((c) => a.sentence.text.slice(c.start - a.sentence.start, c.end - a.sentence.start)))].slice(0, 6).join(' ')
}
