import { describeDate, describeRemovals, type ArticleView } from '../build-report-view.js'
import { safeHttpUrl } from '../safe-http-url.js'
import { ArticleText } from './article-text.js'
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
      <div class="columns">
        {ctx.view.articles.map((a) => (
          <ArticleColumn ctx={ctx} article={a} />
        ))}
      </div>
    </ReportSection>
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
      <div class="text" lang={lang} dir="auto">
        <ArticleText ctx={ctx} target={a} />
      </div>
    </article>
  )
}
