import type { CoverageReport } from '../model/index.js'
import { formatDateRange, textPages as paginate, type TextPages } from '../report/index.js'
import { renderPage } from './layout.js'
import { ReportBody } from './report-body.js'

/**
 * `/stories/:id`: one stored story's comparison, titled with its most neutral headline (`CoverageReport.title`).
 * `textPages` (storyTextPages): the page of the articles' texts shown, the report's sections on every page.
 */
export function renderStoryPage(storyId: string, report: CoverageReport, textPages?: TextPages): string {
  const { title } = report
  const outlets = [...new Set(report.articles.map((a) => a.outlet))]
  const count = report.articles.length
  // Dates the sources state; estimated ones only when no article states its date.
  const stated = formatDateRange(report.articles.filter((a) => a.publishedAtEstimated !== true).map((a) => a.publishedAt))
  const estimated = formatDateRange(report.articles.map((a) => a.publishedAt))
  const published = stated !== '' ? `published ${stated}` : estimated !== '' ? `published ≈ ${estimated} (estimated)` : 'publication date unknown'
  return renderPage(
    { title, active: 'none' },
    <>
      <p class="muted">
        <a href="/">Stories</a> › story {storyId} · <a href={`/api/stories/${encodeURIComponent(storyId)}`}>JSON</a>
      </p>
      <h1>{title}</h1>
      <p class="meta">
        {count} {count === 1 ? 'article' : 'articles'}: {outlets.join(', ')}
      </p>
      <p class="meta story-dates">{published}</p>
      <ReportBody report={report} {...(textPages === undefined ? {} : { textPages })} />
    </>,
  )
}

/**
 * The text pages of a story's page: page `page` (1-based) of the articles' texts, page 1 at `/stories/:id`,
 * the others at `?page=N`.
 */
export function storyTextPages(storyId: string, report: CoverageReport, page: number): TextPages {
  const path = `/stories/${encodeURIComponent(storyId)}`
  return paginate(report.articles, page, (n) => (n === 1 ? path : `${path}?page=${n}`))
}
