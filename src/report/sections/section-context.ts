import type { Anchors } from '../anchors.js'
import type { ReportView } from '../build-report-view.js'
import type { NoteTable } from '../note-table.js'
import type { TextPages } from '../text-pages.js'

/** What every section renderer gets: the report's view, the shared anchor ids, and how notes are shown. */
export interface SectionContext {
  readonly view: ReportView
  /** One set per page, so a link in any section finds the anchor the article text placed (on this text page or another). */
  readonly anchors: Anchors
  /**
   * Keep each highlight's note in a title attribute as well as in data-note: the static report has no script,
   * so the browser's own tooltip is its hover note; the web UI shows data-note itself, and there the title copy
   * would only double the page (194 KB → 75 KB for the seed pair).
   */
  readonly noteTitles: boolean
  /**
   * The web UI (no note titles): highlights refer to their notes by number and the articles section lists each
   * note once (NoteTable); the UI's script puts them back in data-note. Absent: every run carries its notes.
   */
  readonly notes?: NoteTable
  /** The part of each article's text this page shows (a story page's `?page=N`); absent: every text whole. */
  readonly textPages?: TextPages
}
