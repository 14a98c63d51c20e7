import { createHash } from 'node:crypto'
import type { CoverageReport } from '../model/index.js'
import { HTML_STYLE } from './html-style.js'
import { renderDocument } from './render-document.js'
import { ReportSections, SectionNav } from './sections/report-sections.js'

// Nothing may load or run: no scripts at all, the one stylesheet pinned by hash, no images, forms or base URL.
const STYLE_HASH = createHash('sha256').update(HTML_STYLE).digest('base64')
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'`

/**
 * Renders a coverage report as one self-contained HTML page: the articles side by side with facts,
 * quotes, numbers and framing spans highlighted (hover or focus a highlight for its explanation),
 * and the brief, facts, differences, quotes, entities and framing linking into them. No scripts;
 * all article-derived text is escaped (hono/jsx).
 *
 * @example
 * await writeFile('report.html', renderHtml(report))
 */
export function renderHtml(report: CoverageReport): string {
  // The story's most neutral headline, not the first article's title (often its most loaded lead sentence).
  const title = report.title || (report.articles[0]?.title ?? 'no articles')
  const count = report.articles.length
  return renderDocument(
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content={CSP} />
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Parallax: {title}</title>
        {/* The stylesheet is ours, not article text, and its hash is in the CSP: the one raw insertion. */}
        <style dangerouslySetInnerHTML={{ __html: HTML_STYLE }} />
      </head>
      <body>
        <header>
          <h1>
            Coverage report: {count} {count === 1 ? 'article' : 'articles'}
          </h1>
          <nav>
            <SectionNav />
          </nav>
        </header>
        <ReportSections report={report} options={{ noteTitles: true }} />
        <footer class="muted">
          <p>
            Made by Parallax. Offsets, scores and spans come from the JSON report (<code>parallax compare --json</code>).
          </p>
        </footer>
      </body>
    </html>,
  )
}
