import type { FramingSpan } from './framing.js'
import type { Span } from './span.js'

/** The page field an HTML article's title was read from, in the order extraction prefers them. */
export type HtmlTitleField = 'json-ld' | 'og:title' | 'twitter:title' | 'meta' | 'h1' | 'title'

/**
 * Where an article's title came from. Only 'lead' is not a headline: it is cut from the body's first sentence
 * when the input had none, so it is never compared or counted as one.
 * - 'text': a headline line of the input, dropped from the body by the cleaner (its Removal 'headline');
 *   [start, end) into the input, as `Removal` offsets. The title is that slice with every whitespace character
 *   written as a plain space (same length), so offsets into the title are offsets from `start`.
 * - 'html': the page's own metadata or markup (`field` says which); not in the input text, so no offsets.
 * - 'given': by the user or the container (a feed item's title, JSON Lines "title", the API's "title").
 * - 'lead': synthesised from the body's first sentence.
 */
export type TitleSource =
  | { readonly kind: 'text'; readonly start: number; readonly end: number }
  | { readonly kind: 'html'; readonly field: HtmlTitleField }
  | { readonly kind: 'given' }
  | { readonly kind: 'lead' }

/**
 * A span of an article's title: [start, end) into `Article.title` (UTF-16), `text === title.slice(start, end)`.
 * `input` is the same span in the input when the title is a line of it (TitleSource 'text'):
 * [source.start + start, source.start + end).
 */
export interface TitleSpan extends Span {
  readonly text: string
  readonly input?: Span
}

/** A framing span found in a headline: offsets into `Article.title`, not `Article.text`. */
export interface HeadlineFramingSpan extends FramingSpan, TitleSpan {}

/** One outlet's headline in a compared story. Articles whose title is synthesised ('lead') have none. */
export interface Headline {
  readonly articleId: string
  readonly outlet: string
  /** The headline: `Article.title`. */
  readonly text: string
  /** BCP-47 primary subtag of the article. */
  readonly language: string
  readonly source: TitleSource
  /** Framing load of the headline: summed span confidence per 100 words, as `ArticleFraming.score`. 0 = neutral. */
  readonly score: number
  readonly framing: readonly HeadlineFramingSpan[]
  /**
   * Wording no other headline of the story shares: runs of words outside the word-level longest common
   * subsequence with every other headline (case- and diacritic-insensitive). Empty when it is the only headline.
   */
  readonly differences: readonly TitleSpan[]
}
