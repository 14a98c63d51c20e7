import type { CoverageReport } from '../model/index.js'
import { renderReportSections, SECTION_NAV } from '../report/index.js'

/**
 * The body of a story or comparison page: a table of contents, then the report sections the static HTML report
 * shows too (src/report/html-sections.ts). The page's script shows each highlight's note, so notes are not
 * repeated in title attributes.
 */
export function renderReportBody(report: CoverageReport): string {
  return `<nav class="toc" aria-label="Sections">${SECTION_NAV}</nav>\n${renderReportSections(report, { noteTitles: false })}`
}
