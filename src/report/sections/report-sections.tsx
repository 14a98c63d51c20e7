import type { JSX } from 'hono/jsx/jsx-runtime'
import type { CoverageReport } from '../../model/index.js'
import { Anchors } from '../anchors.js'
import { buildReportView, type ReportView } from '../build-report-view.js'
import { NoteTable } from '../note-table.js'
import type { TextPages } from '../text-pages.js'
import { ArticlesSection } from './articles-section.js'
import { BriefSection } from './brief-section.js'
import { CoverageSection } from './coverage-section.js'
import { DifferencesSection } from './differences-section.js'
import { EntitiesSection } from './entities-section.js'
import { FactsSection } from './facts-section.js'
import { FramingSection } from './framing-section.js'
import { HeadlinesSection } from './headlines-section.js'
import { QuotesSection } from './quotes-section.js'
import type { SectionContext } from './section-context.js'
import { SkippedSection } from './skipped-section.js'

/** One section of a report page: its element id, its label in the page's section links (none: not linked), its renderer. */
export interface ReportSectionEntry {
  readonly id: string
  readonly nav?: string
  readonly Render: (props: { ctx: SectionContext }) => JSX.Element | null
}

/**
 * The sections of a report page, in page order. The static HTML report and the web UI's story and compare pages
 * all render this list, so they cannot drift; a new section is one file in this folder and one entry here.
 */
export const REPORT_SECTIONS: readonly ReportSectionEntry[] = [
  { id: 'headlines', nav: 'Headlines', Render: HeadlinesSection },
  { id: 'coverage', nav: 'Coverage', Render: CoverageSection },
  { id: 'brief', nav: 'Brief', Render: BriefSection },
  { id: 'articles', nav: 'Articles', Render: ArticlesSection },
  { id: 'facts', nav: 'Facts', Render: FactsSection },
  { id: 'differences', nav: 'Numbers and dates', Render: DifferencesSection },
  { id: 'quotes', nav: 'Quotes', Render: QuotesSection },
  { id: 'entities', nav: 'Entities', Render: EntitiesSection },
  { id: 'framing', nav: 'Framing', Render: FramingSection },
  { id: 'skipped', Render: SkippedSection },
]

export interface SectionOptions {
  /** Repeat each highlight's note in a title attribute (the script-free static report); see SectionContext. */
  readonly noteTitles: boolean
  /** Show this text page of the articles (a story page's `?page=N`); absent: every text whole. */
  readonly textPages?: TextPages
}

/**
 * Every section of a coverage report, from one view and one set of anchors: the headlines side by side, the
 * coverage by outlet group, the cited brief, the articles side by side with facts, quotes, numbers and framing
 * highlighted, then facts, numbers and dates, aligned quotes with their wording differences, the entity panel and
 * the framing summary; every list links to the span in the text.
 */
export function ReportSections({ report, options }: { report: CoverageReport; options: SectionOptions }) {
  const view = buildReportView(report)
  const { textPages } = options
  const ctx: SectionContext = {
    view,
    anchors: new Anchors(textPages === undefined ? undefined : spanPages(view, textPages)),
    noteTitles: options.noteTitles,
    ...(options.noteTitles ? {} : { notes: new NoteTable() }),
    ...(textPages === undefined ? {} : { textPages }),
  }
  return (
    <>
      {REPORT_SECTIONS.map(({ Render }) => (
        <Render ctx={ctx} />
      ))}
    </>
  )
}

/** Links to the sections {@link ReportSections} writes, for a page's header. */
export function SectionNav() {
  return (
    <>
      {REPORT_SECTIONS.filter((s) => s.nav !== undefined).map((s) => (
        <a href={`#${s.id}`}>{s.nav}</a>
      ))}
    </>
  )
}

/**
 * Where a link to a span goes when the texts are in pages: '' when this page shows where it starts, else the URL
 * of the page that does. Spans name their article (facts, quotes, numbers, brief citations), except framing spans,
 * which the article's framing holds.
 */
function spanPages(view: ReportView, pages: TextPages): (span: object) => string {
  const framingOwner = new Map<object, string>()
  for (const a of view.articles) for (const span of a.framing?.spans ?? []) framingOwner.set(span, a.article.id)
  return (span) => {
    const { articleId, start } = span as { articleId?: unknown; start?: unknown }
    const owner = typeof articleId === 'string' ? articleId : framingOwner.get(span)
    if (owner === undefined || typeof start !== 'number') return ''
    const page = pages.pageOf(owner, start)
    return page === pages.page ? '' : pages.hrefOf(page)
  }
}
