import type { Child } from 'hono/jsx'
import type { Headline } from '../../model/index.js'
import { cssName, headlineAnchor } from '../anchors.js'
import { describeDate, type ArticleView } from '../build-report-view.js'
import { headlineSegments } from '../headline-segments.js'
import { splitIntoSegments, type Mark } from '../split-into-segments.js'
import { langAttribute } from './lang-attribute.js'
import { ReportSection } from './report-section.js'
import type { SectionContext } from './section-context.js'
import { describeTitleSource } from '../describe-title-source.js'

/**
 * Each outlet's headline side by side (AllSides-style columns): the wording no other headline shares marked, the
 * headline's framing spans highlighted with their explanation on hover or focus, its language, where it was read
 * from and the article's date. Articles whose title was cut from their first sentence have no headline and are
 * named below, not compared.
 */
export function HeadlinesSection({ ctx }: { ctx: SectionContext }) {
  const { view } = ctx
  const { headlines } = view.report
  const without = view.articles.filter((a) => !headlines.some((h) => h.articleId === a.article.id))
  return (
    <ReportSection id="headlines" heading="Headlines side by side">
      {headlines.length === 0 ? (
        <p class="muted">No headlines: every title was cut from a first sentence.</p>
      ) : (
        <>
          <p class="muted">
            Story title (the most neutral headline): <strong>{view.report.title}</strong>
          </p>
          <p class="legend muted">
            {headlines.length === 1 ? (
              'Only one article has a headline: there is no other to compare it with.'
            ) : (
              <mark class="changed">wording no other headline shares</mark>
            )}
            <span class="m-frame">framing</span>
          </p>
          <div class="headline-grid">
            {headlines.map((h) => (
              <HeadlineCard ctx={ctx} headline={h} article={view.articleById(h.articleId)} />
            ))}
          </div>
        </>
      )}
      {without.length === 0 ? null : (
        <p class="muted no-headline">
          No headline (title cut from the first sentence): {without.map((a) => `[${a.number}] ${a.article.outlet}`).join(', ')}
        </p>
      )}
    </ReportSection>
  )
}

function HeadlineCard({ ctx, headline: h, article: a }: { ctx: SectionContext; headline: Headline; article: ArticleView | undefined }) {
  const id = headlineAnchor(a?.number ?? h.articleId)
  const date = a === undefined ? '' : describeDate(a.article)
  const lang = langAttribute(h.language)
  return (
    <article class="headline" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>
        [{a?.number ?? '?'}] {a?.article.outlet ?? h.outlet}
      </h3>
      <p class="headline-text" lang={lang} dir="auto">
        <HeadlineText ctx={ctx} headline={h} />
      </p>
      <p class="meta">
        <span class="lang-tag" title="language">
          {h.language}
        </span>{' '}
        · {describeTitleSource(h.source)}
        {date === '' || a?.article.publishedAt === undefined ? null : (
          <>
            {' · '}
            <time datetime={a.article.publishedAt}>{date}</time>
          </>
        )}{' '}
        · framing score {h.score.toFixed(1)}
      </p>
    </article>
  )
}

type HeadlineMark = { readonly kind: 'changed' } | { readonly kind: 'frame'; readonly classes: string; readonly note: string }

/** The headline in runs: unshared wording in `<mark class="changed">`, framing spans as focusable highlights. */
function HeadlineText({ ctx, headline: h }: { ctx: SectionContext; headline: Headline }) {
  const marks: Mark<HeadlineMark>[] = []
  // headlineSegments drops malformed differences, so only well-formed ones are marked.
  let at = 0
  for (const segment of headlineSegments(h)) {
    if (segment.changed) marks.push({ start: at, end: at + segment.text.length, data: { kind: 'changed' } })
    at += segment.text.length
  }
  for (const span of h.framing) {
    const note = `Framing, ${span.technique}: ${span.explanation} (confidence ${span.confidence.toFixed(2)})`
    marks.push({ start: span.start, end: span.end, data: { kind: 'frame', classes: `hl m-frame t-${cssName(span.technique)}`, note } })
  }
  // Consecutive changed runs share one <mark>, so "slaps riders with massive" stays one marked phrase around its framing span.
  const runs: { changed: boolean; parts: Child[] }[] = []
  for (const segment of splitIntoSegments(h.text.length, marks)) {
    const content = h.text.slice(segment.start, segment.end)
    const frames = segment.marks.filter((m) => m.kind === 'frame')
    const note = frames.map((m) => m.note).join('\n')
    const inner =
      frames.length === 0 ? (
        content
      ) : (
        <span class={frames[0]!.classes} tabindex={0} title={ctx.noteTitles ? note : undefined} data-note={note}>
          {content}
        </span>
      )
    const changed = segment.marks.some((m) => m.kind === 'changed')
    const last = runs[runs.length - 1]
    if (last !== undefined && last.changed === changed) last.parts.push(inner)
    else runs.push({ changed, parts: [inner] })
  }
  const parts = runs.map((run) => (run.changed ? <mark class="changed">{run.parts}</mark> : <>{run.parts}</>))
  return <>{parts}</>
}

