import { headlineAnchor } from '../anchors.js'
import { disputeNote, languageTag, listOutlets, type FactView } from '../build-report-view.js'
import { CiteLink } from './cite-link.js'
import { ReportSection } from './report-section.js'
import type { SectionContext } from './section-context.js'

/** Facts reported by all, then by some or one, each with every outlet's wording linked to its span. */
export function FactsSection({ ctx }: { ctx: SectionContext }) {
  const { view } = ctx
  const many = view.articles.length > 1
  return (
    <ReportSection id="facts" heading="Facts">
      <h3>
        {many ? 'Reported by all' : 'Facts'} ({view.sharedFacts.length})
      </h3>
      <FactList ctx={ctx} facts={view.sharedFacts} />
      {many || view.partialFacts.length > 0 ? (
        <>
          <h3>Reported by some or one ({view.partialFacts.length})</h3>
          <FactList ctx={ctx} facts={view.partialFacts} />
        </>
      ) : null}
    </ReportSection>
  )
}

function FactList({ ctx, facts }: { ctx: SectionContext; facts: readonly FactView[] }) {
  const { view, anchors } = ctx
  if (facts.length === 0) return <p class="muted">None.</p>
  const many = view.articles.length > 1
  return (
    <ul>
      {facts.map(({ fact, articles: carriers, disputedBy }) => (
        <li>
          {languageTag(view.report, fact) + fact.text}
          {many && carriers.length < view.articles.length ? (
            <>
              {' '}
              <span class="single">
                {carriers.length === 1 ? 'only ' : ''}
                {listOutlets(carriers)}
                {disputeNote({ disputedBy })}
              </span>
            </>
          ) : null}
          <ul class="meta">
            {fact.spans.map((span) => {
              const a = view.articleById(span.articleId)
              if (a === undefined) return null
              return (
                <li>
                  {/* A headline rendering is not in the text: it links to the headline's card. */}
                  <CiteLink article={a} href={span.field === 'title' ? `#${headlineAnchor(a.number)}-h` : anchors.href(span)} /> {a.article.outlet}
                  {span.field === 'title' ? ', headline' : ''}: {languageTag(view.report, span)}“{span.text}”
                </li>
              )
            })}
          </ul>
        </li>
      ))}
    </ul>
  )
}
