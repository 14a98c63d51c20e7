import type { ArticleQuote, FramingSpan, FramingVoice, Span } from '../../model/index.js'
import { spanIndex } from '../span-index.js'
import { findQuotations } from './find-quotations.js'

/**
 * Says whose voice each span is in: a speaker's when it lies inside quotation marks or inside a quote's
 * direct speech (`quotes`, from the quotes stage, give the speaker), else the outlet's own. Indirect speech
 * ("X added that …", "X asked to …", "according to X, …") stays the outlet's: it paraphrases, so its wording
 * ("Belarus is allegedly very worried") is the outlet's choice. Without `quotes`, quotation marks alone decide.
 * @example attributeVoices(spans, text, quotes)  // a span inside “…” of Biden's → { kind: 'quoted', speaker: 'Joe Biden', … }
 */
export function attributeVoices(spans: readonly FramingSpan[], text: string, quotes: readonly ArticleQuote[] = []): FramingSpan[] {
  if (spans.length === 0) return []
  const marks = findQuotations(text)
  const direct = quotes.filter((q) => q.marked || isDirectSpeech(q))
  return spans.map((span) => {
    const voice = voiceOf(span, marks, direct)
    return voice === undefined ? (span.voice.kind === 'outlet' ? span : { ...span, voice: { kind: 'outlet' } }) : { ...span, voice }
  })
}

function voiceOf(span: Span, marks: readonly Span[], direct: readonly ArticleQuote[]): FramingVoice | undefined {
  const holds = (q: Span): boolean => q.start <= span.start && span.end <= q.end && q.end > q.start
  // Quotes and quotation marks around the span come from indexes, in list order (so `find` picks what it picked
  // from the whole list): a pass over the article's quotes per span was quadratic in a long text.
  const quote = spanIndex(direct).containing(span.start, span.end).find(holds)
  const mark = spanIndex(marks).containing(span.start, span.end).find(holds)
  if (quote === undefined && mark === undefined) return undefined
  // The speaker of the quote that holds the marks, when the quotes stage found one: a quotation inside an
  // outlet's paraphrase ("alluding to …, “you demonstrated it”") still belongs to whoever said it.
  const speaker = quote ?? (mark === undefined ? undefined : spanIndex(direct).touching(mark.start, mark.end).find((q) => q.start <= mark.end && mark.start <= q.end))
  const range = mark ?? quote!
  return { kind: 'quoted', speaker: speaker?.speakerName ?? null, quote: { start: range.start, end: range.end } }
}

/**
 * Unmarked direct speech: whole sentences in the speaker's words ("We assess this as a danger. …," he said),
 * told from indirect speech by the capital its content opens with and the absence of "according to".
 */
function isDirectSpeech(quote: ArticleQuote): boolean {
  if (quote.verb !== undefined && /^according\b/iu.test(quote.verb)) return false
  return /^[\p{Lu}\p{N}]/u.test(quote.text.trimStart())
}
