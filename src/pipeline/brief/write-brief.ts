import type { ArticleSpan, BriefSentence, FactSpan, FramingSpan, Sentence, Span, Token } from '../../model/index.js'
import { findQuoteMarks } from '../quotes/index.js'

/** What the brief needs to know about one article. */
export interface BriefArticle {
  readonly id: string
  readonly outlet: string
  /** Language of the article (BCP-47 primary subtag). */
  readonly language: string
  readonly text: string
  /** Framing load of the whole article: the least loaded outlet's wording is preferred. */
  readonly framingScore: number
  readonly framing: readonly FramingSpan[]
  /** Person references to rewrite: names, role phrases ("the leader") and pronouns, with the canonical name. */
  readonly people: readonly { readonly start: number; readonly end: number; readonly canonical: string; readonly form: 'name' | 'alias' | 'pronoun' }[]
  /** Sentences with tokens: a fact found in a clause is written as its whole sentence. */
  readonly sentences: readonly Sentence[]
  /** Role phrases that describe a name, with the name's span: removed along with any label. */
  readonly descriptors: readonly { readonly start: number; readonly end: number; readonly nameStart: number }[]
  /** Spans of reported speech: a fact stated only as speech is written as "X said: …". */
  readonly speech: readonly { readonly start: number; readonly end: number; readonly speaker: string | null; readonly marked: boolean }[]
}

/** A fact to consider for the brief, with each supporting sentence. */
export interface BriefFact {
  readonly articleIds: readonly string[]
  readonly spans: readonly FactSpan[]
}

export interface BriefOptions {
  /** Most shared facts to include; 8 keeps the brief a paragraph or two. */
  readonly maxShared: number
  /** Most single-source facts per article. */
  readonly maxSinglePerArticle: number
  /** Re-checks a candidate sentence in its language: any framing span found in it keeps it out of the brief. */
  readonly detectFraming: (text: string, language: string) => readonly FramingSpan[]
  /** The brief's language: a fact is written from a rendering in it when an outlet has one, else from its own. */
  readonly language: string
}

// A rewritten sentence shorter than this lost its meaning with the labels removed.
const MIN_SENTENCE_WORDS = 5

/**
 * Writes a neutral brief: facts reported by several outlets first, then a few reported by one. Each sentence
 * uses the least loaded outlet's wording, drops labels, doubt markers and loaded adverbs, names people by name,
 * and is kept only if the framing detector finds nothing left in it. Every sentence cites its articles.
 */
export function writeBrief(facts: readonly BriefFact[], articles: readonly BriefArticle[], options: BriefOptions): BriefSentence[] {
  const byId = new Map(articles.map((a) => [a.id, a]))
  const shared = facts.filter((f) => f.articleIds.length > 1)
  const single = facts.filter((f) => f.articleIds.length === 1)
  const out: BriefSentence[] = []
  const named = new Set<string>()
  const orderOf = (f: BriefFact): number => Math.min(...f.spans.map((s) => s.start))
  for (const fact of [...shared].sort((a, b) => b.articleIds.length - a.articleIds.length || orderOf(a) - orderOf(b)).slice(0, options.maxShared)) {
    const sentence = writeFact(fact, byId, named, options)
    if (sentence) out.push(sentence)
  }
  for (const article of articles) {
    let count = 0
    for (const fact of single.filter((f) => f.articleIds[0] === article.id).sort((a, b) => informativeness(b) - informativeness(a))) {
      if (count >= options.maxSinglePerArticle) break
      const sentence = writeFact(fact, byId, named, options)
      if (sentence) {
        out.push(sentence)
        count++
      }
    }
  }
  return out
}

function informativeness(fact: BriefFact): number {
  const text = fact.spans[0]?.text ?? ''
  // Names, figures and dates carry the news; long sentences are harder to neutralise cleanly.
  const names = (text.match(/\b\p{Lu}\p{L}+/gu) ?? []).length
  const figures = (text.match(/\d+/g) ?? []).length
  return names + 2 * figures - text.length / 200
}

