import type { HtmlTitleField } from './headline.js'

/** What extraction found in one HTML page: the article body plus the metadata the page states about itself. */
export interface ExtractedHtml {
  /** The headline without the site name; "" when the page has none. */
  readonly title: string
  /** Where `title` was read from; absent when the page has no title. */
  readonly titleField?: HtmlTitleField
  readonly byline?: string
  /** ISO 8601 date or date-time, as the page states it (JSON-LD, OpenGraph, meta or <time>). */
  readonly publishedAt?: string
  /** Outlet name as the page gives it (og:site_name, JSON-LD publisher). */
  readonly siteName?: string
  /** BCP-47 primary language subtag from the page's own markup ("en", "uk"); absent when the page does not say. */
  readonly language?: string
  readonly canonicalUrl?: string
  /** Body paragraphs joined by "\n\n"; no headline, byline, captions or related-content boxes. */
  readonly text: string
  /** Image and figure captions, kept out of `text`. */
  readonly captions: readonly string[]
}
