import type { Difference } from '../../model/index.js'
import type { ConflictingClaims } from './align-facts.js'
import { isSameConcept } from './concepts.js'
import { changedFigures, isComparableChange, polarityOf } from './find-contradiction.js'
import { sentencePair } from './find-differences.js'

// A figure replaced by another ("40 killed on Monday" / "43 killed on Monday"), and at most one more, as a
// translation may write a second figure as a word ("twenty-four hours" / "сутки") the other side lacks.
const MAX_CHANGED = 2

/**
 * Turns sentence pairs kept apart by `alignFacts` into conflicts a reader sees next to the figures and dates:
 * "no casualties were confirmed" / "civilian casualties" (polarity), "killed 40 people" / "at least 43 killed"
 * (figures). A pair whose differing figures `findDifferences` already reports as a conflict is not repeated.
 * Ids continue after `existing`.
 */
export function claimConflicts(conflicts: readonly ConflictingClaims[], existing: readonly Difference[], language?: string): Difference[] {
  const out: Difference[] = []
  const seen = new Set<string>()
  for (const { a, b, reason } of [...conflicts].sort((x, y) => y.similarity - x.similarity)) {
    // Clauses of one sentence pair are one conflict.
    const key = sentencePair(a.articleId, a.sentenceIndex, b.articleId, b.sentenceIndex)
    if (seen.has(key)) continue
    seen.add(key)
    const changed = changedFigures(a, b)
    // Sentences that differ in many figures are more often two statements matched for lack of a better one than one.
    if (reason === 'figures' && (isCovered(a, b, existing) || changed.some((values) => values.length > MAX_CHANGED) || !isComparableChange(a, b))) continue
    const values = [a, b].map((s, side) => ({
      articleId: s.articleId,
      start: s.sentence.start,
      end: s.sentence.end,
      text: s.sentence.text,
      normalized: reason === 'figures' ? changed[side]!.join(', ') : polarityOf(s.sentence, s.language) === 'negated' ? 'denied' : 'stated',
    }))
    // Named in the words of the side written in the report's language, when one is.
    const subject = b.language === language && a.language !== language ? sharedWords(b, a) : sharedWords(a, b)
    out.push({ id: `d${existing.length + out.length + 1}`, kind: 'claim', subject, status: 'conflict', values })
  }
  return out
}

/** A conflict of figures already reported with values inside both sentences. */
function isCovered(a: ConflictingClaims['a'], b: ConflictingClaims['b'], existing: readonly Difference[]): boolean {
  const inside = (d: Difference, s: ConflictingClaims['a']): boolean =>
    d.values.some((v) => v.articleId === s.articleId && v.start >= s.sentence.start && v.end <= s.sentence.end)
  return existing.some((d) => d.status === 'conflict' && inside(d, a) && inside(d, b))
}

/** The words both sentences share (by concept), in the first sentence's order: what the conflict is about. */
function sharedWords(a: ConflictingClaims['a'], b: ConflictingClaims['b']): string {
  const shared = a.concepts.filter((c) => b.concepts.some((o) => isSameConcept(c, o)))
  return [...new Set(shared.map((c) => a.sentence.text.slice(c.start - a.sentence.start, c.end - a.sentence.start)))].slice(0, 6).join(' ')
}
