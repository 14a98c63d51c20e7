import type { BriefSentence, Difference, FactSpan, FramingSpan, Sentence, Token } from '../../model/index.js'
import { spanIndex } from '../span-index.js'
import type { BriefArticle } from './brief-article.js'
import { isWholeSentence } from './is-whole-sentence.js'
import { opensWithReference } from './opens-with-reference.js'
import { neutraliseSentence } from './neutralise-sentence.js'
import { selectSentences, SELECTION, type Candidate } from './select-sentences.js'
import { stateDifferences } from './state-differences.js'

/** A fact to consider for the brief, with each supporting passage. */
export interface BriefFact {
  readonly id: string
  readonly articleIds: readonly string[]
  readonly spans: readonly FactSpan[]
}

export interface BriefOptions {
  /** Most words in the brief (`briefWords(articles)` by default in compareCoverage). */
  readonly maxWords: number
  /** Re-checks a candidate sentence in its language: framing left outside quotes gets the sentence attributed. */
  readonly detectFraming: (text: string, language: string) => readonly FramingSpan[]
  /** The brief's language: a fact is written from a rendering in it when an outlet has one, else from its own. */
  readonly language: string
  /** Figures and dates the outlets state differently: the brief never picks one silently. */
  readonly differences?: readonly Difference[]
  /** Selection parameters, for evaluation and tuning (SELECTION by default). */
  readonly selection?: Partial<typeof SELECTION>
}

// Parts of speech that carry what a sentence is about (Universal POS tags, as the tagger gives them).
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM'])

interface Written {
  readonly article: BriefArticle
  readonly sentence: Sentence
  readonly position: number
  readonly facts: readonly BriefFact[]
  readonly text: string
  readonly hasFraming: boolean
}

/**
 * Writes a neutral brief of at most `maxWords` words from whole sentences of the articles: first what most
 * outlets report, in order of importance, then notable facts only one outlet reports (marked `singleSource`).
 * Sentences are chosen for the concepts they add (weighted by how many outlets state them) per word, earlier
 * sentences first; each is written from the least loaded wording (labels dropped, people named, speech
 * attributed, loaded wording that cannot be dropped attributed to its outlet), never a sentence cut short or with
 * an open quotation mark, and no fact twice. Figures the outlets disagree on are given as a range or listed.
 * Every sentence cites its articles with spans.
 */
export function writeBrief(facts: readonly BriefFact[], articles: readonly BriefArticle[], briefOptions: BriefOptions): BriefSentence[] {
  // A sentence written without edits is checked for framing twice (as written, then as a candidate): once is enough.
  const options = { ...briefOptions, detectFraming: rememberedPerText(briefOptions.detectFraming) }
  const byId = new Map(articles.map((a) => [a.id, a]))
  const inLanguage = new Set(articles.filter((a) => a.language === options.language).map((a) => a.id))
  const candidates: Written[] = []
  for (const article of articles) {
    // The facts a sentence carries, by an index of the article's fact spans (in fact order): a pass over every
    // fact per sentence was quadratic in a long text.
    const factSpans = facts.flatMap((f, fact) => f.spans.filter((s) => s.articleId === article.id && s.field === undefined).map((s) => ({ start: s.start, end: s.end, fact })))
    const spans = spanIndex(factSpans)
    article.sentences.forEach((sentence, position) => {
      // A sentence cut short, or one that points back at its article ("That amounts to…"), reads wrong on its own.
      const text = article.text.slice(sentence.start, sentence.end)
      if (!isWholeSentence(text) || opensWithReference(text)) return
      const carried = [...new Set(spans.overlapping(sentence.start, sentence.end).map((s) => s.fact))].map((fact) => facts[fact]!)
      // One fact is written in the brief's language when an outlet wrote it in that language.
      if (!inLanguage.has(article.id) && carried.some((f) => f.articleIds.some((id) => inLanguage.has(id)))) return
      const written = neutraliseSentence(article, sentence, sentence.tokens, new Set(), options)
      if (written.kind === 'unusable') return
      const hasFraming = options.detectFraming(written.text, article.language).length > 0
      candidates.push({ article, sentence, position, facts: carried, text: written.text, hasFraming })
    })
  }
  const weight = conceptWeights(articles)
  const isCrossLingual = new Set(articles.map((a) => a.language)).size > 1
  const rivals = claimRivals(candidates, options.differences ?? [])
  // A disputed fact is reported by both sides of the dispute.
  const supportOf = (c: Written): number =>
    new Set([c.article.id, ...c.facts.flatMap((f) => f.articleIds), ...(rivals.get(c) ?? []).map((r) => candidates[r]!.article.id)]).size
  const chosen = selectSentences(
    candidates.map((c): Candidate => ({
      concepts: concepts(c.sentence.tokens),
      words: wordCount(c.text),
      position: c.position,
      // Framing the detector still finds, quoted or attributed: a cleaner sentence that says as much goes first.
      hasFraming: c.hasFraming,
      // Within one language shared concepts say what several outlets report; across languages only alignment can
      // (a Russian sentence shares no spelling with the English one it translates).
      support: isCrossLingual ? supportOf(c) / Math.max(1, articles.length) : 0,
      rivals: rivals.get(c) ?? [],
    })),
    { maxWords: options.maxWords, conceptWeight: weight },
    options.selection,
  ).map((i) => candidates[i]!)
  // What several outlets report first, most outlets first; then the single-source facts; each in order of value.
  const ordered = [...chosen].sort((a, b) => Number(supportOf(b) > 1) - Number(supportOf(a) > 1) || supportOf(b) - supportOf(a))
  const named = new Set<string>()
  const noted = new Set<string>()
  return ordered.flatMap((c) => briefSentences(c, named, noted, byId, options))
}

