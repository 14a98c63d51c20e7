import { cssName } from '../anchors.js'
import { groupFramingSpans } from '../build-report-view.js'
import { ReportSection } from './report-section.js'
import type { SectionContext } from './section-context.js'

/** Each article's framing score and its framing spans grouped by technique and text, linked into the text. */
export function FramingSection({ ctx }: { ctx: SectionContext }) {
  const { view, anchors } = ctx
  return (
    <ReportSection id="framing" heading="Framing">
      <p class="muted">Score: summed span confidence per 100 words; 0 = neutral.</p>
      {view.articles.map((a) => {
        const f = a.framing
        const heading = (
          <h3>
            [{a.number}] {a.article.outlet}: {f === undefined ? 'not analysed' : `score ${f.score.toFixed(1)}`}
          </h3>
        )
        if (f === undefined) return heading
        if (f.spans.length === 0) {
          return (
            <>
              {heading}
              <p class="muted">No framing spans found.</p>
            </>
          )
        }
        return (
          <>
            {heading}
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th>Technique</th>
                    <th>Text</th>
                    <th>Why</th>
                    <th>Where</th>
                  </tr>
                </thead>
                <tbody>
                  {groupFramingSpans(f.spans).map((group) => (
                    <tr class={`t-${cssName(group.technique)}`}>
                      <td>{group.technique}</td>
                      <td>“{group.text}”</td>
                      <td>{group.explanation}</td>
                      <td>
                        {group.spans.map((span, i) => (
                          <>
                            {i === 0 ? null : ' '}
                            <a class="cite" href={`#${anchors.of(span)}`}>
                              {group.count > 1 ? `#${i + 1}` : 'in text'}
                            </a>
                          </>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )
      })}
    </ReportSection>
  )
}
