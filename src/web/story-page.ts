import type { CoverageReport } from '../model/index.js'
import { escapeHtml as esc } from '../report/index.js'
import { renderLayout } from './layout.js'
import { renderReportBody } from './report-body.js'

/** `/stories/:id`: one stored story's comparison. */
export function renderStoryPage(storyId: string, title: string, report: CoverageReport): string {
  const outlets = [...new Set(report.articles.map((a) => a.outlet))]
  const body = `<p class="muted"><a href="/">Stories</a> › story ${esc(storyId)} · <a href="/api/stories/${encodeURIComponent(storyId)}">JSON</a></p>
<h1>${esc(title)}</h1>
<p class="meta">${report.articles.length} ${report.articles.length === 1 ? 'article' : 'articles'}: ${outlets.map(esc).join(', ')}</p>
${renderReportBody(report)}`
  return renderLayout({ title, body, active: 'none' })
}
