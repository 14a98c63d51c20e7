/** Half-open range [start, end) of UTF-16 code-unit offsets into `Article.text`. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A span in a named article, with the text it covers (always `article.text.slice(start, end)`). */
export interface ArticleSpan extends Span {
  readonly articleId: string
  readonly text: string
}
