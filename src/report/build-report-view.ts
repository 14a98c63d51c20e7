import type {
  ArticleFraming,
  CoverageReport,
  DifferenceValue,
  Entity,
  Fact,
  FramingSpan,
  Quote,
  ReportQuoteRendering,
  RemovalReason,
  ReportArticle,
} from '../model/index.js'
import { pushTo } from '../pipeline/push-to.js'
import { compareText } from '../pipeline/text/index.js'
import { formatPublishedAt } from './format-published-at.js'
import { quoteWordDiff, type RenderingDiff } from './quote-word-diff.js'
import { rankOutletsByFraming, type OutletFramingRank } from './rank-outlets-by-framing.js'

/** One article with what every rendering shows about it; `number` is its citation number ([1], [2], ...). */
export interface ArticleView {
  readonly number: number
  readonly article: ReportArticle
  /** Word count of the cleaned text (Intl.Segmenter word segments, so it works for any script). */
  readonly words: number
  /** Removed furniture per reason, in order of first removal. */
  readonly removals: readonly { readonly reason: RemovalReason; readonly count: number }[]
  readonly framing: ArticleFraming | undefined
}

export interface FactView {
  readonly fact: Fact
  /** Articles carrying the fact, in report order (unknown ids dropped). */
  readonly articles: readonly ArticleView[]
  /** Reported by every article of the report. */
  readonly isShared: boolean
  /** Articles that state it otherwise (another figure, a denial: a conflict in `differences`): a fact they dispute is not one only its carriers report. */
  readonly disputedBy: readonly ArticleView[]
}

export interface QuoteView {
  readonly quote: Quote
  readonly speakerName: string
  /** "only in Daily Wrap" when one article of several carries the quote, else empty. */
  readonly reach: string
  /** Renderings in article order, each with its wording differences from the others. */
  readonly renderings: readonly { readonly rendering: ReportQuoteRendering; readonly article: ArticleView | undefined; readonly diff: RenderingDiff }[]
}

export interface FramingGroup {
  readonly technique: FramingSpan['technique']
  /** The text as first seen; repeats differ only in case or spacing. */
  readonly text: string
  readonly explanation: string
  /** Whose words: "own voice", or "quoted: Joe Biden" ("quoted: unnamed speaker"); see FramingVoice. */
  readonly whose: string
  readonly count: number
  readonly spans: readonly FramingSpan[]
}

/** What all three renderers show, computed once so they cannot disagree. */
export interface ReportView {
  readonly report: CoverageReport
  readonly articles: readonly ArticleView[]
  /** Outlets by framing in their own voice, the most first, each with its strongest spans. */
  readonly framingRanking: readonly OutletFramingRank[]
  readonly sharedFacts: readonly FactView[]
  readonly partialFacts: readonly FactView[]
  readonly quotes: readonly QuoteView[]
  /** Entities by mention count, most mentioned first. */
  readonly entities: readonly Entity[]
  articleById(id: string): ArticleView | undefined
  /** Articles for ids, in report order, unknown ids dropped. */
  articlesFor(ids: readonly string[]): readonly ArticleView[]
  entityName(id: string): string | undefined
}

/**
 * Derives the reader-facing view of a report: citation numbers, word counts, removal summaries,
 * facts split into shared and partial, quote speakers and wording differences.
 */
