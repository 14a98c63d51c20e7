import type {
  AnalyzedArticle,
  Sentence,
  ArticleFraming,
  CoverageReport,
  Entity,
  Fact,
  OutletRegistry,
  Headline,
  ReportArticle,
} from '../model/index.js'
import {
  alignFacts,
  attachHeadlines,
  alignQuotes,
  conceptWeights,
  factSpans,
  findDifferences,
  claimSentences,
  claimConflicts,
  type FactAlignment,
  type FactOptions,
  DEFAULT_FACT_OPTIONS,
  sentenceConcepts,
  splitClauses,
  valueContext,
  type EntityKeys,
  type QuoteForAlignment,
  type SentenceConcepts,
  type ValueInContext,
  sentencePair,
} from './align/index.js'
import { framingDetector } from './analyze-article.js'
import { briefWords, writeBrief, type BriefArticle } from './brief/index.js'
import { findEntities, findNameMentions, loadGazetteer, mergeEntities, type ArticleEntities, type Gazetteer } from './entities/index.js'
import { foldName } from './text/index.js'
import { scoreFraming } from './framing/index.js'
import { describeOutlets } from './outlets/index.js'
import { compareHeadlines, headlineFraming, headlineStatements, mostNeutralTitle } from './headlines/index.js'
import { resolveReferents, type Referent } from './quotes/index.js'
import { splitSentences } from './segment/index.js'
import { findDates, findNumbers } from './values/index.js'
import { indexAt, spansWithin } from './span-at.js'

/** The entity layer of one article, recomputed from its text (cheap and deterministic). */
interface StoryArticle {
  readonly analyzed: AnalyzedArticle
  readonly publishedAt?: string
  readonly entities: ArticleEntities
  readonly referents: readonly Referent[]
}

/** Options of `compareCoverage`. */
export interface CompareOptions {
  /** Language the report and brief are read in (BCP-47 primary subtag, default "en"): a fact is shown in an
   *  outlet's rendering in this language when one exists, else in its own language. */
  readonly language?: string
  /** Fact alignment thresholds (DEFAULT_FACT_OPTIONS); for evaluation and tuning. */
  readonly facts?: Partial<FactOptions>
  /** The user's outlet registry: each outlet's registry entry and the coverage by group (docs/OUTLETS.md). */
  readonly outletRegistry?: OutletRegistry
  /** Most words in the brief (default: about an editor's summary, 120 for up to three articles; see `briefWords`). */
  readonly briefWords?: number
}

/**
 * Compares how several articles cover one story: merged entities, aligned facts, differing dates and figures,
 * aligned quotes, framing per article and a cited neutral brief. Stages run in order; no I/O.
 *
 * @example compareCoverage([analyzeArticle(a), analyzeArticle(b)].filter(isAnalyzed))
 */
