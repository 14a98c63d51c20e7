import type { ArticleSpan, BriefSentence, FramingSpan, Span } from '../../model/index.js'

/** What the brief needs to know about one article. */
export interface BriefArticle {
  readonly id: string
  readonly outlet: string
  readonly text: string
  /** Framing load of the whole article: the least loaded outlet's wording is preferred. */
  readonly framingScore: number
  readonly framing: readonly FramingSpan[]
  /** Person references to rewrite: names, role phrases ("the leader") and pronouns, with the canonical name. */
  readonly people: readonly { readonly start: number; readonly end: number; readonly canonical: string; readonly form: 'name' | 'alias' | 'pronoun' }[]
  /** Sentence bounds: a fact found in a clause is written as its whole sentence. */
  readonly sentences: readonly Span[]
  /** Role phrases that describe a name, with the name's span: removed along with any label. */
  readonly descriptors: readonly { readonly start: number; readonly end: number; readonly nameStart: number }[]
  /** Spans of reported speech: a fact stated only as speech is written as "X said: …". */
  readonly speech: readonly { readonly start: number; readonly end: number; readonly speaker: string | null; readonly marked: boolean }[]
}

/** A fact to consider for the brief, with each supporting sentence. */
export interface BriefFact {
  readonly articleIds: readonly string[]
  readonly spans: readonly ArticleSpan[]
}

export interface BriefOptions {
  /** Most shared facts to include; 8 keeps the brief a paragraph or two. */
  readonly maxShared: number
  /** Most single-source facts per article. */
  readonly maxSinglePerArticle: number
  /** Re-checks a candidate sentence: any framing span found in it keeps it out of the brief. */
  readonly detectFraming: (text: string) => readonly FramingSpan[]
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
  const spans = [...fact.spans].sort((a, b) => (byId.get(a.articleId)?.framingScore ?? 0) - (byId.get(b.articleId)?.framingScore ?? 0))
  for (const span of spans) {
    const article = byId.get(span.articleId)
    if (!article) continue
    const text = neutralise(article, span, named)
    if (!text || wordCount(text) < MIN_SENTENCE_WORDS || options.detectFraming(text).length > 0) continue
    const articleIds = [...fact.articleIds]
    return { text, articleIds, singleSource: articleIds.length === 1, spans: fact.spans }
  }
  return null
}

function neutralise(article: BriefArticle, clause: Span, named: Set<string>): string | null {
  const span = article.sentences.find((s) => s.start <= clause.start && clause.end <= s.end) ?? clause
  const inSpan = (s: Span): boolean => s.start >= span.start && s.end <= span.end
  const edits: { start: number; end: number; replacement: string }[] = []
  for (const f of article.framing.filter(inSpan)) {
    const descriptor = article.descriptors.find((d) => d.start <= f.start && f.end <= d.end)
    edits.push(descriptor ? removeDescriptor(article.text, descriptor) : removeWords(article.text, f))
  }
  let pronounDone = false
  for (const p of article.people.filter(inSpan).sort((a, b) => a.start - b.start)) {
    if (edits.some((e) => e.start < p.end && p.start < e.end)) continue
    // Only the first pronoun becomes a name: "He noted that he is worried" → "Lukashenko noted that he is worried".
    if (p.form === 'pronoun' && (pronounDone || !/^(he|she)$/i.test(article.text.slice(p.start, p.end)))) continue
    if (p.form === 'pronoun') pronounDone = true
    const surname = p.canonical.split(' ').pop() ?? p.canonical
    const replacement = named.has(p.canonical) ? surname : p.canonical
    named.add(p.canonical)
    edits.push({ start: p.start, end: p.end, replacement })
  }
  const text = applyEdits(article.text, span, edits)
  const speech = article.speech.find((q) => q.start <= span.start + 2 && span.end - 2 <= q.end)
  const quoted = article.speech.find((q) => q.marked && inSpan(q))
  // A marked quote with its attribution in the sentence stands as written; bare speech gets an attribution.
  const hasAttribution = quoted !== undefined && /\p{L}/u.test(article.text.slice(quoted.end, span.end).replace(/["”“»]/g, ''))
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

/** Removes loaded adverbs and doubt words, keeping a reporting verb: "hypocritically said" → "said". */
function removeWords(text: string, f: Span): { start: number; end: number; replacement: string } {
  const phrase = text.slice(f.start, f.end)
  const verb = /\b(said|added|stated|noted|asked|told|claimed|declared|announced|explained|wrote)$/i.exec(phrase)
  if (verb && verb.index > 0) return { start: f.start, end: f.start + verb.index, replacement: '' }
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

function wordCount(text: string): number {
  return (text.match(/\p{L}+/gu) ?? []).length
}
