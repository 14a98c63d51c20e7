import type { Sentence, Span, Token } from '../../model/index.js'
import { findQuoteMarks } from './find-quote-marks.js'
import { isNonFinite, mainSubject, speakerAfter, speakerBefore } from './find-speaker.js'
import type { Paragraph } from './group-paragraphs.js'
import type { Speaker } from './quote-context.js'
import { buildQuote, isInsideMarks, lastNamedReferentEndingBy, referentsIn, trimContent, verbPhrase, wordCount, type Attribution, type FoundQuote, type QuoteContext } from './quote-context.js'
import { firstIndex, indexAt } from '../span-at.js'
import { isSpeechVerb } from './speech-cues.js'
import { cueSpeaker, isCueVerb, speakerIn } from './find-cue-speaker.js'
import { trimSpeech } from './find-lexical-speech.js'
import { isDialogueLine, splitDashSpeech } from './split-dash-speech.js'
import type { SpeechLexicon } from './speech-lexicon.js'

// Quoted runs under 4 words are terms or scare quotes ("Oreshnik", "minds"), not statements.
const MIN_QUOTE_WORDS = 4

/**
 * Quotations in any marks, each attributed to the speech verb nearest to it in its sentence or the next. Outside
 * English, direct speech cut by the narrator's words between dashes («Мы готовы, — сказал он, — …») is split
 * into its parts, and a dialogue paragraph opened by a dash ("— Мы готовы, — сказал он.") is direct speech too.
 */
export function findMarkedQuotes(ctx: QuoteContext, paragraphs: readonly Paragraph[]): FoundQuote[] {
  const quotes: FoundQuote[] = []
  const lex = ctx.lexicon
  for (const p of paragraphs) {
    const marks = findQuoteMarks(ctx.text.slice(p.start, p.end), p.start)
    for (const q of marks) {
      const inner = trimContent(ctx.text, q.inner)
      const split = lex ? splitDashSpeech(ctx, lex, inner) : undefined
      if (split) {
        for (const part of split.parts) pushQuote(ctx, quotes, part, split.attribution)
        continue
      }
      if (wordCount(ctx.text.slice(inner.start, inner.end)) < MIN_QUOTE_WORDS) continue
      quotes.push(buildQuote(ctx, inner, true, lex ? attributeByWords(ctx, lex, q.outer) : attributeMarked(ctx, q.outer)))
    }
    const dash = lex && isDialogueLine(ctx.text, p) ? splitDashSpeech(ctx, lex, { start: p.start + 1, end: p.end }) : undefined
    for (const part of dash?.parts ?? []) pushQuote(ctx, quotes, part, dash!.attribution)
  }
  return quotes
}

function pushQuote(ctx: QuoteContext, quotes: FoundQuote[], part: Span, attribution: Attribution): void {
  const span = trimSpeech(ctx.text, part)
  if (wordCount(ctx.text.slice(span.start, span.end)) >= MIN_QUOTE_WORDS) quotes.push(buildQuote(ctx, span, true, attribution))
}

// "Глава МИД России Сергей Лавров: «…»": a headline's speaker is a short phrase before the colon.
const MAX_HEADLINE_SPEAKER_TOKENS = 6

/** The speaker named before a colon that opens the quotation's sentence: "Лукашенко: «Мы готовы…»". */
function headlineSpeaker(ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence, outer: Span): Attribution | undefined {
  const tokens = sentence.tokens
  const colon = tokens.findIndex((t) => t.start >= outer.start) - 1
  if (colon < 1 || colon > MAX_HEADLINE_SPEAKER_TOKENS || tokens[colon]!.text !== ':') return undefined
  const speaker = speakerIn(ctx, lex, sentence, 0, colon - 1, false, false)
  return speaker ? { speaker } : undefined
}

/**
 * The verb of saying nearest to a quotation in its sentence or the next, read by the language's word lists,
 * with its speaker ("«…», — сказал Лукашенко", "Лукашенко заявил: «…»").
 */