export function buildReportView(report: CoverageReport): ReportView {
  const framingById = new Map(report.framing.map((f) => [f.articleId, f]))
  const articles = report.articles.map(
    (article, index): ArticleView => ({
      number: index + 1,
      article,
      words: countWords(article.text),
      removals: summarizeRemovals(article),
      framing: framingById.get(article.id),
    }),
  )
  const byId = new Map(articles.map((a) => [a.article.id, a]))
  const articlesFor = (ids: readonly string[]): ArticleView[] => {
    const wanted = new Set(ids)
    return articles.filter((a) => wanted.has(a.article.id))
  }
  const entityNames = new Map(report.entities.map((e) => [e.id, e.name]))

  const conflicts = report.differences.filter((d) => d.status === 'conflict')
  const facts = report.facts.map((fact): FactView => {
    const carriers = articlesFor(fact.articleIds)
    const inFact = (v: DifferenceValue) => fact.spans.some((s) => s.field === undefined && s.articleId === v.articleId && s.start < v.end && v.start < s.end)
    const others = conflicts.filter((d) => d.values.some(inFact)).flatMap((d) => d.values.map((v) => v.articleId))
    return {
      fact,
      articles: carriers,
      isShared: articles.length > 0 && carriers.length === articles.length,
      disputedBy: articlesFor(others.filter((id) => !fact.articleIds.includes(id))),
    }
  })

  const quotes = report.quotes.map((quote): QuoteView => {
    const ordered = [...quote.renderings].sort(
      (x, y) => (byId.get(x.articleId)?.number ?? Infinity) - (byId.get(y.articleId)?.number ?? Infinity) || x.start - y.start,
    )
    const diffs = diffsWithinLanguage(ordered)
    const carriers = articlesFor(quote.renderings.map((r) => r.articleId))
    return {
      quote,
      reach: articles.length > 1 && carriers.length === 1 ? `only in ${listOutlets(carriers)}` : '',
      speakerName: quote.speaker === null ? unnamedSpeaker(ordered, (id) => byId.get(id)?.article.text) : (entityNames.get(quote.speaker) ?? quote.speaker),
      renderings: ordered.map((rendering, i) => ({
        rendering,
        article: byId.get(rendering.articleId),
        diff: diffs[i] ?? { segments: [{ text: rendering.text, changed: false }] },
      })),
    }
  })

  return {
    report,
    articles,
    framingRanking: rankOutletsByFraming(articles),
    sharedFacts: facts.filter((f) => f.isShared),
    partialFacts: facts.filter((f) => !f.isShared),
    quotes,
    entities: [...report.entities].sort((x, y) => y.mentions.length - x.mentions.length || compareText(x.name, y.name)),
    articleById: (id) => byId.get(id),
    articlesFor,
    entityName: (id) => entityNames.get(id),
  }
}

/**
 * Groups an article's framing spans by voice, technique and text ("Russian dictator" ×3): the outlet's own
 * voice first, then quoted spans, each in order of first appearance.
 */
export function groupFramingSpans(spans: readonly FramingSpan[]): FramingGroup[] {
  const groups = new Map<string, { first: FramingSpan; spans: FramingSpan[] }>()
  const ordered = [...spans].sort((x, y) => Number(x.voice.kind === 'quoted') - Number(y.voice.kind === 'quoted') || x.start - y.start)
  for (const span of ordered) {
    const key = `${whoseWords(span)}\u0000${span.technique}\u0000${span.text.toLowerCase().replace(/\s+/g, ' ').trim()}`
    const group = groups.get(key)
    if (group) group.spans.push(span)
    else groups.set(key, { first: span, spans: [span] })
  }
  return [...groups.values()].map(({ first, spans: members }) => ({
    technique: first.technique,
    text: first.text,
    explanation: first.explanation,
    whose: whoseWords(first),
    count: members.length,
    spans: members,
  }))
}

function whoseWords(span: FramingSpan): string {
  return span.voice.kind === 'outlet' ? 'own voice' : `quoted: ${span.voice.speaker ?? 'unnamed speaker'}`
}

/**
 * The quoted side of an article's framing in words: "quotes loaded language from Joe Biden (2 spans), an
 * unnamed speaker (1 span)"; undefined when it quotes none. Counted apart from the outlet's own score.
 */
export function describeQuotedFraming(spans: readonly FramingSpan[]): string | undefined {
  const bySpeaker = new Map<string, number>()
  for (const span of spans) {
    if (span.voice.kind !== 'quoted') continue
    const speaker = span.voice.speaker ?? 'an unnamed speaker'
    bySpeaker.set(speaker, (bySpeaker.get(speaker) ?? 0) + 1)
  }
  if (bySpeaker.size === 0) return undefined
  const list = [...bySpeaker].map(([speaker, n]) => `${speaker} (${n} span${n === 1 ? '' : 's'})`)
  return `quotes loaded language from ${list.join(', ')}; not counted in its own score`
}

/** Distinct descriptor texts per article (case-insensitive), with how often each occurs. */
export function distinctTexts(spans: readonly { readonly text: string }[]): { text: string; count: number }[] {
  const seen = new Map<string, { text: string; count: number }>()
  for (const { text } of spans) {
    const key = text.toLowerCase().replace(/\s+/g, ' ').trim()
    const entry = seen.get(key)
    if (entry) entry.count++
    else seen.set(key, { text, count: 1 })
  }
  return [...seen.values()]
}

