import { ReportSection } from './report-section.js'
import type { SectionContext } from './section-context.js'

/** Inputs that could not be analysed, and why; nothing when every input was. */
export function SkippedSection({ ctx }: { ctx: SectionContext }) {
  const { skipped } = ctx.view.report
  if (skipped.length === 0) return null
  return (
    <ReportSection id="skipped" heading="Not analysed">
      <ul>
        {skipped.map((s) => (
          <li>
            <strong>{s.source}</strong> ({s.reason}): {s.message}
          </li>
        ))}
      </ul>
    </ReportSection>
  )
}