function writeFact(
  fact: BriefFact,
  byId: ReadonlyMap<string, BriefArticle>,
  named: Set<string>,
  options: BriefOptions,
): BriefSentence | null {
  const isInLanguage = (span: ArticleSpan): number => Number(byId.get(span.articleId)?.language === options.language)
  const framingOf = (span: ArticleSpan): number => byId.get(span.articleId)?.framingScore ?? 0
  // The brief's language first, then the least loaded wording: one fact is written once, in one language.
  const spans = [...fact.spans].sort((a, b) => isInLanguage(b) - isInLanguage(a) || framingOf(a) - framingOf(b))
  for (const span of spans) {
    const article = byId.get(span.articleId)
    if (!article) continue
    const text = neutralise(article, span, named)
    if (!text || wordCount(text) < MIN_SENTENCE_WORDS || hasUnquotedFraming(text, article.language, options)) continue
    const articleIds = [...fact.articleIds]
    return { text, language: article.language, articleIds, singleSource: articleIds.length === 1, spans: fact.spans }
  }
  return null
}

function neutralise(article: BriefArticle, clause: Span, named: Set<string>): string | null {
  const sentence = article.sentences.find((s) => s.start <= clause.start && clause.end <= s.end)
  const span: Span = sentence ?? clause
  // Quoted words are the speaker's: the brief neither edits nor renames inside quotation marks.
  const quotes = findQuoteMarks(article.text.slice(span.start, span.end), span.start).map((q) => q.outer)
  const isQuoted = (s: Span): boolean => quotes.some((q) => q.start <= s.start && s.end <= q.end)
  const inSpan = (s: Span): boolean => s.start >= span.start && s.end <= span.end && !isQuoted(s)
  const edits: { start: number; end: number; replacement: string }[] = []
  for (const f of article.framing.filter(inSpan)) {
    const descriptor = article.descriptors.find((d) => d.start <= f.start && f.end <= d.end)
    const edit = descriptor ? removeDescriptor(article.text, descriptor) : removeModifier(article.text, f, sentence?.tokens ?? [])
    // A loaded word that carries the sentence ("is a con", "is ostentatious") cannot be dropped: skip this wording.
    if (!edit) return null
    edits.push(edit)
  }
  let pronounDone = false
  for (const p of article.people.filter(inSpan).sort((a, b) => a.start - b.start)) {
    if (edits.some((e) => e.start < p.end && p.start < e.end)) continue
    // Only the first pronoun becomes a name: "He noted that he is worried" → "Lukashenko noted that he is worried".
    if (p.form === 'pronoun' && (pronounDone || !/^(he|she)$/i.test(article.text.slice(p.start, p.end)))) continue
    if (p.form === 'pronoun') pronounDone = true
    const written = article.text.slice(p.start, p.end)
    const surname = p.canonical.split(' ').pop() ?? p.canonical
    const isFirst = !named.has(p.canonical)
    named.add(p.canonical)
    // Names stay as written, except that a person's first appearance in the brief gets the full name
    // ("Lukashenko" → "Alexander Lukashenko"), unless a title already introduces it ("Mr. Bloomberg").
    const hasTitle = /\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Minister)\.?\s$/.test(article.text.slice(Math.max(0, p.start - 12), p.start))
    if (p.form === 'name' && (!isFirst || written.includes(' ') || hasTitle)) continue
    edits.push({ start: p.start, end: p.end, replacement: isFirst && !hasTitle ? p.canonical : surname })
  }
  const text = applyEdits(article.text, span, edits)
  // Unmarked speech covering the sentence ("We have certain places …") and a marked quote with no attribution in
  // its sentence get one; a quote with "he said" or "He added," around it stands as written.
  const speech = article.speech.find((q) => !q.marked && q.start <= span.start + 2 && span.end - 2 <= q.end)
  const quoted = article.speech.find((q) => q.marked && inSpan(q))
  const outside = quoted ? article.text.slice(span.start, quoted.start) + article.text.slice(quoted.end, span.end) : ''
  const hasAttribution = /\p{L}{2,}/u.test(outside)
  if (!speech && !(quoted && !hasAttribution)) return tidy(text)
  const speaker = (speech ?? quoted)?.speaker
  if (!speaker) return null
  const who = named.has(speaker) ? (speaker.split(' ').pop() ?? speaker) : speaker
  named.add(speaker)
  return tidy(`${who} said: “${text.trim().replace(/^["“„«]|["”“»]$/g, '').replace(/[.,]$/, '')}.”`)
}

