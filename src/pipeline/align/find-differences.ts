import type { Difference, DifferenceKind, DifferenceValue } from '../../model/index.js'
import { isConsistentNumber, isYearlessDay, type DateMention, type NumberMention } from '../values/index.js'
import { conceptSimilarity, isSameConcept, type Concept, type SentenceConcepts } from './concepts.js'
import { memoizeByObject } from '../memoize.js'
import { pushTo } from '../push-to.js'
import { spanOfTime } from './span-of-time.js'

/** A date or figure of one article with the concepts around it (its sentence and the one before). */
export interface ValueInContext {
  readonly articleId: string
  /** Language of the article, and the index of the sentence the value stands in. */
  readonly language: string
  readonly sentenceIndex: number
  /** Publication date of the article (ISO): a date before it and one after it are different statements. */
  readonly publishedAt?: string
  readonly value: { readonly kind: 'date'; readonly date: DateMention } | { readonly kind: 'number'; readonly number: NumberMention }
  readonly context: readonly Concept[]
  /** Where the value's own sentence starts in `text`: its words name the subject before the context's. */
  readonly sentenceStart?: number
  readonly text: string
}

// 0.35: value contexts share their topic words ("Putin promised … request … 2025" / "… promised … requests
// would be fulfilled … second half of next year") at 0.4–0.8 on the seeds; unrelated dates in one story stay under 0.3.
const CONTEXT_THRESHOLD = 0.35
// A conflict is a claim users will act on: two different figures are only called one statement when their
// contexts agree closely ("$200 million from the Defense Department" / "$600 million from the Treasury" share
// "million from … fund" at 0.4–0.5 and are different pots of money).
const CONFLICT_CONTEXT_THRESHOLD = 0.6

/**
 * Pairs dates and figures across articles that state the same thing (similar context, same kind and unit) and
 * marks each group consistent (intervals overlap, figures agree within rounding) or in conflict.
 */
export function findDifferences(
  values: readonly ValueInContext[],
  weights: ReadonlyMap<string, number>,
  alignedSentences: ReadonlySet<string> = new Set(),
  /** The report's language: a comparison is named in its words when a value stands in an article written in it. */
  language?: string,
): Difference[] {
  const parent = values.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const articlesOf = values.map((v) => new Set([v.articleId]))
  const pairs: { i: number; j: number; score: number }[] = []
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i]!
      const b = values[j]!
      if (a.articleId === b.articleId || !isComparable(a, b)) continue
      // Across languages the words around a figure match only in part, so two figures of one story ("grew 24%" /
      // "grew more than 35%") look alike; they are compared only when their sentences were aligned as one fact.
      if (a.language !== b.language && !alignedSentences.has(sentencePair(a.articleId, a.sentenceIndex, b.articleId, b.sentenceIndex))) continue
      const score = conceptSimilarity(a.context, b.context, weights)
      const needed = isConsistent([a, b]) ? CONTEXT_THRESHOLD : CONFLICT_CONTEXT_THRESHOLD
      if (score >= needed) pairs.push({ i, j, score })
    }
  }
  // Best pairs first; a group holds at most one value per article, so one statement is compared with one.
  for (const { i, j } of pairs.sort((x, y) => y.score - x.score)) {
    const [ri, rj] = [find(i), find(j)]
    if (ri === rj || [...articlesOf[ri]!].some((id) => articlesOf[rj]!.has(id))) continue
    parent[rj] = ri
    for (const id of articlesOf[rj]!) articlesOf[ri]!.add(id)
  }
  const groups = new Map<number, number[]>()
  for (const i of values.keys()) pushTo(groups, find(i), i)
  const byArticle = new Map<string, ValueInContext[]>()
  for (const v of values) pushTo(byArticle, v.articleId, v)
  const out: Difference[] = []
  for (const members of groups.values()) {
    const paired = members.map((i) => values[i]!)
    const group = isConsistent(paired) ? paired : withoutMispairings(paired, byArticle)
    if (new Set(group.map((v) => v.articleId)).size < 2) continue
    out.push({
      id: `d${out.length + 1}`,
      kind: kindOf(group[0]!),
      subject: subjectOf(group, language, byArticle),
      status: isConsistent(group) ? 'consistent' : 'conflict',
      values: group.map(toValue),
    })
  }
  return out
}

/**
 * A conflict only where an outlet does not state the other figure: a member whose article also gives, elsewhere,
 * every other member's value (same kind and unit, consistent) reports both figures, so its figure here is about
 * something else and the pairing was wrong ("growth of 5.9% this year" paired with another outlet's "4.9% next
 * year" when both outlets give both). Such members leave the group.
 */
function withoutMispairings(group: readonly ValueInContext[], byArticle: ReadonlyMap<string, readonly ValueInContext[]>): ValueInContext[] {
  const statesAlso = (article: string, other: ValueInContext): boolean =>
    (byArticle.get(article) ?? []).some((v) => isComparable(v, other) && isConsistent([v, other]))
  return group.filter((member) => !group.every((other) => other.articleId === member.articleId || statesAlso(member.articleId, other)))
}

/** The key of a sentence pair of two articles, the same in either order. */
export function sentencePair(aId: string, a: number, bId: string, b: number): string {
  return aId < bId ? `${aId}#${a}|${bId}#${b}` : `${bId}#${b}|${aId}#${a}`
}

