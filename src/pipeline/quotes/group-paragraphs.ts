import type { Sentence, Span } from '../../model/index.js'
import { findQuoteMarks } from './find-quote-marks.js'

/** A paragraph of an article: its span and its sentences. */
export interface Paragraph extends Span {
  readonly sentences: readonly Sentence[]
}

/** Groups consecutive sentences by `Sentence.paragraph`. */
export function groupParagraphs(sentences: readonly Sentence[]): Paragraph[] {
  const out: Paragraph[] = []
  for (const s of sentences) {
    const last = out[out.length - 1]
    if (last && last.sentences[0]!.paragraph === s.paragraph) {
      out[out.length - 1] = { start: last.start, end: s.end, sentences: [...last.sentences, s] }
    } else {
      out.push({ start: s.start, end: s.end, sentences: [s] })
    }
  }
  return out
}

/** Outer spans (marks included) of the quotations in an article, found paragraph by paragraph. */
export function quotedSpans(text: string, sentences: readonly Sentence[]): Span[] {
  return groupParagraphs(sentences).flatMap((p) => findQuoteMarks(text.slice(p.start, p.end), p.start).map((q) => q.outer))
}
