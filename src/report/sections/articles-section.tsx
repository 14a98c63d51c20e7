import { describeDate, describeRemovals, type ArticleView } from '../build-report-view.js'
import { safeHttpUrl } from '../safe-http-url.js'
import { ArticleText, NoteList } from './article-text.js'
import { langAttribute } from './lang-attribute.js'
import { ReportSection } from './report-section.js'
import type { SectionContext } from './section-context.js'

/** The articles side by side, each with its metadata, removed furniture and highlighted text. */
export function ArticlesSection({ ctx }: { ctx: SectionContext }) {
  return (
    <ReportSection id="articles" heading="Articles side by side">
      <p class="legend muted">
        <span class="m-fact">fact reported by all</span>
        <span class="m-fact-partial">fact reported by some or one</span>
        <span class="m-quote">quote</span>
        <span class="m-diff">number or date</span>
        <span class="m-diff m-conflict">conflicting number or date</span>
        <span class="m-frame">framing</span> Hover or focus (Tab) a highlight for why.
      </p>
      <TextPager ctx={ctx} />
      <div class="columns">
        {ctx.view.articles.map((a) => (
          <ArticleColumn ctx={ctx} article={a} />
        ))}
      </div>
      <TextPager ctx={ctx} />
      <NoteList ctx={ctx} />
    </ReportSection>
  )
}

/** "Text page 2 of 3" with a link to every page, when the texts are in pages (ctx.textPages) of more than one. */
function TextPager({ ctx }: { ctx: SectionContext }) {
  const pages = ctx.textPages
  if (pages === undefined || pages.count === 1) return null
  const numbers = Array.from({ length: pages.count }, (_, i) => i + 1)
  return (
    <nav class="text-pager" aria-label="Text pages">
      Text page {pages.page} of {pages.count} ({pages.articleChars.toLocaleString('en-US')} characters of each article a page):{' '}
      {numbers.map((n) =>
        n === pages.page ? (
          <strong aria-current="page">{n}</strong>
        ) : (
          <a href={`${pages.hrefOf(n)}#articles`} rel={n === pages.page + 1 ? 'next' : n === pages.page - 1 ? 'prev' : undefined}>
            {n}
          </a>
        ),
      )}
    </nav>
  )
}

/** Where this page's part of an article's text sits in the whole, and the link to the rest. */
function TextPlace({ ctx, article: a }: { ctx: SectionContext; article: ArticleView }) {
  const pages = ctx.textPages
  if (pages === undefined) return null
  const id = a.article.id
  const total = pages.pagesOf(id)
  const range = pages.rangeOf(id)
  if (range === null) return <p class="meta text-place">{total === 1 ? 'The whole text is on page 1.' : `The text ended on page ${total}.`}</p>
  if (total === 1) return null
  const length = a.article.text.length.toLocaleString('en-US')
  return (
    <p class="meta text-place">
      Characters {(range.start + 1).toLocaleString('en-US')}–{range.end.toLocaleString('en-US')} of {length}: page {pages.page} of {total}.
    </p>
  )
}

/** After this page's part of an article's text: the link to its next page, when it goes on. */
function ContinueLink({ ctx, article: a }: { ctx: SectionContext; article: ArticleView }) {
  const pages = ctx.textPages
  if (pages === undefined || pages.page >= pages.pagesOf(a.article.id)) return null
  return (
    <p class="more">
      <a href={`${pages.hrefOf(pages.page + 1)}#article-${a.number}`}>Continue reading: page {pages.page + 1}</a>
    </p>
  )
}

function ArticleColumn({ ctx, article: a }: { ctx: SectionContext; article: ArticleView }) {
  const { article } = a
  const url = safeHttpUrl(article.url)
  const meta = [
    article.byline === undefined ? '' : `by ${article.byline}`,
    article.publishedAt === undefined ? '' : <time datetime={article.publishedAt}>{describeDate(article)}</time>,
    `language ${article.language}`,
    `${a.words} words`,
    a.framing === undefined ? '' : `framing score ${a.framing.score.toFixed(1)}`,
    url === undefined ? '' : (
      <a href={url} rel="noopener noreferrer">
        source
      </a>
    ),
  ].filter((part) => part !== '')
  const lang = langAttribute(article.language)
  return (
    <article class="article" id={`article-${a.number}`} aria-labelledby={`article-${a.number}-h`}>
      <h3 id={`article-${a.number}-h`}>
        [{a.number}] {article.outlet}
      </h3>
      <p>
        <strong lang={lang}>{article.title}</strong>
      </p>
      <p class="meta">{meta.flatMap((part, i) => (i === 0 ? [part] : [' · ', part]))}</p>
      {article.removed.length === 0 ? null : (
        <details>
          <summary>{describeRemovals(a)}</summary>
          <ul>
            {article.removed.map((r) => (
              <li>
                <strong>{r.reason}</strong>: {r.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      {article.captions.length === 0 ? null : <p class="meta">Captions: {article.captions.map((c) => `“${c}”`).join(', ')}</p>}
      <TextPlace ctx={ctx} article={a} />
      <div class="text" lang={lang} dir="auto" {...textRange(ctx, a)}>
        <ArticleText ctx={ctx} target={a} />
      </div>
      <ContinueLink ctx={ctx} article={a} />
    </article>
  )
}

/** On a text page, the offsets of the part shown (`Article.text`, UTF-16): `data-start`, `data-end`. */
function textRange(ctx: SectionContext, a: ArticleView): Record<string, number> {
  const range = ctx.textPages?.rangeOf(a.article.id)
  if (range === undefined || range === null) return {}
  return { 'data-start': range.start, 'data-end': Math.min(range.end, a.article.text.length) }
}