function attributeByWords(ctx: QuoteContext, lex: SpeechLexicon, outer: Span): Attribution {
  const at = indexAt(ctx.sentences, outer.start, (s) => s)
  const sentence = ctx.sentences[at]
  const next = ctx.sentences[at + 1]
  const following = next && next.start >= outer.end - 1 && next.start <= outer.end + 2 ? next : undefined
  let best: { index: number; sentence: Sentence; distance: number } | undefined
  for (const s of [sentence, following]) {
    if (!s) continue
    for (const [index, t] of s.tokens.entries()) {
      if (isInsideMarks(ctx, t) || !isCueVerb(lex, t)) continue
      const distance = t.start >= outer.end ? t.start - outer.end : outer.start - t.end
      if (!best || distance < best.distance) best = { index, sentence: s, distance }
    }
  }
  if (!best) return (sentence && headlineSpeaker(ctx, lex, sentence, outer)) || continuation(ctx, outer)
  const speaker = cueSpeaker(ctx, lex, best.sentence, best.index)
  return { verb: best.sentence.tokens[best.index]!.text, ...(speaker ? { speaker } : {}) }
}

/** The speech verb nearest to a quotation in its sentence, and the speaker next to that verb. */
function attributeMarked(ctx: QuoteContext, outer: Span): Attribution {
  const sentence = ctx.sentences[indexAt(ctx.sentences, outer.start, (s) => s)]
  // The first sentence starting in [end - 1, end + 2], by binary search (sentences are in text order).
  const next = ctx.sentences[firstIndex(ctx.sentences.length, (k) => ctx.sentences[k]!.start >= outer.end - 1)]
  const following = next && next.start <= outer.end + 2 ? next : undefined
  const candidates = [sentence, following].filter((s): s is Sentence => s !== undefined)
  let best: { verb: Token; index: number; sentence: Sentence; distance: number } | undefined
  for (const s of candidates) {
    for (const [index, t] of s.tokens.entries()) {
      if (isInsideMarks(ctx, t) || !isSpeechVerb(t)) continue
      const distance = t.start >= outer.end ? t.start - outer.end : outer.start - t.end
      if (!best || distance < best.distance) best = { verb: t, index, sentence: s, distance }
    }
  }
  if (!best) return continuation(ctx, outer)
  const speaker = speakerNear(ctx, best.sentence, best.verb, best.verb.start >= outer.end) ?? speakerOfVerb(ctx, best.sentence, best.index, best.verb.start >= outer.end)
  return { verb: verbPhrase(best.sentence.tokens, best.index), ...(speaker ? { speaker } : {}) }
}

/** A quote with no verb of its own continues the last speaker of the paragraph before or this one. */
function continuation(ctx: QuoteContext, outer: Span): Attribution {
  const last = lastNamedReferentEndingBy(ctx, outer.start)
  const sentence = ctx.sentences[indexAt(ctx.sentences, outer.start, (s) => s)]
  if (!last || !sentence) return {}
  const lastSentence = ctx.sentences[last.sentence]
  // Only across at most one paragraph boundary: further back, the speaker is a guess.
  if (!lastSentence || sentence.paragraph - lastSentence.paragraph > 1) return {}
  return { speaker: last }
}

/**
 * The subject of the verb: after a quote, inverted ("…," said Sen. Ted Cruz) when nothing but the closing mark
 * and a comma stand between quote and verb, else the phrase before the verb ("…," the spokesman said).
 */
function speakerOfVerb(ctx: QuoteContext, sentence: Sentence, index: number, isAfterQuote: boolean): Speaker | undefined {
  const before = sentence.tokens[index - 1]
  const isInverted = isAfterQuote && (before === undefined || before.pos === 'PUNCT' || isInsideMarks(ctx, before))
  if (isInverted) return speakerAfter(ctx, sentence, index)
  // "An official downplayed the unrest, saying that "…"": a participle's speaker is the sentence's subject, not
  // the object before it.
  if (isNonFinite(sentence.tokens, index)) return mainSubject(ctx, sentence, index) ?? speakerBefore(ctx, sentence, index)
  return speakerBefore(ctx, sentence, index)
}

function speakerNear(ctx: QuoteContext, sentence: Sentence, verb: Token, isAfterQuote: boolean): Speaker | undefined {
  // "his" and "him" are never the one speaking: "his spokesman said", "told him".
  const inSentence = referentsIn(ctx, sentence.start, sentence.end).filter(
    (r) => !isInsideMarks(ctx, r) && !/^(?:his|him)$/i.test(ctx.text.slice(r.start, r.end)),
  )
  const before = inSentence.filter((r) => r.end <= verb.start)
  const after = inSentence.filter((r) => r.start >= verb.end && r.start - verb.end <= 2)
  // After a quote, "…," said Lukashenko (inverted) names the speaker right after the verb; before a quote the
  // word after the verb is its object ("he asked Putin to … "…""), and the speaker is the subject before it.
  return (isAfterQuote ? after[0] : undefined) ?? before[before.length - 1]
}