export function compareCoverage(analyzed: readonly AnalyzedArticle[], options: CompareOptions = {}): CoverageReport {
  const language = options.language ?? 'en'
  const gazetteer = loadGazetteer()
  const story = withStoryDates(analyzed).map(({ article, publishedAt }) => {
    const entities = findEntities(article.article.text, article.sentences, gazetteer, article.article.language)
    return { analyzed: article, ...(publishedAt ? { publishedAt } : {}), entities, referents: resolveReferents(article.article.text, article.sentences, entities.names, entities.descriptors, article.article.language) }
  })
  const entities = mergeEntities(
    story.map((s) => ({
      articleId: s.analyzed.article.id,
      mentions: s.entities.names,
      descriptors: s.entities.descriptors,
      lang: s.analyzed.article.language,
      captionNames: s.analyzed.article.captions.flatMap((c) => findNameMentions(c, splitSentences(c), gazetteer, s.analyzed.article.language).map((m) => ({ text: m.text, kind: m.kind }))),
    })),
    gazetteer,
  )
  const keys = new Map(story.map((s) => [s.analyzed.article.id, entityKeys(s, entities)]))
  const languageOf = new Map(story.map((s) => [s.analyzed.article.id, s.analyzed.article.language]))
  const isCrossLingual = new Set(languageOf.values()).size > 1
  const toConcepts = (articleId: string, sentence: Sentence, sentenceIndex: number): SentenceConcepts => ({
    articleId,
    sentenceIndex,
    sentence,
    language: languageOf.get(articleId) ?? 'und',
    concepts: sentenceConcepts(sentence, keys.get(articleId)!, gazetteer, { language: languageOf.get(articleId) ?? 'und', isCrossLingual }),
  })
  const sentences = story.flatMap((s) => s.analyzed.sentences.map((sentence, i) => toConcepts(s.analyzed.article.id, sentence, i)))
  // Facts align clause by clause: one sentence may carry two claims that another outlet states apart.
  const clauses = story.flatMap((s) => {
    const claims = claimSentences(s.analyzed.sentences)
    return s.analyzed.sentences.flatMap((sentence, i) =>
      claims.has(sentence) ? splitClauses(sentence).map((clause) => toConcepts(s.analyzed.article.id, clause, i)) : [],
    )
  })
  const weights = conceptWeights(sentences)
  const framing = story.map((s): ArticleFraming => {
    const headline = headlineFraming(s.analyzed.article, framingDetector(s.analyzed.article.language))
    return {
      articleId: s.analyzed.article.id,
      score: scoreFraming(s.analyzed.framing, s.analyzed.article.text),
      quotedScore: scoreFraming(s.analyzed.framing, s.analyzed.article.text, 'quoted'),
      spans: s.analyzed.framing,
      ...(headline === undefined ? {} : { headline }),
    }
  })
  const headlines = compareHeadlines(story.map((s, i) => ({ article: s.analyzed.article, framing: framing[i]?.headline })))
  const factOptions = { ...DEFAULT_FACT_OPTIONS, ...options.facts }
  // Headlines align too, after the texts: an outlet whose headline states what another outlet's text reports
  // reports it as well.
  const alignment = attachHeadlines(alignFacts(clauses, weights, factOptions), headlineClaims(story, entities, gazetteer, isCrossLingual), weights, factOptions)
  const facts = toFacts(alignment.facts, framing, languageOf, language)
  const values = findDifferences(valuesOf(story, sentences), weights, alignedSentences(alignment), language)
  const differences = [...values, ...claimConflicts(alignment.conflicts, values, language)]
  const texts = new Map(story.map((s) => [s.analyzed.article.id, s.analyzed.article.text]))
  const speakerOf = speakerIndex(entities)
  const quotes = alignQuotes(quotesOf(story, sentences, speakerOf), weights, texts, languageOf)
  const brief = writeBrief(
    facts.flatMap((f) => {
      // The brief writes passages of the texts: a fact told by headlines alone is not one of them. A headline that
      // tells a fact a text states is cited with it, so the fact is not marked as one outlet's alone.
      if (!f.spans.some((span) => span.field === undefined)) return []
      return [{ id: f.id, spans: f.spans, articleIds: [...new Set(f.spans.map((span) => span.articleId))] }]
    }),
    story.map((s) => briefArticle(s, entities, framing, speakerOf)),
    {
      maxWords: options.briefWords ?? briefWords(story.length),
      differences,
      detectFraming: (text, textLanguage) => framingDetector(textLanguage)(text),
      language,
    },
  )
  const articles = story.map((s) => reportArticle(s))
  return {
    version: 1,
    language,
    title: storyTitle(headlines, articles, language),
    articles,
    ...describeOutlets(analyzed.map((a) => a.article), options.outletRegistry),
    entities,
    facts,
    differences,
    quotes,
    framing,
    brief,
    headlines,
    skipped: [],
  }
}

/** The most neutral headline, in the report's language where as neutral; without any headline, the first article's title (cut from its lead). */
function storyTitle(headlines: readonly Headline[], articles: readonly ReportArticle[], language: string): string {
  const publishedAt = new Map(articles.map((a) => [a.id, a.publishedAt]))
  const key = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim()
  const outlets = new Map<string, Set<string>>()
  for (const h of headlines) outlets.set(key(h.text), (outlets.get(key(h.text)) ?? new Set()).add(h.outlet))
  const candidates = headlines.map((h) => {
    const seen = publishedAt.get(h.articleId)
    return { title: h.text, score: h.score, spans: h.framing.length, outlets: outlets.get(key(h.text))?.size ?? 1, language: h.language, ...(seen ? { seen } : {}) }
  })
  return mostNeutralTitle(candidates, language) ?? articles[0]?.title ?? ''
}

/**
 * The date each article's relative dates ("next year", "31 January") resolve against. Articles without a stated
 * date take the story's: the median of the stated dates, else of the estimates, so that one story has one
 * reference (two estimates from different passages of one story can be years apart and would turn "31 January"
 * into two dates that conflict).
 */
