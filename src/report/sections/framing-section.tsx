import { cssName } from '../anchors.js'
import { describeQuotedFraming, groupFramingSpans } from '../build-report-view.js'
import { ReportSection } from './report-section.js'
import type { SectionContext } from './section-context.js'

/**
 * Each article's framing score (its own voice) and its framing spans grouped by voice, technique and text,
 * linked into the text; the loaded words it quotes are attributed to their speakers and counted apart.
 */
export function FramingSection({ ctx }: { ctx: SectionContext }) {
  const { view, anchors } = ctx
  return (
    <ReportSection id="framing" heading="Framing">
      <p class="muted">Score: summed confidence of the outlet's own-voice spans per 100 words; 0 = neutral. Quoted words are the speaker's: shown, attributed and counted apart.</p>
      {view.framingRanking.length > 1 ? (
        <>
          <p>Outlets by framing in their own voice, most first, with their strongest spans:</p>
          <ol class="framing-ranking">
            {view.framingRanking.map((rank) => (
              <li>
                <strong>{rank.outlet}</strong>: score {rank.score.toFixed(1)}
                {rank.strongest.map(({ span }, i) => (
                  <>
                    {i === 0 ? ' · ' : '; '}
                    <a class={`cite t-${cssName(span.technique)}`} href={anchors.href(span)}>
                      “{span.text}”
                    </a>{' '}
                    <span class="muted">
                      ({span.technique}, {span.confidence.toFixed(2)})
                    </span>
                  </>
                ))}
              </li>
            ))}
          </ol>
        </>
      ) : null}
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
        const quoted = describeQuotedFraming(f.spans)
        return (
          <>
            {heading}
            {quoted === undefined ? null : (
              <p class="muted">
                {quoted} (quoted score {f.quotedScore.toFixed(1)}).
              </p>
            )}
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th>Technique</th>
                    <th>Text</th>
                    <th>Whose words</th>
                    <th>Why</th>
                    <th>Where</th>
                  </tr>
                </thead>
                <tbody>
                  {groupFramingSpans(f.spans).map((group) => (
                    <tr class={`t-${cssName(group.technique)}`}>
                      <td>{group.technique}</td>
                      <td>“{group.text}”</td>
                      <td>{group.whose}</td>
                      <td>{group.explanation}</td>
                      <td>
                        {group.spans.map((span, i) => (
                          <>
                            {i === 0 ? null : ' '}
                            <a class="cite" href={anchors.href(span)}>
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
