import type { ArticleView } from '../build-report-view.js'

/** "[2]" linking to `href` (a highlighted span's anchor, or the article); `brief` is the citing brief sentence's number. */
export function CiteLink({ article, href, brief }: { article: ArticleView; href: string; brief?: number }) {
  // data-brief lets the script mark every run of the cited passage ("Cited by brief sentence N" in its note).
  return (
    <a class="cite" href={href} data-brief={brief} aria-label={`article ${article.number}, ${article.article.outlet}`}>
      [{article.number}]
    </a>
  )
}
