import type { Article } from './article.js'
import type { Mention } from './entity.js'
import type { FramingSpan } from './framing.js'
import type { QuoteRendering } from './quote.js'
import type { Sentence } from './sentence.js'

/** A quote inside one article, before alignment: the rendering plus the speaker as named in this article. */
export interface ArticleQuote extends QuoteRendering {
  /** The speaker's name as resolved in this article ("Alexander Lukashenko"), or null when unresolved. */
  readonly speakerName: string | null
}

/** Everything the per-article stages found in one article; the input of the cross-article stages. */
export interface AnalyzedArticle {
  readonly article: Article
  readonly sentences: readonly Sentence[]
  /** Named mentions and resolved aliases, sorted by start. */
  readonly mentions: readonly Mention[]
  readonly quotes: readonly ArticleQuote[]
  readonly framing: readonly FramingSpan[]
}
