import { headlineAnchor } from '../anchors.js'
import { languageTag, listOutlets } from '../build-report-view.js'
import { CiteLink } from './cite-link.js'
import { ReportSection } from './report-section.js'
import type { SectionContext } from './section-context.js'

/** The cited neutral brief; each citation jumps to the passage it rests on, or to the article. */
export function BriefSection({ ctx }: { ctx: SectionContext }) {
  const { view, anchors } = ctx
  const items = view.report.brief.map((sentence, index) => {
    const sources = view.articlesFor(sentence.articleIds)
    const links = sources.map((a) => {
      // A passage of the text when the article has one, else its headline's card.
      const spans = sentence.spans?.filter((s) => s.articleId === a.article.id) ?? []
      const span = spans.find((s) => s.field === undefined)
      if (span !== undefined) return <CiteLink article={a} href={anchors.href(span)} brief={index + 1} />
      return <CiteLink article={a} href={spans.length > 0 ? `#${headlineAnchor(a.number)}-h` : `#article-${a.number}`} />
    })
    return (
      <li>
        {languageTag(view.report, sentence) + sentence.text} {links}
        {sentence.singleSource ? (
          <>
            {' '}
            <span class="single">single source: {listOutlets(sources)}</span>
          </>
        ) : null}
      </li>
    )
  })
  return (
    <ReportSection id="brief" heading="Brief">
      <p class="muted">Neutral summary; each number cites an article and jumps to the passage it rests on.</p>
      {items.length === 0 ? <p class="muted">No brief.</p> : <ol>{items}</ol>}
    </ReportSection>
  )
}
