import type { Sentence, Span } from '../../model/index.js'
import type { NameMention } from '../entities/index.js'
import { findMarkedQuotes } from './find-marked-quotes.js'
import { findQuoteMarks } from './find-quote-marks.js'
import { findReportedSpeech } from './find-reported-speech.js'
import { findClosedSpeech, findFirstPersonParagraphs } from './find-unmarked-speech.js'
import { groupParagraphs } from './group-paragraphs.js'
import { overlaps, type FoundQuote, type QuoteContext } from './quote-context.js'
import type { Referent } from './resolve-referents.js'
import { speechLexicon } from './speech-lexicon.js'
import { isDialogueLine } from './split-dash-speech.js'

export type { FoundQuote } from './quote-context.js'

/**
 * Finds what people are reported to have said, in this order (an earlier finder's span is never taken again):
 * quotations in any marks; unmarked speech closed by an attribution ("… why spend billions? Lukashenko
 * hypocritically said."); reported speech ("X said (that) …", "…, X said.", "According to X, …"); and
 * first-person paragraphs in a third-person article, whose speaker is the one quoted last. `language` is the
 * article's (default English); in uk, ru, be, pl, cs and de the cues are read by that language's word lists
 * (speech-lexicon.ts): "сказал", "powiedziała", "по словам X", "laut X", "X заявил, что …", dash dialogue.
 *
 * @example findQuotes(text, sentences, entities.names, resolveReferents(…, 'ru'), 'ru')
 */
export function findQuotes(
  text: string,
  sentences: readonly Sentence[],
  names: readonly NameMention[],
  referents: readonly Referent[],
  language = 'en',
): FoundQuote[] {
  const paragraphs = groupParagraphs(sentences)
  const marked = paragraphs.flatMap((p) => findQuoteMarks(text.slice(p.start, p.end), p.start).map((q) => q.outer))
  const lexicon = speechLexicon(language)
  // A line of dialogue ("— Мы готовы, — сказал он.") is direct speech, as if in quotation marks.
  if (lexicon) marked.push(...paragraphs.filter((p) => isDialogueLine(text, p)).map((p) => ({ start: p.start, end: p.end })))
  const ctx: QuoteContext = { text, sentences, names, referents, marked, ...(lexicon ? { lexicon } : {}) }
  const quotes = findMarkedQuotes(ctx, paragraphs)
  const isCovered = (span: Span): boolean => quotes.some((q) => overlaps(q, span)) || marked.some((m) => overlaps(m, span))
  quotes.push(...findClosedSpeech(ctx, isCovered))
  // A quotation inside reported speech is part of it: in "Trump said that her plan would “lead to World War
  // Three,” because …" the statement is the whole clause, and the marked words are one fragment of it.
  const isFragmentOf = (q: FoundQuote, span: Span): boolean => q.marked && q.start >= span.start && q.end <= span.end
  const reported = findReportedSpeech(ctx, (span) => quotes.some((q) => overlaps(q, span) && !isFragmentOf(q, span)))
  const kept = [...quotes.filter((q) => !reported.some((r) => isFragmentOf(q, r))), ...reported]
  kept.push(...findFirstPersonParagraphs(ctx, paragraphs, kept, isCovered))
  return kept.sort((a, b) => a.start - b.start)
}