/** Builds the context of a value: concepts of its sentence and of the previous sentence in its paragraph. */
export function valueContext(sentences: readonly SentenceConcepts[], index: number, value: { start: number; end: number }): Concept[] {
  const here = sentences[index]
  if (!here) return []
  // Two sentences back within the paragraph: "Putin promised … . "Such deployment is possible." "In the second
  // half of next year," he added." — the date's subject sits two sentences before it.
  const before = [sentences[index - 2], sentences[index - 1]].filter((s) => s !== undefined && s.sentence.paragraph === here.sentence.paragraph)
  return [...before.flatMap((s) => s!.concepts), ...here.concepts].filter((c) => c.end <= value.start || c.start >= value.end)
}

function isComparable(a: ValueInContext, b: ValueInContext): boolean {
  if (a.value.kind === 'date' && b.value.kind === 'date') {
    // Undated articles' "December 6" / "6. Dezember" have no year to resolve: each is compared as a day of a month.
    if (!a.value.date.interval || !b.value.date.interval) return isYearlessDay(a.value.date.normalized) && isYearlessDay(b.value.date.normalized)
    return orientation(a.value.date.interval, a.publishedAt) === orientation(b.value.date.interval, b.publishedAt)
  }
  if (a.value.kind === 'number' && b.value.kind === 'number') {
    // In English totals over other spans of time are other quantities (see span-of-time.ts).
    return a.value.number.kind === b.value.number.kind && a.value.number.unit === b.value.number.unit && timeSpanOf(a) === timeSpanOf(b)
  }
  return false
}

/** The span of time an English figure is counted over ("" for none or another language), once per value: pairs are compared many times. */
const timeSpanOf = memoizeByObject((v: ValueInContext): string => (v.language === 'en' && v.value.kind === 'number' ? spanOfTime(v.text, v.value.number.start, v.value.number.end) : ''))

/** Whether a date lies before, around or after publication: "December 6" (the day) vs "next year" (a plan). */
function orientation(interval: readonly [string, string], publishedAt: string | undefined): 'past' | 'present' | 'future' | 'unknown' {
  if (!publishedAt) return 'unknown'
  const day = publishedAt.slice(0, 10)
  if (interval[0] > day) return 'future'
  if (interval[1] <= day) return 'past'
  return 'present'
}

function isConsistent(group: readonly ValueInContext[]): boolean {
  for (const a of group) {
    for (const b of group) {
      if (a.articleId === b.articleId) continue
      if (a.value.kind === 'date' && b.value.kind === 'date') {
        if (!a.value.date.interval || !b.value.date.interval) {
          if (a.value.date.normalized !== b.value.date.normalized) return false
          continue
        }
        const [af, at] = a.value.date.interval
        const [bf, bt] = b.value.date.interval
        if (!(af < bt && bf < at)) return false
      } else if (a.value.kind === 'number' && b.value.kind === 'number') {
        if (!isConsistentNumber(a.value.number, b.value.number)) return false
      }
    }
  }
  return true
}

function kindOf(v: ValueInContext): DifferenceKind {
  return v.value.kind === 'date' ? 'date' : v.value.number.kind
}

function spanOfValue(v: ValueInContext): { readonly start: number; readonly end: number } {
  return v.value.kind === 'date' ? v.value.date : v.value.number
}

function toValue(v: ValueInContext): DifferenceValue {
  const span = v.value.kind === 'date' ? v.value.date : v.value.number
  return { articleId: v.articleId, start: span.start, end: span.end, text: span.text, normalized: span.normalized }
}

/** The words the contexts share, in text order: "Putin promised request fulfilled". */
function subjectOf(group: readonly ValueInContext[], language: string | undefined, byArticle: ReadonlyMap<string, readonly ValueInContext[]>): string {
  // The value with the tightest context names the subject best ("Putin promised … request"), one in the report's
  // language before others (a reader of an English report reads "range km", not "составляет км").
  const inLanguage = (v: ValueInContext): number => (v.language === language ? 0 : 1)
  const [first, ...rest] = [...group].sort((a, b) => inLanguage(a) - inLanguage(b) || a.context.length - b.context.length)
  if (!first) return ''
  // A date or figure is no word of the subject: "from 28 September to 4 December" named each date's comparison
  // by the other date ("4 December" for the one of 28 September).
  const values = (byArticle.get(first.articleId) ?? []).map(spanOfValue)
  const isValueWord = (c: Concept): boolean => values.some((v) => c.start < v.end && v.start < c.end)
  const shared = first.context.filter((c) => !isValueWord(c) && rest.some((r) => r.context.some((o) => isSameConcept(c, o))))
  // The value's own sentence first: the sentences before it are context for pairing, and their words led the
  // subject of "two women" in "… died at a branch of the Marfin bank" with "Hooded youths hurled petrol bombs".
  const own = shared.filter((c) => c.start >= (first.sentenceStart ?? 0))
  const words = [...new Set((own.length >= MIN_SUBJECT_WORDS ? own : shared).map((c) => first.text.slice(c.start, c.end)))]
  return words.slice(0, 6).join(' ')
}

/** Shared words of the value's own sentence that suffice to name its subject without the sentences before. */
const MIN_SUBJECT_WORDS = 2
