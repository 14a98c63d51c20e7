import type { ArticleQuote, Sentence, Span, Token } from '../../model/index.js'
import type { NameMention } from '../entities/index.js'
import { SPEECH_VERBS, SPEECH_VERB_FORMS } from '../text/index.js'
import { findQuoteMarks } from './find-quote-marks.js'
import { groupParagraphs, type Paragraph } from './group-paragraphs.js'
import type { Referent } from './resolve-referents.js'

/** A quote of one article before it has an article id. */
export type FoundQuote = Omit<ArticleQuote, 'articleId'>

// Quoted runs under 4 words are terms or scare quotes ("Oreshnik", "minds"), not statements.
const MIN_QUOTE_WORDS = 4
// A closing attribution is short: "Lukashenko hypocritically said." has 3 words; allow a title or a second adverb.
const MAX_ATTRIBUTION_WORDS = 6
// When most paragraphs speak in the first person, the author is the speaker (an op-ed), not a quoted source.
const FIRST_PERSON_ARTICLE_SHARE = 0.5

/**
 * Finds what people are reported to have said: quotations in any marks, speech closed by an attribution
 * ("… why spend billions? Lukashenko hypocritically said."), "According to X, …", "X said that …", and
 * first-person paragraphs in a third-person article, whose speaker is the one quoted last.
 */
export function findQuotes(
  text: string,
  sentences: readonly Sentence[],
  names: readonly NameMention[],
  referents: readonly Referent[],
): FoundQuote[] {
  const ctx = { text, sentences, names, referents }
  const quotes: FoundQuote[] = []
  const paragraphs = groupParagraphs(sentences)
  const marked: Span[] = []
  for (const p of paragraphs) {
    for (const q of findQuoteMarks(text.slice(p.start, p.end), p.start)) {
      marked.push(q.outer)
      const inner = trimContent(text, q.inner)
      if (wordCount(text.slice(inner.start, inner.end)) < MIN_QUOTE_WORDS) continue
      const attribution = attributeMarked(ctx, q.outer, marked)
      quotes.push(build(ctx, inner, true, attribution))
    }
  }
  const isCovered = (span: Span): boolean =>
    quotes.some((q) => q.start < span.end && span.start < q.end) || marked.some((m) => m.start < span.end && span.start < m.end)

  for (const [s, sentence] of sentences.entries()) {
    const closing = closingAttribution(ctx, sentence)
    if (closing) {
      for (let k = s - 1; k >= 0 && sentences[k]!.paragraph === sentence.paragraph; k--) {
        const content = trimContent(text, sentences[k]!)
        if (!isCovered(content)) quotes.push(build(ctx, content, false, closing))
      }
      continue
    }
    const reported = reportedSpeech(ctx, sentence)
    if (reported && !isCovered(reported.content)) quotes.push(build(ctx, reported.content, false, reported.attribution))
  }
  quotes.push(...firstPersonParagraphs(ctx, paragraphs, quotes, isCovered))
  return quotes.sort((a, b) => a.start - b.start)
}

interface Context {
  readonly text: string
  readonly sentences: readonly Sentence[]
  readonly names: readonly NameMention[]
  readonly referents: readonly Referent[]
}

interface Attribution {
  readonly verb?: string
  readonly speaker?: Referent
}