/** "[1][2]" for the given articles. */
/**
 * "[ru] " before a fact or brief sentence shown in a language other than the report's (no outlet wrote it in the
 * report's language); "" otherwise, and for reports written before languages were recorded.
 */
export function languageTag(report: CoverageReport, item: { readonly language?: string }): string {
  const language = item.language
  return language && report.language && language !== report.language && language !== 'und' ? `[${language}] ` : ''
}

export function citations(articles: readonly ArticleView[]): string {
  return articles.map((a) => `[${a.number}]`).join('')
}

/** "; outlet-b states it otherwise" after a fact's outlets when others dispute it (see FactView.disputedBy), else "". */
export function disputeNote(f: Pick<FactView, 'disputedBy'>): string {
  return f.disputedBy.length > 0 ? `; ${listOutlets(f.disputedBy)} states it otherwise` : ''
}

/** "Kyiv Herald, Daily Wrap and Fox News". */
export function listOutlets(articles: readonly ArticleView[]): string {
  const names = articles.map((a) => a.article.outlet)
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
}

/** "removed 3: caption ×2, byline" — empty when nothing was removed. */
export function describeRemovals(view: ArticleView): string {
  if (view.removals.length === 0) return ''
  const total = view.removals.reduce((sum, r) => sum + r.count, 0)
  const parts = view.removals.map((r) => (r.count > 1 ? `${r.reason} ×${r.count}` : r.reason))
  return `removed ${total}: ${parts.join(', ')}`
}

/** The publication date for readers: "6 Dec 2024, 14:05 UTC", "≈ 7 Dec 2024 (estimated)"; empty when unknown. */
export function describeDate(article: ReportArticle): string {
  return formatPublishedAt(article.publishedAt, article.publishedAtEstimated === true)
}

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' })
// Scripts written without spaces between words: only a dictionary-based segmenter can count them.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const SPACED_WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.,][\p{L}\p{M}\p{N}]+)*/gu

function countWords(text: string): number {
  // Intl.Segmenter counts any script but runs at about 70k words/s here against ~10M/s for the
  // regex (5,000-word text: 66 ms vs 0.4 ms), so it is kept for the scripts that need it.
  if (!UNSPACED.test(text)) return text.match(SPACED_WORD)?.length ?? 0
  let count = 0
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike === true) count++
  return count
}

function summarizeRemovals(article: ReportArticle): { reason: RemovalReason; count: number }[] {
  const counts = new Map<RemovalReason, number>()
  for (const removal of article.removed) counts.set(removal.reason, (counts.get(removal.reason) ?? 0) + 1)
  return [...counts].map(([reason, count]) => ({ reason, count }))
}

/**
 * A quote with no named speaker is headed by how its outlet describes the speaker ("a government official", "police
 * sources"), when a rendering does, else "Unknown speaker". A pronoun ("he") describes no one.
 */
function unnamedSpeaker(renderings: readonly ReportQuoteRendering[], textOf: (articleId: string) => string | undefined): string {
  for (const r of renderings) {
    if (!r.speakerSpan) continue
    const words = textOf(r.articleId)?.slice(r.speakerSpan.start, r.speakerSpan.end).replace(/\s+/g, ' ').trim() ?? ''
    if (/\p{L}{3,}/u.test(words) && !/^(he|she|they|it|we|i|you|him|her|them)$/i.test(words)) return `Unnamed: ${words}`
  }
  return 'Unknown speaker'
}

/**
 * Each rendering's word diff against the renderings in its own language: across languages every word differs in
 * spelling, so marks there would cover nearly the whole quote and say nothing. A rendering alone in its language
 * is left unmarked.
 */
function diffsWithinLanguage(renderings: readonly ReportQuoteRendering[]): RenderingDiff[] {
  const out: RenderingDiff[] = []
  const byLanguage = new Map<string, number[]>()
  renderings.forEach((r, i) => pushTo(byLanguage, r.language, i))
  for (const indexes of byLanguage.values()) {
    quoteWordDiff(indexes.map((i) => renderings[i]!.text)).forEach((diff, k) => (out[indexes[k]!] = diff))
  }
  return out
}
