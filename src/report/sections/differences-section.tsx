import { CiteLink } from './cite-link.js'
import { ReportSection } from './report-section.js'
import type { SectionContext } from './section-context.js'

/** Numbers and dates the articles state, per subject: consistent or in conflict, as stated and normalized. */
export function DifferencesSection({ ctx }: { ctx: SectionContext }) {
  const { view, anchors } = ctx
  return (
    <ReportSection id="differences" heading="Numbers and dates">
      {view.report.differences.length === 0 ? <p class="muted">No numbers or dates to compare.</p> : null}
      {view.report.differences.map((difference) => (
        <>
          <h3>
            {difference.subject} <span class="muted">({difference.kind})</span>:{' '}
            {difference.status === 'conflict' ? <span class="conflict">conflict</span> : <span class="consistent">consistent</span>}
          </h3>
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th>Article</th>
                  <th>As stated</th>
                  <th>Normalized</th>
                </tr>
              </thead>
              <tbody>
                {difference.values.map((value) => {
                  const a = view.articleById(value.articleId)
                  return (
                    <tr>
                      <td>
                        {a === undefined ? (
                          value.articleId
                        ) : (
                          <>
                            <CiteLink article={a} href={anchors.href(value)} /> {a.article.outlet}
                          </>
                        )}
                      </td>
                      <td>“{value.text}”</td>
                      <td>
                        <code>{value.normalized}</code>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </>
      ))}
    </ReportSection>
  )
}
