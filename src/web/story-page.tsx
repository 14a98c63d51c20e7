import type { CoverageReport } from '../model/index.js'
import { renderPage } from './layout.js'
import { ReportBody } from './report-body.js'

/** `/stories/:id`: one stored story's comparison. */
export function renderStoryPage(storyId: string, title: string, report: CoverageReport): string {
  const outlets = [...new Set(report.articles.map((a) => a.outlet))]
  const count = report.articles.length
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
      <ReportBody report={report} />
    </>,
  )
}
