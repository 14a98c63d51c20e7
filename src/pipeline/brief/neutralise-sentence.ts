import type { FramingSpan, Span, Token } from '../../model/index.js'
import { findQuoteMarks } from '../quotes/index.js'
import { spanIndex } from '../span-index.js'
import type { BriefArticle } from './brief-article.js'

/** A sentence as the brief writes it, or why it cannot be written. */
export type NeutralSentence =
  | { readonly kind: 'written'; readonly text: string; readonly isAttributed: boolean }
  | { readonly kind: 'unusable'; readonly reason: 'loaded-predicate' | 'unattributed-speech' }

export interface NeutraliseOptions {
  /** Re-checks the rewritten sentence: framing left outside quotation marks is attributed to the outlet. */
  readonly detectFraming: (text: string, language: string) => readonly FramingSpan[]
}

/**
 * Writes one article sentence for the brief: labels in front of names and loaded modifiers are dropped where the
 * sentence stays grammatical ("Belarusian dictator Lukashenko" → "Lukashenko", "cynically added" → "added"),
 * people are named by name on first mention (`named` records who was), speech without attribution in the sentence
 * gets its speaker ("Lukashenko said: “…”"), and loaded wording that cannot be dropped is attributed to the outlet
 * ("outlet-a reported that …"). Words inside quotation marks are the speaker's and stay as written.
 */
export function neutraliseSentence(article: BriefArticle, span: Span, tokens: readonly Token[], named: Set<string>, options: NeutraliseOptions): NeutralSentence {
  // Quoted words are the speaker's: the brief neither edits nor renames inside quotation marks.
  const quotes = findQuoteMarks(article.text.slice(span.start, span.end), span.start).map((q) => q.outer)
  const isQuoted = (s: Span): boolean => quotes.some((q) => q.start <= s.start && s.end <= q.end)
  const inSpan = (s: Span): boolean => s.start >= span.start && s.end <= span.end && !isQuoted(s)
  // The article's spans near this sentence, from indexes built once per article: a pass over each list per
  // sentence made the brief quadratic in a long text. They come in list order, as from a filter over the list.
  const framing = spanIndex(article.framing).within(span.start, span.end)
  const people = spanIndex(article.people)
  const speech = spanIndex(article.speech)
  const edits: Edit[] = []
  let isLoaded = false
  for (const f of framing.filter(inSpan)) {
    const descriptor = spanIndex(article.descriptors).containing(f.start, f.end)[0]
    const edit = descriptor ? removeDescriptor(article.text, descriptor) : removeModifier(article.text, f, tokens)
    // A loaded word that carries the sentence ("is a con") cannot be dropped: the sentence is attributed instead.
    if (edit) edits.push(edit)
    else isLoaded = true
  }
  let pronounDone = false
  for (const p of people.within(span.start, span.end).filter(inSpan).sort((a, b) => a.start - b.start)) {
    if (edits.some((e) => e.start < p.end && p.start < e.end)) continue
    // Only the first pronoun becomes a name: "He noted that he is worried" → "Lukashenko noted that he is worried".
    if (p.form === 'pronoun' && (pronounDone || !/^(he|she)$/i.test(article.text.slice(p.start, p.end)))) continue
    // "Ghani said he started": a pronoun after the person's own name in the sentence stays a pronoun.
    if (p.form === 'pronoun' && people.within(span.start, p.start).some((q) => q.canonical === p.canonical && q.form !== 'pronoun' && q.start >= span.start && q.end <= p.start)) continue
    if (p.form === 'pronoun') pronounDone = true
    const written = article.text.slice(p.start, p.end)
    const surname = p.canonical.split(' ').pop() ?? p.canonical
    const isFirst = !named.has(p.canonical)
    named.add(p.canonical)
    // Names stay as written, except that a person's first appearance in the brief gets the full name
    // ("Lukashenko" → "Alexander Lukashenko"), unless a title already introduces it ("Mr. Bloomberg").
    const hasTitle = /\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Minister)\.?\s$/.test(article.text.slice(Math.max(0, p.start - 12), p.start))
    // A full name spelled otherwise than the brief's ("Oleksandr Lukashenko" beside "Alexander Lukashenko") takes
    // the brief's spelling, in full on first mention and by surname after: one person, one name. English only,
    // where a name does not inflect.
    const isOtherSpelling = p.form === 'name' && written.includes(' ') && written !== p.canonical && article.language === 'en' && !hasTitle
    if (p.form === 'name' && !isOtherSpelling && (!isFirst || written.includes(' ') || hasTitle)) continue
    edits.push({ start: p.start, end: p.end, replacement: isFirst && !hasTitle ? p.canonical : surname })
  }
  const text = tidy(applyEdits(article.text, span, edits))
  // Unmarked speech covering the sentence ("We have certain places …") and a marked quote with no attribution in
  // its sentence get one; a quote with "he said" or "He added," around it stands as written.
  const unmarked = speech.containing(span.start + 2, span.end - 2).find((q) => !q.marked && q.start <= span.start + 2 && span.end - 2 <= q.end)
  const quoted = speech.within(span.start, span.end).find((q) => q.marked && inSpan(q))
  const outside = quoted ? article.text.slice(span.start, quoted.start) + article.text.slice(quoted.end, span.end) : ''
  // A sentence that is all quotation ("“Our temple of democracy was attacked.”") needs its speaker too.
  const unquoted = quotes.reduceRight((t, q) => t.slice(0, q.start - span.start) + t.slice(q.end - span.start), article.text.slice(span.start, span.end))
  const isAllQuote = quotes.length > 0 && !/\p{L}{2,}/u.test(unquoted)
  // A sentence with quotation marks of its own and words outside them ("In his 1852 oration, Douglass asked, “…”")
  // is narration that quotes, attributed in itself: it is not a speaker's unmarked speech, and wrapping it in
  // another pair of quotation marks would nest them.
  const isNarratedQuote = quotes.length > 0 && !isAllQuote
  const needsSpeaker = (unmarked !== undefined && !isNarratedQuote) || (quoted !== undefined && !/\p{L}{2,}/u.test(outside)) || isAllQuote
  if (needsSpeaker) {
    const speaker = (unmarked ?? quoted ?? speech.overlapping(span.start, span.end)[0])?.speaker
    if (!speaker) return { kind: 'unusable', reason: 'unattributed-speech' }
    const who = named.has(speaker) ? (speaker.split(' ').pop() ?? speaker) : speaker
    named.add(speaker)
    return { kind: 'written', text: tidy(`${who} said: “${text.replace(/^["“„«]|["”“»]$/g, '').replace(/[.,]$/, '')}.”`), isAttributed: true }
  }
  if (isLoaded || hasUnquotedFraming(text, article.language, options)) {
    return { kind: 'written', text: `${readableOutlet(article.outlet)} reported that ${lowerFirst(text, tokens)}`, isAttributed: true }
  }
  return { kind: 'written', text, isAttributed: false }
}