/** Drops a label in front of a name ("Belarusian dictator Oleksandr Lukashenko" → "Oleksandr Lukashenko"). */
function removeDescriptor(text: string, d: { start: number; end: number; nameStart: number }): { start: number; end: number; replacement: string } {
  let start = d.start
  const before = text.slice(Math.max(0, start - 4), start)
  if (/\bthe $/i.test(before)) start -= 4
  // Apposition "the self-proclaimed president of Belarus, Oleksandr Lukashenko, asked": drop up to the name.
  return { start, end: d.nameStart, replacement: '' }
}

/**
 * Removes a loaded modifier, keeping the sentence grammatical: an adverb ("hypocritically said" → "said",
 * "allegedly"), "so-called", or an adjective before a noun ("peaceful Ukrainian city" → "Ukrainian city").
 * Returns null for anything else (a loaded noun or predicate), which cannot be dropped.
 */
function removeModifier(text: string, f: Span, tokens: readonly Token[]): { start: number; end: number; replacement: string } | null {
  const inside = tokens.filter((t) => t.start >= f.start && t.end <= f.end && /\p{L}/u.test(t.text))
  const after = tokens.find((t) => t.start >= f.end && /\p{L}/u.test(t.text))
  const phrase = text.slice(f.start, f.end)
  const verb = /\b(said|added|stated|noted|asked|told|claimed|declared|announced|explained|wrote)$/i.exec(phrase)
  if (verb && verb.index > 0) return { start: f.start, end: f.start + verb.index, replacement: '' }
  const isModifier = (t: Token): boolean => t.pos === 'ADV' || t.pos === 'ADJ' || /^so-called$|-/.test(t.text) || /^(so|called)$/i.test(t.text)
  const beforeNoun = after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ')
  if (inside.length === 0 || !inside.every(isModifier)) return null
  if (inside.some((t) => t.pos === 'ADJ') && !beforeNoun) return null
  return { start: f.start, end: f.end, replacement: '' }
}

function applyEdits(text: string, span: Span, edits: readonly { start: number; end: number; replacement: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start)
  let out = text.slice(span.start, span.end)
  let lastStart = Infinity
  for (const e of sorted) {
    if (e.end > lastStart) continue
    const from = Math.max(e.start, span.start) - span.start
    const to = Math.min(e.end, span.end) - span.start
    out = out.slice(0, from) + e.replacement + out.slice(to)
    lastStart = e.start
  }
  return out
}

function tidy(text: string): string {
  let out = text.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:!?])/g, '$1').replace(/^[,;\s]+/, '').replace(/,\s*,/g, ',').trim()
  // "On December 6, Vladimir Putin, arrived": an apposition's closing comma is left without its opener.
  out = out.replace(/^(.{0,40}?), (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*), (?=\p{Ll})/u, '$1, $2 ')
  out = out.charAt(0).toUpperCase() + out.slice(1)
  if (!/[.!?”"]$/.test(out)) out += '.'
  return out
}

/** Framing left outside quotation marks; quoted words are attributed to their speaker, not stated by the brief. */
function hasUnquotedFraming(text: string, language: string, options: BriefOptions): boolean {
  const quotes = findQuoteMarks(text).map((q) => q.outer)
  return options.detectFraming(text, language).some((f) => !quotes.some((q) => q.start <= f.start && f.end <= q.end))
}

function wordCount(text: string): number {
  return (text.match(/\p{L}+/gu) ?? []).length
}
