import type { ArticleSpan, Span } from './span.js'

/** A statement attributed to a speaker inside one article. */
export interface QuoteRendering extends ArticleSpan {
  /** True when the content stands in quotation marks; false for unmarked reported speech. */
  readonly marked: boolean
  /** The attribution verb with its adverb ("hypocritically said"), when one was found. */
  readonly verb?: string
  /** The span naming the speaker in the text, when there is one. */
  readonly speakerSpan?: Span
}

/** One outlet's rendering of a quote in the report, with its language. */
export interface ReportQuoteRendering extends QuoteRendering {
  /** Language of the rendering (its article's, BCP-47 primary subtag: "en", "ru", "und"). */
  readonly language: string
}

/** The same statement as each outlet rendered it. */
export interface Quote {
  readonly id: string
  /** Entity id of the speaker, or null when unresolved. */
  readonly speaker: string | null
  readonly renderings: readonly ReportQuoteRendering[]
}
