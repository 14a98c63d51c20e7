import { CiteLink } from './cite-link.js'
import { ReportSection } from './report-section.js'
import type { SectionContext } from './section-context.js'

/** Quotes by speaker, each outlet's rendering side by side with the words the others do not share marked. */
export function QuotesSection({ ctx }: { ctx: SectionContext }) {
  const { view, anchors } = ctx
  if (view.quotes.length === 0) {
    return (
      <ReportSection id="quotes" heading="Quotes">
        <p class="muted">No quotes.</p>
      </ReportSection>
    )
  }
  return (
    <ReportSection id="quotes" heading="Quotes">
      <p class="muted">
        <mark class="changed">Marked words</mark> are wording one rendering does not share with the others in its language.
      </p>
      {view.quotes.map((q) => (
        <div class={q.renderings.length > 1 ? 'quote aligned' : 'quote'}>
          <h3>
            {q.speakerName}
            {q.reach === '' ? null : (
              <>
                {' '}
                <span class="muted">({q.reach})</span>
              </>
            )}
          </h3>
          <div class="renderings">
            {q.renderings.map(({ rendering, article: a, diff }) => (
              <div class="rendering">
                <p class="meta">
                  {a === undefined ? (
                    rendering.articleId
                  ) : (
                    <>
                      <CiteLink article={a} href={anchors.href(rendering)} /> {a.article.outlet}
                    </>
                  )}
                  {' · '}
                  {rendering.marked ? 'in quotation marks' : <span class="unmarked">unmarked reported speech</span>}
                  {rendering.verb === undefined ? null : (
                    <>
                      {' · '}
                      <em>{rendering.verb}</em>
                    </>
                  )}
                </p>
                <blockquote>{diff.segments.map((s) => (s.changed ? <mark class="changed">{s.text}</mark> : s.text))}</blockquote>
              </div>
            ))}
          </div>
        </div>
      ))}
    </ReportSection>
  )
}