function withStoryDates(analyzed: readonly AnalyzedArticle[]): { article: AnalyzedArticle; publishedAt?: string }[] {
  const median = (dates: readonly string[]): string | undefined => [...dates].sort()[Math.floor(dates.length / 2)]
  const dated = analyzed.filter((a) => a.article.publishedAt !== undefined)
  const stated = dated.filter((a) => !a.article.publishedAtEstimated).map((a) => a.article.publishedAt!)
  const story = median(stated) ?? median(dated.map((a) => a.article.publishedAt!))
  return analyzed.map((article) => {
    const own = article.article.publishedAtEstimated ? undefined : article.article.publishedAt
    const publishedAt = own ?? story
    return publishedAt ? { article, publishedAt } : { article }
  })
}

function reportArticle(s: StoryArticle): ReportArticle {
  const { sourceMap: _sourceMap, ...article } = s.analyzed.article
  if (!article.publishedAt && s.publishedAt) return { ...article, publishedAt: s.publishedAt, publishedAtEstimated: true }
  return article
}

/** An entity's concept key: its kind and id ("ent:person:e3"), so alignment can tell a named person from a place. */
function entityKey(e: Entity): string {
  return `ent:${e.kind}:${e.id}`
}

function entityKeys(s: StoryArticle, entities: readonly Entity[]): EntityKeys {
  const articleId = s.analyzed.article.id
  const entityAt = new Map<number, string>()
  for (const e of entities) for (const m of e.mentions) if (m.articleId === articleId) entityAt.set(m.start, entityKey(e))
  const at = new Map<number, { end: number; key: string }>()
  for (const n of s.entities.names) {
    const key = n.gazetteerId ? `gz:${n.gazetteerId}` : entityAt.get(n.start)
    if (key) at.set(n.start, { end: n.end, key })
  }
  return { at }
}

/**
 * Each article's headline as a sentence to align (`field: 'title'`). The entities it names take their keys in the
 * story: gazetteer places, or the merged entity one of whose mentions (or whose name) is written the same way,
 * folded; names no entity has stay words.
 */
function headlineClaims(story: readonly StoryArticle[], entities: readonly Entity[], gazetteer: Gazetteer, isCrossLingual: boolean): SentenceConcepts[] {
  const entityByName = new Map<string, string>()
  for (const e of entities) {
    for (const text of [e.name, ...e.mentions.map((m) => m.text)]) {
      const folded = foldName(text)
      if (!entityByName.has(folded)) entityByName.set(folded, entityKey(e))
    }
  }
  return story.flatMap((s) => {
    const { id: articleId, language, title } = s.analyzed.article
    const parts = headlineStatements(s.analyzed.article)
    if (parts.length === 0) return []
    // Names are found in the whole headline; each part takes those inside it.
    const at = new Map<number, { end: number; key: string }>()
    for (const n of findEntities(title, parts, gazetteer, language).names) {
      const key = n.gazetteerId ? `gz:${n.gazetteerId}` : entityByName.get(foldName(n.text))
      if (key) at.set(n.start, { end: n.end, key })
    }
    return parts.map((sentence) => {
      const concepts = sentenceConcepts(sentence, { at }, gazetteer, { language, isCrossLingual })
      return { articleId, sentenceIndex: -1, sentence, language, concepts, field: 'title' as const }
    })
  })
}

function toFacts(
  aligned: FactAlignment['facts'],
  framing: readonly ArticleFraming[],
  languages: ReadonlyMap<string, string>,
  language: string,
): Fact[] {
  const score = new Map(framing.map((f) => [f.articleId, f.score]))
  return aligned
    .map((fact) => {
      const spans = factSpans(fact, languages)
      // The fact reads as the least loaded outlet's sentence, in the report's language when an outlet wrote in it.
      // A headline is shown only when no text tells the fact.
      const shown = [...spans].sort(
        (a, b) =>
          Number(a.field === 'title') - Number(b.field === 'title') ||
          Number(b.language === language) - Number(a.language === language) ||
          (score.get(a.articleId) ?? 0) - (score.get(b.articleId) ?? 0),
      )[0]
      return { text: shown?.text ?? '', language: shown?.language ?? 'und', articleIds: fact.articleIds, spans }
    })
    .sort((a, b) => b.articleIds.length - a.articleIds.length || firstTextStart(a.spans) - firstTextStart(b.spans))
    .map((f, i) => ({ id: `f${i + 1}`, ...f }))
}

/** Where a fact's first passage in a text starts (its headlines have no place in the text; they sort first). */
function firstTextStart(spans: readonly { start: number; field?: 'title' }[]): number {
  return spans.find((s) => s.field === undefined)?.start ?? -1
}

