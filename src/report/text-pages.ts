import type { Span } from '../model/index.js'
import { splitTextPages } from './split-text-pages.js'

/**
 * Characters of article text one page of a story shows, shared evenly among its articles: ~4 news articles
 * whole, so a story of two or three is one page, while a story of 14 sent ~500 KB of highlighted text in one
 * page (issue 19: the largest story's page in the serve bench was 770 KB).
 */
export const TEXT_PAGE_CHARS = 20_000
/** No article's share of a page is smaller than this (~2–3 paragraphs), however many articles the story has. */
const MIN_ARTICLE_PAGE_CHARS = 1_000

/**
 * Which part of each article's text one page of a story shows (the story page's `?page=N`), and on which page
 * any offset is: sections link to a span on another page by that page's URL. Offsets stay those of
 * `Article.text` (UTF-16 code units) on every page.
 */
export interface TextPages {
  /** The page shown, 1-based. */
  readonly page: number
  /** Pages in all: those of the article with the most. */
  readonly count: number
  /** Characters per page of each article's text. */
  readonly articleChars: number
  /** The part of `articleId`'s text this page shows; null when it ended on an earlier page; the whole text for an unknown id. */
  rangeOf(articleId: string): Span | null
  /** Pages of `articleId`'s text (1 for an unknown id). */
  pagesOf(articleId: string): number
  /** The page that shows `offset` of `articleId`'s text (this page for an unknown id). */
  pageOf(articleId: string, offset: number): number
  /** The URL of page `page`. */
  hrefOf(page: number): string
}

/**
 * The text pages of `articles` (each cut by splitTextPages into TEXT_PAGE_CHARS / articles, at least 1,000),
 * as page `page` shows them; `hrefOf` names each page's URL. A page past the last is shown as the last.
 *
 * @example
 * const pages = textPages(report.articles, 2, (p) => (p === 1 ? '/stories/s1' : `/stories/s1?page=${p}`))
 * pages.rangeOf(report.articles[0].id) // { start: 1412, end: 2890 }
 */
export function textPages(articles: readonly { readonly id: string; readonly text: string }[], page: number, hrefOf: (page: number) => string, budget = TEXT_PAGE_CHARS): TextPages {
  const articleChars = Math.max(MIN_ARTICLE_PAGE_CHARS, Math.floor(budget / Math.max(1, articles.length)))
  const ranges = new Map(articles.map((a) => [a.id, splitTextPages(a.text, articleChars)]))
  const count = Math.max(1, ...[...ranges.values()].map((r) => r.length))
  const shown = Math.min(Math.max(1, Math.trunc(page)), count)
  return {
    page: shown,
    count,
    articleChars,
    rangeOf: (id) => {
      const pages = ranges.get(id)
      if (pages === undefined) return { start: 0, end: Number.MAX_SAFE_INTEGER }
      return pages[shown - 1] ?? null
    },
    pagesOf: (id) => ranges.get(id)?.length ?? 1,
    pageOf: (id, offset) => {
      const pages = ranges.get(id)
      if (pages === undefined) return shown
      const index = pages.findIndex((p) => offset < p.end)
      return index < 0 ? pages.length : index + 1
    },
    hrefOf,
  }
}
