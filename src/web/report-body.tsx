import type { CoverageReport } from '../model/index.js'
import { ReportSections, SectionNav, type TextPages } from '../report/index.js'

/**
 * The body of a story or comparison page: a table of contents, then the report sections the static HTML report
 * shows too (src/report/sections). The page's script shows each highlight's note, so notes are not repeated in
 * title attributes, and each is written once (NoteTable). With `textPages`, the articles show that page of their texts.
 */
export function ReportBody({ report, textPages }: { report: CoverageReport; textPages?: TextPages }) {
  return (
    <>
      <nav class="toc" aria-label="Sections">
        <SectionNav />
      </nav>
      <ReportSections report={report} options={{ noteTitles: false, ...(textPages === undefined ? {} : { textPages }) }} />
    </>
  )
}
