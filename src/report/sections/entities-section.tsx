import { distinctTexts } from '../build-report-view.js'
import { ReportSection } from './report-section.js'
import type { SectionContext } from './section-context.js'

/** One card per entity: mentions per article, other spellings, and how each outlet labels it. */
export function EntitiesSection({ ctx }: { ctx: SectionContext }) {
  const { view } = ctx
  if (view.entities.length === 0) {
    return (
      <ReportSection id="entities" heading="Entities">
        <p class="muted">No entities.</p>
      </ReportSection>
    )
  }
  return (
    <ReportSection id="entities" heading="Entities">
      <div class="entity-grid">
        {view.entities.map((entity) => {
          const counts = view.articles
            .map((a) => ({ a, n: entity.mentions.filter((m) => m.articleId === a.article.id).length }))
            .filter(({ n }) => n > 0)
            .map(({ a, n }) => `[${a.number}] ${n}`)
          const labels = view.articles.flatMap((a) => {
            const texts = distinctTexts(entity.descriptors[a.article.id] ?? [])
            if (texts.length === 0) return []
            return [
              <li>
                <strong>{a.article.outlet}</strong>: {texts.map((t) => `“${t.text}”${t.count > 1 ? ` ×${t.count}` : ''}`).join(', ')}
              </li>,
            ]
          })
          return (
            <div class="entity">
              <h3>
                {entity.name} <span class="muted">{entity.kind}</span>
              </h3>
              <p class="meta">Mentions: {counts.join(', ')}</p>
              {entity.variants.length > 1 ? <p class="meta">Also written: {entity.variants.join(', ')}</p> : null}
              {labels.length === 0 ? null : (
                <>
                  <p class="meta">How each outlet labels them:</p>
                  <ul class="labels">{labels}</ul>
                </>
              )}
            </div>
          )
        })}
      </div>
    </ReportSection>
  )
}