function build(ctx: Context, span: Span, marked: boolean, attribution: Attribution): FoundQuote {
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

/** The speech verb nearest to a quotation in its sentence, and the referent next to that verb. */
function attributeMarked(ctx: Context, outer: Span, marked: readonly Span[]): Attribution {
  const sentence = ctx.sentences.find((s) => s.start <= outer.start && outer.start < s.end)
  const following = ctx.sentences.find((s) => s.start >= outer.end - 1 && s.start <= outer.end + 2)
  const candidates = [sentence, following].filter((s): s is Sentence => s !== undefined)
  const outside = (t: Token): boolean => !marked.some((m) => t.start >= m.start && t.end <= m.end)
  let best: { verb: Token; index: number; sentence: Sentence; distance: number } | undefined
  for (const s of candidates) {
    for (const [index, t] of s.tokens.entries()) {
      if (!outside(t) || !isSpeechVerb(t)) continue
      const distance = t.start >= outer.end ? t.start - outer.end : outer.start - t.end
      if (!best || distance < best.distance) best = { verb: t, index, sentence: s, distance }
    }
  }
  if (!best) return continuation(ctx, outer)
  const speaker = speakerNear(ctx, best.sentence, best.verb, marked, best.verb.start >= outer.end)
  return { verb: verbPhrase(best.sentence.tokens, best.index), ...(speaker ? { speaker } : {}) }
}

/** A quote with no verb of its own continues the last speaker of the paragraph before or this one. */
function continuation(ctx: Context, outer: Span): Attribution {
  const before = ctx.referents.filter((r) => r.end <= outer.start && r.name >= 0)
  const last = before[before.length - 1]
  const sentence = ctx.sentences.find((s) => s.start <= outer.start && outer.start < s.end)
  if (!last || !sentence) return {}
  const lastSentence = ctx.sentences[last.sentence]
  // Only across at most one paragraph boundary: further back, the speaker is a guess.
  if (!lastSentence || sentence.paragraph - lastSentence.paragraph > 1) return {}
  return { speaker: last }
}

function speakerNear(ctx: Context, sentence: Sentence, verb: Token, marked: readonly Span[], isAfterQuote: boolean): Referent | undefined {
  const inSentence = ctx.referents.filter(
    (r) => r.start >= sentence.start && r.end <= sentence.end && !marked.some((m) => r.start >= m.start && r.end <= m.end),
  )
  const before = inSentence.filter((r) => r.end <= verb.start)
  const after = inSentence.filter((r) => r.start >= verb.end && r.start - verb.end <= 2)
  // After a quote, "…," said Lukashenko (inverted) names the speaker right after the verb; before a quote the
  // word after the verb is its object ("he asked Putin to … "…""), and the speaker is the subject before it.
  return (isAfterQuote ? after[0] : undefined) ?? before[before.length - 1]
}

function isSpeechVerb(t: Token): boolean {
  return SPEECH_VERB_FORMS.has(t.norm) || ((t.pos === 'VERB' || t.pos === 'AUX') && SPEECH_VERBS.has(t.lemma) && t.lemma !== 'be')
}

/** "said", with an adverb in -ly next to it: "hypocritically said", "added cynically". */
function verbPhrase(tokens: readonly Token[], index: number): string {
  const verb = tokens[index]!
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  if (before && before.pos === 'ADV' && /ly$/i.test(before.text)) return `${before.text} ${verb.text}`
  if (after && after.pos === 'ADV' && /ly$/i.test(after.text)) return `${verb.text} ${after.text}`
  return verb.text
}

/** "Lukashenko hypocritically said." standing alone after unmarked speech. */
function closingAttribution(ctx: Context, sentence: Sentence): Attribution | null {
  const words = sentence.tokens.filter((t) => /\p{L}/u.test(t.text))
  if (words.length === 0 || words.length > MAX_ATTRIBUTION_WORDS) return null
  const verbIndex = sentence.tokens.findIndex(isSpeechVerb)
  if (verbIndex < 0) return null
  const rest = words.filter((t) => t !== sentence.tokens[verbIndex])
  const referents = ctx.referents.filter((r) => r.start >= sentence.start && r.end <= sentence.end)
  const speaker = referents[0]
  if (!speaker) return null
  // Everything besides the speaker and the verb must be adverbs or the speaker's words ("Alexander Lukashenko").
  const isOnlySpeaker = rest.every((t) => t.pos === 'ADV' || (t.start >= speaker.start && t.end <= speaker.end) || referents.some((r) => t.start >= r.start && t.end <= r.end))
  if (!isOnlySpeaker) return null
  return { verb: verbPhrase(sentence.tokens, verbIndex), speaker }
}

/** "According to X, CLAUSE" and "X said that CLAUSE": the clause is the reported content. */
function reportedSpeech(ctx: Context, sentence: Sentence): { content: Span; attribution: Attribution } | null {
  const tokens = sentence.tokens
  const referents = ctx.referents.filter((r) => r.start >= sentence.start && r.end <= sentence.end)
  if (tokens[0]?.norm === 'according' && tokens[1]?.norm === 'to') {
    const comma = tokens.findIndex((t, i) => i > 2 && t.text === ',')
    const speaker = referents.find((r) => r.start >= (tokens[2]?.start ?? 0) && comma >= 0 && r.end <= tokens[comma]!.start)
    if (comma < 0 || !tokens[comma + 1]) return null
    const content = trimContent(ctx.text, { start: tokens[comma + 1]!.start, end: sentence.end })
    return { content, attribution: { verb: 'according to', ...(speaker ? { speaker } : {}) } }
  }
  for (const [i, t] of tokens.entries()) {
    if (!isSpeechVerb(t)) continue
    // "said that …", "noted that …", "pointed out that …"
    const that = tokens[i + 1]?.norm === 'that' ? i + 1 : tokens[i + 1]?.norm === 'out' && tokens[i + 2]?.norm === 'that' ? i + 2 : -1
    const first = tokens[that + 1]
    if (that < 0 || !first) continue
    const speaker = [...referents].reverse().find((r) => r.end <= t.start)
    if (!speaker) return null
    const content = trimContent(ctx.text, { start: first.start, end: sentence.end })
    return { content, attribution: { verb: verbPhrase(tokens, i), speaker } }
  }
  return null
}

const FIRST_PERSON = new Set(['we', 'us', 'our', 'ours', 'i', 'me', 'my', 'mine'])

/** Unmarked first-person paragraphs ("We have certain places where we can place these weapons.") in a third-person article. */
function firstPersonParagraphs(
  ctx: Context,
  paragraphs: readonly Paragraph[],
  found: readonly FoundQuote[],
  isCovered: (span: Span) => boolean,
): FoundQuote[] {
  // A sentence that opens in the first person ("We have certain places…", "I warned them…"), in a paragraph
  // with no quotation marks at all: quoted speech the outlet did not mark.
  const opensInFirstPerson = (s: Sentence): boolean =>
    s.tokens.slice(0, 3).some((t) => FIRST_PERSON.has(t.norm) && (t.norm !== 'i' || t.text === 'I'))
  const isFirstPerson = (p: Paragraph): boolean =>
    !/["“”„«»]/.test(ctx.text.slice(p.start, p.end)) && p.sentences.some(opensInFirstPerson) && !p.sentences.some((s) => isCovered(s))
  const firstPerson = paragraphs.filter(isFirstPerson)
  if (firstPerson.length === 0 || firstPerson.length / paragraphs.length >= FIRST_PERSON_ARTICLE_SHARE) return []
  const out: FoundQuote[] = []
  for (const p of firstPerson) {
    if (p.sentences.some((s) => isCovered(s))) continue
    // The speaker of the last quote before the paragraph goes on speaking; failing that, the last person named.
    const lastQuote = [...found, ...out].filter((q) => q.end <= p.start && q.speakerSpan).sort((a, b) => a.end - b.end).pop()
    const speaker =
      ctx.referents.find((r) => r.start === lastQuote?.speakerSpan?.start) ??
      [...ctx.referents].reverse().find((r) => r.end <= p.start && r.name >= 0)
    for (const s of p.sentences) out.push(build(ctx, trimContent(ctx.text, s), false, speaker ? { speaker } : {}))
  }
  return out
}

/** Drops surrounding spaces and a trailing comma, colon or semicolon: `Ukraine,"` → `Ukraine`. */
function trimContent(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--
  return { start, end }
}

function wordCount(text: string): number {
  return (text.match(/\p{L}+/gu) ?? []).length
}
