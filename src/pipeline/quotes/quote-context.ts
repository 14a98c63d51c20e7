import type { ArticleQuote, Sentence, Span, Token } from '../../model/index.js'
import type { NameMention } from '../entities/index.js'
import { memoizeByObject } from '../memoize.js'
import { firstIndex, spansWithin } from '../span-at.js'
import type { Referent } from './resolve-referents.js'
import type { SpeechLexicon } from './speech-lexicon.js'

/** A quote of one article before it has an article id. */
export type FoundQuote = Omit<ArticleQuote, 'articleId'>

/** What every quote finder reads: the article text, its sentences, names and person referents. */
export interface QuoteContext {
  readonly text: string
  readonly sentences: readonly Sentence[]
  readonly names: readonly NameMention[]
  readonly referents: readonly Referent[]
  /** Outer spans (marks included) of every quotation in the article. */
  readonly marked: readonly Span[]
  /** The article language's speech words; absent for English, whose finders read the tagger's parts of speech. */
  readonly lexicon?: SpeechLexicon
}

/**
 * Who is speaking: the words naming the speaker and, when they resolve to a name, its index into the article's
 * name mentions (-1 when not: "officials", "the company", an unresolved "they"). A `Referent` is one.
 */
export interface Speaker extends Span {
  readonly name: number
}

/** The cue of a quote (its verb phrase) and its speaker, either of which may be missing. */
export interface Attribution {
  readonly verb?: string
  readonly speaker?: Speaker
}

/** A statement found in one sentence, before it becomes a quote: the content span and who said it. */
export interface Report {
  readonly content: Span
  readonly attribution: Attribution
}

/** A quote from a content span and its attribution. */
export function buildQuote(ctx: QuoteContext, span: Span, marked: boolean, attribution: Attribution): FoundQuote {
  const speaker = attribution.speaker
  const name = speaker && speaker.name >= 0 ? ctx.names[speaker.name] : undefined
  return {
    start: span.start,
    end: span.end,
    text: ctx.text.slice(span.start, span.end),
    marked,
    ...(attribution.verb ? { verb: attribution.verb } : {}),
    ...(speaker ? { speakerSpan: { start: speaker.start, end: speaker.end } } : {}),
    speakerName: name?.text ?? null,
  }
}

/** Drops surrounding spaces and a trailing comma, colon or semicolon: `Ukraine,"` → `Ukraine`. */
export function trimContent(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--
  return { start, end }
}

/** "said", with an adverb in -ly next to it: "hypocritically said", "added cynically". */
export function verbPhrase(tokens: readonly Token[], index: number): string {
  const verb = tokens[index]!
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  if (before && before.pos === 'ADV' && /ly$/i.test(before.text)) return `${before.text} ${verb.text}`
  if (after && after.pos === 'ADV' && /ly$/i.test(after.text)) return `${verb.text} ${after.text}`
  return verb.text
}

/** True when the span lies inside a quotation (marks included). */
export function isInsideMarks(ctx: QuoteContext, span: Span): boolean {
  // Some quotation starting at or before the span reaches past its end: one binary search, as this is asked
  // of every token (a scan of all quotations per token made long texts quadratic).
  const { starts, reach } = markIndex(ctx.marked)
  const after = firstIndex(starts.length, (k) => starts[k]! > span.start)
  return after > 0 && reach[after - 1]! >= span.end
}

/** Quotation starts in order, and the furthest end among the quotations up to each. */
interface MarkIndex {
  readonly starts: Float64Array
  readonly reach: Float64Array
}

const markIndex = memoizeByObject((marked: readonly Span[]): MarkIndex => {
  const sorted = [...marked].sort((a, b) => a.start - b.start)
  const reach = new Float64Array(sorted.length)
  sorted.forEach((m, i) => (reach[i] = Math.max(m.end, i > 0 ? reach[i - 1]! : Number.NEGATIVE_INFINITY)))
  return { starts: Float64Array.from(sorted, (m) => m.start), reach }
})

const sortedByStart = memoizeByObject((referents: readonly Referent[]) => [...referents].sort((a, b) => a.start - b.start))

/**
 * The referents lying within [start, end), in text order: a binary search and a short walk, not a pass over
 * the article's referents per sentence or verb. (resolveReferents already gives them in text order.)
 */
export function referentsIn(ctx: QuoteContext, start: number, end: number): Referent[] {
  return spansWithin(sortedByStart(ctx.referents), start, end)
}

/** The last referent starting before `offset` that `accept` takes, looking back at most `limit` referents. */
export function lastReferentBefore(ctx: QuoteContext, offset: number, accept: (r: Referent) => boolean, limit = 20): Referent | undefined {
  const sorted = sortedByStart(ctx.referents)
  const k = firstIndex(sorted.length, (i) => sorted[i]!.start >= offset)
  for (let i = k - 1; i >= 0 && k - i <= limit; i--) if (accept(sorted[i]!)) return sorted[i]
  return undefined
}

/**
 * The last referent in the article's list (text order) that names someone (`name >= 0`) and ends by `offset`:
 * a binary search over those referents sorted by end, with the latest list position up to each, instead of a
 * filter over all referents per quote.
 */
export function lastNamedReferentEndingBy(ctx: QuoteContext, offset: number): Referent | undefined {
  const { ends, latest } = namedByEnd(ctx.referents)
  const count = firstIndex(ends.length, (k) => ends[k]! > offset)
  return count === 0 ? undefined : ctx.referents[latest[count - 1]!]
}

const namedByEnd = memoizeByObject((referents: readonly Referent[]) => {
  const byEnd = referents.flatMap((r, i) => (r.name >= 0 ? [i] : [])).sort((a, b) => referents[a]!.end - referents[b]!.end)
  const latest = new Float64Array(byEnd.length)
  byEnd.forEach((i, k) => (latest[k] = Math.max(i, k > 0 ? latest[k - 1]! : -1)))
  return { ends: Float64Array.from(byEnd, (i) => referents[i]!.end), latest }
})

const namesByStart = memoizeByObject((names: readonly NameMention[]) =>
  names.map((n, index) => ({ start: n.start, end: n.end, index })).sort((a, b) => a.start - b.start),
)

/** Indices of the name mentions lying within [start, end), in text order. */
export function namesIn(ctx: QuoteContext, start: number, end: number): number[] {
  return spansWithin(namesByStart(ctx.names), start, end).map((n) => n.index)
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

export function wordCount(text: string): number {
  return (text.match(/\p{L}+/gu) ?? []).length
}