/**
 * Candidates that are the two sides of a claim conflict ("до 5000 км" / "до 5500 км", "no casualties" /
 * "civilian casualties"): the same thing told two ways, so the brief tells it once and notes the difference
 * (see stateDifferences), instead of each side as a fact only its outlet reports.
 */
function claimRivals(candidates: readonly Written[], differences: readonly Difference[]): Map<Written, number[]> {
  const out = new Map<Written, number[]>()
  for (const d of differences) {
    if (d.status !== 'conflict' || d.kind !== 'claim') continue
    const sides = d.values.map((v) =>
      candidates.flatMap((c, i) => (c.article.id === v.articleId && c.sentence.start <= v.start && v.end <= c.sentence.end ? [i] : [])),
    )
    sides.forEach((side, k) => {
      const others = sides.filter((_, j) => j !== k).flat()
      for (const i of side) out.set(candidates[i]!, [...(out.get(candidates[i]!) ?? []), ...others])
    })
  }
  return out
}

/** The chosen sentence written in its final place (full names on first mention), with its citations. */
function briefSentences(c: Written, named: Set<string>, noted: Set<string>, byId: ReadonlyMap<string, BriefArticle>, options: BriefOptions): BriefSentence[] {
  const written = neutraliseSentence(c.article, c.sentence, c.sentence.tokens, named, options)
  const text = written.kind === 'written' ? written.text : c.text
  const own: FactSpan = { articleId: c.article.id, start: c.sentence.start, end: c.sentence.end, text: c.article.text.slice(c.sentence.start, c.sentence.end), language: c.article.language }
  const others = c.facts.flatMap((f) => f.spans).filter((s) => s.articleId !== c.article.id)
  const stated = stateDifferences(text, c.article.id, c.sentence, options.differences ?? [], (id) => byId.get(id)?.outlet ?? id, (id) => byId.get(id)?.language ?? 'und', noted)
  const spans = dedupeSpans([own, ...others, ...stated.spans])
  const order = [...byId.keys()]
  const articleIds = [...new Set(spans.map((s) => s.articleId))].sort((a, b) => order.indexOf(a) - order.indexOf(b))
  const sentence: BriefSentence = { text: stated.text, language: c.article.language, articleIds, singleSource: articleIds.length === 1, spans }
  if (!stated.note) return [sentence]
  const noteIds = [...new Set(stated.spans.map((s) => s.articleId).concat(c.article.id))].sort((a, b) => order.indexOf(a) - order.indexOf(b))
  // The note is our English template around the outlets' figures, whatever the sentence's language.
  return [sentence, { text: stated.note, language: 'en', articleIds: noteIds, singleSource: noteIds.length === 1, spans }]
}

/**
 * Each concept's weight: the share of the story's articles whose sentences state it (0–1], so a concept every
 * outlet reports counts fully and one outlet's alone counts 1/n.
 */
function conceptWeights(articles: readonly BriefArticle[]): (concept: string) => number {
  const articlesWith = new Map<string, number>()
  for (const article of articles) {
    for (const k of new Set(article.sentences.flatMap((s) => concepts(s.tokens)))) articlesWith.set(k, (articlesWith.get(k) ?? 0) + 1)
  }
  return (k) => (articlesWith.get(k) ?? 0) / Math.max(1, articles.length)
}

/** Content lemmas and pairs of adjacent content lemmas: "The Supreme Court ruled" → supreme, court, rule, "supreme court", "court rule". */
function concepts(tokens: readonly Token[]): string[] {
  // Languages the tagger does not cover come untagged: there, words of four letters or more stand for content.
  const isTagged = tokens.some((t) => CONTENT_POS.has(t.pos))
  const isContent = (t: Token): boolean => (isTagged ? CONTENT_POS.has(t.pos) && /[\p{L}\p{N}]/u.test(t.text) : /^[\p{L}\p{N}]{4,}/u.test(t.text))
  const lemmas = tokens.filter(isContent).map((t) => t.lemma || t.norm)
  return [...lemmas, ...lemmas.slice(1).map((l, i) => `${lemmas[i]} ${l}`)]
}

function rememberedPerText(detect: BriefOptions['detectFraming']): BriefOptions['detectFraming'] {
  const found = new Map<string, readonly FramingSpan[]>()
  return (text, language) => {
    const key = `${language}\n${text}`
    let spans = found.get(key)
    if (spans === undefined) {
      spans = detect(text, language)
      found.set(key, spans)
    }
    return spans
  }
}

function dedupeSpans(spans: readonly FactSpan[]): FactSpan[] {
  const seen = new Set<string>()
  return spans.filter((s) => {
    const key = `${s.articleId}:${s.start}:${s.end}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/** Words the brief adds to its sources' wording: attributions, ranges and notes on figures that differ. */
export const BRIEF_TEMPLATE_WORDS: readonly string[] = ['one', 'outlet', 'reported', 'that', 'said', 'between', 'and', 'reports', 'differ', 'gives']