/** "a1#3|a2#5": the sentence pairs of different articles that alignment put in one fact or kept apart as a conflict. */
function alignedSentences(alignment: FactAlignment): Set<string> {
  const out = new Set<string>()
  const add = (a: SentenceConcepts, b: SentenceConcepts): void => {
    if (a.articleId !== b.articleId) out.add(sentencePair(a.articleId, a.sentenceIndex, b.articleId, b.sentenceIndex))
  }
  for (const fact of alignment.facts) for (const a of fact.sentences) for (const b of fact.sentences) add(a, b)
  for (const { a, b } of alignment.conflicts) add(a, b)
  return out
}

function valuesOf(story: readonly StoryArticle[], sentences: readonly SentenceConcepts[]): ValueInContext[] {
  const out: ValueInContext[] = []
  for (const s of story) {
    const text = s.analyzed.article.text
    const own = sentences.filter((c) => c.articleId === s.analyzed.article.id)
    const language = s.analyzed.article.language
    const dates = findDates(text, s.publishedAt, language)
    const published = s.publishedAt ? { publishedAt: s.publishedAt } : {}
    const numbers = findNumbers(text, dates, language)
    const sentenceIndexOf = (offset: number): number => indexAt(own, offset, (c) => c.sentence)
    for (const date of dates) {
      const i = sentenceIndexOf(date.start)
      if (i >= 0) out.push({ articleId: s.analyzed.article.id, ...published, language, sentenceIndex: i, value: { kind: 'date', date }, context: valueContext(own, i, date), sentenceStart: own[i]!.sentence.start, text })
    }
    for (const number of numbers) {
      const i = sentenceIndexOf(number.start)
      if (i >= 0) out.push({ articleId: s.analyzed.article.id, ...published, language, sentenceIndex: i, value: { kind: 'number', number }, context: valueContext(own, i, number), sentenceStart: own[i]!.sentence.start, text })
    }
  }
  return out
}

function quotesOf(story: readonly StoryArticle[], sentences: readonly SentenceConcepts[], speakerOf: SpeakerIndex): QuoteForAlignment[] {
  const out: QuoteForAlignment[] = []
  for (const s of story) {
    const articleId = s.analyzed.article.id
    const own = sentences.filter((c) => c.articleId === articleId).flatMap((c) => c.concepts)
    for (const quote of s.analyzed.quotes) {
      const speaker = quote.speakerName === null ? null : (speakerOf(articleId, quote.speakerName)?.id ?? null)
      const concepts = spansWithin(own, quote.start, quote.end)
      out.push({ quote, speaker, concepts })
    }
  }
  return out
}

/** The entity a speaker's name refers to in an article: the first entity with a mention of that text there. */
type SpeakerIndex = (articleId: string, name: string) => Entity | undefined

/** Indexes every mention once, so each quote's speaker costs one look-up, not a scan of all mentions. */
function speakerIndex(entities: readonly Entity[]): SpeakerIndex {
  const byMention = new Map<string, Entity>()
  const key = (articleId: string, text: string): string => `${articleId}\u0000${text}`
  for (const e of entities) {
    for (const m of e.mentions) {
      const k = key(m.articleId, m.text)
      if (!byMention.has(k)) byMention.set(k, e)
    }
  }
  return (articleId, name) => byMention.get(key(articleId, name))
}

function briefArticle(s: StoryArticle, entities: readonly Entity[], framing: readonly ArticleFraming[], speakerOf: SpeakerIndex): BriefArticle {
  const a = s.analyzed.article
  const entityOf = new Map<number, Entity>()
  for (const e of entities) for (const m of e.mentions) if (m.articleId === a.id) entityOf.set(m.start, e)
  const names = s.entities.names
  const people: BriefArticle['people'][number][] = []
  for (const r of s.referents) {
    const name = names[r.name]
    const entity = name ? entityOf.get(name.start) : undefined
    if (!entity || entity.kind !== 'person') continue
    // "The leader also asked" → "Lukashenko also asked": take the determiner along with the role phrase.
    const start = r.form === 'alias' && /\bthe\s$/i.test(a.text.slice(r.start - 4, r.start)) ? r.start - 4 : r.start
    people.push({ start, end: r.end, canonical: entity.name, form: r.form })
  }
  return {
    id: a.id,
    outlet: a.outlet,
    language: a.language,
    text: a.text,
    framingScore: framing.find((f) => f.articleId === a.id)?.score ?? 0,
    framing: s.analyzed.framing,
    people,
    sentences: s.analyzed.sentences,
    descriptors: s.entities.descriptors.filter((d) => !d.isAlias).map((d) => ({ start: d.start, end: d.end, nameStart: names[d.target]?.start ?? d.end })),
    speech: s.analyzed.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speakerName === null ? null : (speakerOf(a.id, q.speakerName)?.name ?? q.speakerName),
      marked: q.marked,
    })),
  }
}
