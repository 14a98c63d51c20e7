import type { JSX } from 'hono/jsx/jsx-runtime'
import type { CoverageReport } from '../../model/index.js'
import { Anchors } from '../anchors.js'
import { buildReportView } from '../build-report-view.js'
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
}

/**
 * Every section of a coverage report, from one view and one set of anchors: the headlines side by side, the
 * coverage by outlet group, the cited brief, the articles side by side with facts, quotes, numbers and framing
 * highlighted, then facts, numbers and dates, aligned quotes with their wording differences, the entity panel and
 * the framing summary; every list links to the span in the text.
 */
export function ReportSections({ report, options }: { report: CoverageReport; options: SectionOptions }) {
  const ctx: SectionContext = { view: buildReportView(report), anchors: new Anchors(), noteTitles: options.noteTitles }
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
