import type { TitleSource } from './headline.js'

/** Why a piece of the input was left out of the article body. */
export type RemovalReason =
  | 'section-label'
  | 'repeated-headline'
  | 'headline'
  | 'caption'
  | 'image-credit'
  | 'byline'
  | 'share-button'
  | 'related-content'
  | 'copyright'
  | 'legal-notice'
  | 'separator'
  | 'boilerplate'
  /** YAML front-matter at the top of a plain-text file (`---` … `---`): read as metadata, not body. */
  | 'front-matter'
  /** A date stamp line at the top ("Friday, June 7, 2013"): read as the publication date when it states a day. */
  | 'dateline'

/** A piece of the input dropped from the body. Offsets are into the input text (`RawDocument.content` for text input). */
export interface Removal {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly reason: RemovalReason
}

/**
 * One run of `Article.text` copied verbatim from the input: text[textStart, textStart+length) equals
 * input[inputStart, inputStart+length). Runs are sorted and together cover every character of the text
 * except the paragraph separators the cleaner inserted.
 */
export interface SourceRun {
  readonly textStart: number
  readonly inputStart: number
  readonly length: number
}

/** A cleaned article: body text without page furniture, with metadata kept beside it. */
export interface Article {
  readonly id: string
  /** Where the input came from (path, URL, "stdin"). */
  readonly source: string
  readonly outlet: string
  /** The headline, or a title cut from the first sentence when the input had none: `titleSource` says which. */
  readonly title: string
  readonly titleSource: TitleSource
  readonly byline?: string
  /** ISO 8601 date or date-time. */
  readonly publishedAt?: string
  /** True when `publishedAt` was inferred from dates in the text or its story, not given by the source. */
  readonly publishedAtEstimated?: boolean
  /** BCP-47 primary language subtag ("en", "pl", "uk", ...), "und" when unknown. */
  readonly language: string
  readonly url?: string
  /** Cleaned body: paragraphs separated by "\n\n". All analysis offsets index this string. */
  readonly text: string
  /** Image captions found in the input: not body text, but their names still count as entity variants. */
  readonly captions: readonly string[]
  readonly removed: readonly Removal[]
  readonly sourceMap: readonly SourceRun[]
}
