import type { Article, FramingSpan, HeadlineFramingSpan } from '../../model/index.js'

/**
 * The framing spans of an article's headline, found by the article's own detector on `Article.title`: offsets into
 * the title, plus the same span in the input when the title is a line of it. Undefined when the title was cut
 * from the lead sentence: that is body text, already read as such, and no headline.
 *
 * @example headlineFraming(article, framingDetector('en'))  // [{ start: 0, end: 19, text: 'Belarusian dictator', input: { start: 0, end: 19 }, … }]
 */
export function headlineFraming(article: Article, detect: (text: string) => readonly FramingSpan[]): HeadlineFramingSpan[] | undefined {
  const source = article.titleSource
  if (source.kind === 'lead') return undefined
  return detect(article.title).map((span) =>
    source.kind === 'text' ? { ...span, input: { start: source.start + span.start, end: source.start + span.end } } : { ...span },
  )
}
