import type { Sentence, Span } from '../../model/index.js'
import { findQuoteMarks } from './find-quote-marks.js'

/** A paragraph of an article: its span and its sentences. */
export interface Paragraph extends Span {
  readonly sentences: readonly Sentence[]
}

/** Groups consecutive sentences by `Sentence.paragraph`. */
export function groupParagraphs(sentences: readonly Sentence[]): Paragraph[] {
  const out: Paragraph[] = []
  // Linear: a paragraph's sentences are collected first, not copied per sentence (a long one-paragraph text).
  let first = 0
  for (let i = 1; i <= sentences.length; i++) {
    if (i < sentences.length && sentences[i]!.paragraph === sentences[first]!.paragraph) continue
    const group = sentences.slice(first, i)
    out.push({ start: group[0]!.start, end: group[group.length - 1]!.end, sentences: group })
    first = i
  }
  return out
}

/** Outer spans (marks included) of the quotations in an article, found paragraph by paragraph. */
export function quotedSpans(text: string, sentences: readonly Sentence[]): Span[] {
  return groupParagraphs(sentences).flatMap((p) => findQuoteMarks(text.slice(p.start, p.end), p.start).map((q) => q.outer))
}
