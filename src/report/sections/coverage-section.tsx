import type { GroupCoverage } from '../../model/index.js'
import { findBlindspots, UNKNOWN_VALUE } from '../../pipeline/outlets/index.js'
import { GroupBar, valueColour } from './group-bar.js'
import { ReportSection } from './report-section.js'
import type { SectionContext } from './section-context.js'

/**
 * Which outlets covered the story, per group kind of the user's outlet registry: a stacked bar of outlets by value
 * with each value's outlets named under it, and a blindspot note when one value alone covered the story (as
 * Ground News does). Without a registry it says how to give one, so the section link never leads nowhere.
 */
export function CoverageSection({ ctx }: { ctx: SectionContext }) {
  const { coverageByGroup, outlets } = ctx.view.report
  if (coverageByGroup.length === 0) {
    return (
      <ReportSection id="coverage" heading="Coverage by group">
        <p class="muted">
          No outlet registry: describe your outlets (country, owner, your own groups such as lean) in a YAML or CSV file and pass it with{' '}
          <code>--outlets FILE</code> to see who covered the story (docs/OUTLETS.md).
        </p>
      </ReportSection>
    )
  }
  const known = outlets.filter((o) => o.isKnown).length
  return (
    <ReportSection id="coverage" heading="Coverage by group">
      <p class="muted">
        {plural(outlets.length, 'outlet')} by the groups your outlet registry gives them ({known} described there); an outlet with no value for a
        group counts as “{UNKNOWN_VALUE}”.
      </p>
      {coverageByGroup.map((group, i) => (
        <GroupCoverageFigure group={group} id={`coverage-${i + 1}`} />
      ))}
    </ReportSection>
  )
}

function GroupCoverageFigure({ group, id }: { group: GroupCoverage; id: string }) {
  const blindspot = findBlindspots([group])[0]
  const unknown = group.values.find((v) => v.value === UNKNOWN_VALUE)?.outlets.length ?? 0
  return (
    <div class="group" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{group.kind}</h3>
      <GroupBar group={group} />
      <ul class="group-key meta">
        {group.values.map((v) => (
          <li>
            <span class={`swatch ${valueColour(v.value)}`} aria-hidden="true"></span>
            <strong>{v.value}</strong> {plural(v.outlets.length, 'outlet')}: {v.outlets.join(', ')}
          </li>
        ))}
      </ul>
      {blindspot === undefined ? null : (
        <p class="blindspot">
          <strong>Blindspot:</strong> covered only by {blindspot.kind}: {blindspot.value} outlets
          {unknown === 0 ? '' : ` (and ${plural(unknown, 'outlet')} with no ${blindspot.kind} in the registry)`}.
        </p>
      )}
    </div>
  )
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`
}
