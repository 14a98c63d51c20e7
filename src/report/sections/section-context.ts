import type { Anchors } from '../anchors.js'
import type { ReportView } from '../build-report-view.js'

/** What every section renderer gets: the report's view, the shared anchor ids, and how notes are shown. */
export interface SectionContext {
  readonly view: ReportView
  /** One set per page, so a link in any section finds the anchor the article text placed. */
  readonly anchors: Anchors
  /**
   * Keep each highlight's note in a title attribute as well as in data-note: the static report has no script,
   * so the browser's own tooltip is its hover note; the web UI shows data-note itself, and there the title copy
   * would only double the page (194 KB → 75 KB for the seed pair).
   */
  readonly noteTitles: boolean
}