interface Edit {
  readonly start: number
  readonly end: number
  readonly replacement: string
}

/** Drops a label in front of a name ("Belarusian dictator Oleksandr Lukashenko" → "Oleksandr Lukashenko"). */
function removeDescriptor(text: string, d: { start: number; end: number; nameStart: number }): Edit {
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
function removeModifier(text: string, f: Span, tokens: readonly Token[]): Edit | null {
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

function applyEdits(text: string, span: Span, edits: readonly Edit[]): string {
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
  if (!/[.!?]["”’)]?$/.test(out)) out += '.'
  return out
}

/**
 * An outlet known only by a file name ("000_ab4b00356de3292d") reads as noise in a sentence: "One outlet" instead
 * (the sentence still cites its article). Names and hosts ("Daily Wrap", "apnews.com") stay.
 */
function readableOutlet(outlet: string): string {
  // A hash-like run (8+ hex digits, 4+ of them digits) or nothing but digits and separators.
  const isFileName = /^[\d_.-]+$/.test(outlet) || (outlet.match(/[\da-f]{8,}/gi) ?? []).some((run) => (run.match(/\d/g) ?? []).length >= 4)
  return isFileName ? 'One outlet' : outlet
}

/** "The court ruled" → "the court ruled" after "reported that"; a name or "I" keeps its capital. */
function lowerFirst(text: string, tokens: readonly Token[]): string {
  const first = tokens.find((t) => /\p{L}/u.test(t.text))
  if (!first || first.pos === 'PROPN' || first.text === 'I' || /^\p{Lu}{2,}/u.test(first.text)) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** Framing left outside quotation marks; quoted words are attributed to their speaker, not stated by the brief. */
function hasUnquotedFraming(text: string, language: string, options: NeutraliseOptions): boolean {
  const quotes = findQuoteMarks(text).map((q) => q.outer)
  return options.detectFraming(text, language).some((f) => !quotes.some((q) => q.start <= f.start && f.end <= q.end))
}
