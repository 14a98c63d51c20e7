import { createHash } from 'node:crypto'
import type { CoverageReport } from '../model/index.js'
import {
  buildReportView,
  describeDate,
  describeRemovals,
  distinctTexts,
  groupFramingSpans,
  listOutlets,
  type ArticleView,
  type ReportView,
} from './build-report-view.js'
import { escapeHtml as esc, safeHttpUrl } from './escape-html.js'
import { Anchors, cssName, renderArticleText } from './html-article-text.js'
import { HTML_STYLE } from './html-style.js'

// Nothing may load or run: no scripts at all, the one stylesheet pinned by hash, no images, forms or base URL.
const STYLE_HASH = createHash('sha256').update(HTML_STYLE).digest('base64')
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'`

/**
 * Renders a coverage report as one self-contained HTML page: the articles side by side with facts,
 * quotes, numbers and framing spans highlighted (hover or focus a highlight for its explanation),
 * and the brief, facts, differences, quotes, entities and framing linking into them. No scripts;
 * all article-derived text is escaped.
 *
 * @example
 * await writeFile('report.html', renderHtml(report))
 */
export function renderHtml(report: CoverageReport): string {
  const view = buildReportView(report)
  const anchors = new Anchors()
  const title = report.articles[0]?.title ?? 'no articles'
  const parts = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Parallax: ${esc(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>Coverage report: ${report.articles.length} ${report.articles.length === 1 ? 'article' : 'articles'}</h1>`,
    '<nav><a href="#brief">Brief</a><a href="#articles">Articles</a><a href="#facts">Facts</a><a href="#differences">Numbers and dates</a><a href="#quotes">Quotes</a><a href="#entities">Entities</a><a href="#framing">Framing</a></nav>',
    '</header>',
    // Articles first in the source so their anchors exist for every link; the brief is short and sits above them.
    brief(view, anchors, () => articles(view, anchors)),
    facts(view, anchors),
    differences(view, anchors),
    quotes(view, anchors),
    entities(view),
    framing(view, anchors),
    skipped(view),
    '<footer class="muted"><p>Made by Parallax. Offsets, scores and spans come from the JSON report (<code>parallax compare --json</code>).</p></footer>',
    '</body>',
    '</html>',
  ]
  return `${parts.join('\n')}\n`
}

/** The brief section followed by the articles; the articles render first so brief citations can reuse their anchors. */
function brief(view: ReportView, anchors: Anchors, renderArticles: () => string): string {
  const articlesHtml = renderArticles()
  const items = view.report.brief.map((sentence) => {
    const sources = view.articlesFor(sentence.articleIds)
    const links = sources.map((a) => {
      const span = sentence.spans?.find((s) => s.articleId === a.article.id)
      return citeLink(a, span === undefined ? `article-${a.number}` : anchors.of(span))
    })
    const single = sentence.singleSource ? ` <span class="single">single source: ${esc(listOutlets(sources))}</span>` : ''
    return `<li>${esc(sentence.text)} ${links.join('')}${single}</li>`
  })
  const body = items.length === 0 ? '<p class="muted">No brief.</p>' : `<ol>${items.join('\n')}</ol>`
  return `<section id="brief"><h2>Brief</h2>\n${body}\n</section>\n${articlesHtml}`
}

function articles(view: ReportView, anchors: Anchors): string {
  const legend =
    '<p class="legend muted"><span class="m-fact">fact reported by all</span><span class="m-fact-partial">fact reported by some</span>' +
    '<span class="m-quote">quote</span><span class="m-diff">number or date</span><span class="m-diff m-conflict">conflicting number or date</span>' +
    '<span class="m-frame">framing</span> Hover or focus a highlight for why.</p>'
  const columns = view.articles.map((a) => article(view, a, anchors))
  return `<section id="articles"><h2>Articles</h2>\n${legend}\n<div class="columns">\n${columns.join('\n')}\n</div>\n</section>`
}

function article(view: ReportView, a: ArticleView, anchors: Anchors): string {
  const { article: art } = a
  const url = safeHttpUrl(art.url)
  const meta = [
    art.byline === undefined ? '' : `by ${esc(art.byline)}`,
    esc(describeDate(art)),
    `language ${esc(art.language)}`,
    `${a.words} words`,
    url === undefined ? '' : `<a href="${esc(url)}" rel="noopener noreferrer">source</a>`,
  ].filter((part) => part !== '')
  const removed =
    art.removed.length === 0
      ? ''
      : `<details><summary>${esc(describeRemovals(a))}</summary><ul>${art.removed
          .map((r) => `<li><strong>${esc(r.reason)}</strong>: ${esc(r.text)}</li>`)
          .join('')}</ul></details>`
  const captions = art.captions.length === 0 ? '' : `<p class="meta">Captions: ${art.captions.map((c) => `“${esc(c)}”`).join(', ')}</p>`
  // Only well-formed language tags reach the lang attribute; "und" means unknown.
  const lang = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(art.language) && art.language !== 'und' ? ` lang="${art.language}"` : ''
  return [
    `<article id="article-${a.number}">`,
    `<h3>[${a.number}] ${esc(art.outlet)}</h3>`,
    `<p><strong${lang}>${esc(art.title)}</strong></p>`,
    `<p class="meta">${meta.join(' · ')}</p>`,
    removed,
    captions,
    `<div class="text"${lang} dir="auto">${renderArticleText(view, a, anchors)}</div>`,
    '</article>',
  ].join('\n')
}

function facts(view: ReportView, anchors: Anchors): string {
  const many = view.articles.length > 1
  const list = (items: ReportView['sharedFacts']): string =>
    items.length === 0
      ? '<p class="muted">None.</p>'
      : `<ul>${items
          .map(({ fact, articles: carriers }) => {
            const who = many && carriers.length < view.articles.length ? ` <em>${carriers.length === 1 ? 'only ' : ''}${esc(listOutlets(carriers))}</em>` : ''
            const wording = fact.spans
              .map((span) => {
                const a = view.articleById(span.articleId)
                return a === undefined ? '' : `<li>${citeLink(a, anchors.of(span))} ${esc(a.article.outlet)}: “${esc(span.text)}”</li>`
              })
              .join('')
            return `<li>${esc(fact.text)}${who}<ul class="meta">${wording}</ul></li>`
          })
          .join('\n')}</ul>`
  const shared = `<h3>${many ? 'Reported by all' : 'Facts'} (${view.sharedFacts.length})</h3>${list(view.sharedFacts)}`
  const partial = many || view.partialFacts.length > 0 ? `<h3>Reported by some or one (${view.partialFacts.length})</h3>${list(view.partialFacts)}` : ''
  return `<section id="facts"><h2>Facts</h2>\n${shared}\n${partial}\n</section>`
}

function differences(view: ReportView, anchors: Anchors): string {
  const tables = view.report.differences.map((difference) => {
    const rows = difference.values.map((value) => {
      const a = view.articleById(value.articleId)
      const source = a === undefined ? esc(value.articleId) : `${citeLink(a, anchors.of(value))} ${esc(a.article.outlet)}`
      return `<tr><td>${source}</td><td>“${esc(value.text)}”</td><td><code>${esc(value.normalized)}</code></td></tr>`
    })
    const verdict = difference.status === 'conflict' ? '<span class="conflict">conflict</span>' : '<span class="consistent">consistent</span>'
    return `<h3>${esc(difference.subject)} <span class="muted">(${esc(difference.kind)})</span>: ${verdict}</h3>\n<table><thead><tr><th>Article</th><th>As stated</th><th>Normalized</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  })
  const body = tables.length === 0 ? '<p class="muted">No numbers or dates compared.</p>' : tables.join('\n')
  return `<section id="differences"><h2>Numbers and dates</h2>\n${body}\n</section>`
}

function quotes(view: ReportView, anchors: Anchors): string {
  const blocks = view.quotes.map((q) => {
    const renderings = q.renderings.map(({ rendering, article: a, diff }) => {
      const text = diff.segments.map((s) => (s.changed ? `<mark class="changed">${esc(s.text)}</mark>` : esc(s.text))).join('')
      const source = a === undefined ? esc(rendering.articleId) : `${citeLink(a, anchors.of(rendering))} ${esc(a.article.outlet)}`
      const form = rendering.marked ? 'in quotation marks' : '<span class="unmarked">unmarked reported speech</span>'
      const verb = rendering.verb === undefined ? '' : ` · <em>${esc(rendering.verb)}</em>`
      return `<div><p class="meta">${source} · ${form}${verb}</p><blockquote>${text}</blockquote></div>`
    })
    return `<h3>${esc(q.speakerName)}${q.reach === '' ? '' : ` <span class="muted">(${esc(q.reach)})</span>`}</h3>\n<div class="renderings">${renderings.join('\n')}</div>`
  })
  const body =
    blocks.length === 0
      ? '<p class="muted">No quotes.</p>'
      : `<p class="muted"><mark class="changed">Marked words</mark> are wording one rendering does not share with the others.</p>\n${blocks.join('\n')}`
  return `<section id="quotes"><h2>Quotes</h2>\n${body}\n</section>`
}

function entities(view: ReportView): string {
  if (view.entities.length === 0) return '<section id="entities"><h2>Entities</h2><p class="muted">No entities.</p></section>'
  const rows = view.entities.map((entity) => {
    const counts = view.articles
      .map((a) => ({ a, n: entity.mentions.filter((m) => m.articleId === a.article.id).length }))
      .filter(({ n }) => n > 0)
      .map(({ a, n }) => `[${a.number}] ${n}`)
    const labels = view.articles.flatMap((a) => {
      const texts = distinctTexts(entity.descriptors[a.article.id] ?? [])
      if (texts.length === 0) return []
      return [`[${a.number}] ${texts.map((t) => `“${esc(t.text)}”${t.count > 1 ? ` ×${t.count}` : ''}`).join(', ')}`]
    })
    return `<tr><td>${esc(entity.name)}</td><td>${esc(entity.kind)}</td><td>${counts.join(', ')}</td><td>${entity.variants.map(esc).join(', ')}</td><td>${labels.join('<br>')}</td></tr>`
  })
  return `<section id="entities"><h2>Entities</h2>\n<table><thead><tr><th>Entity</th><th>Kind</th><th>Mentions</th><th>Variants</th><th>Labels by outlet</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>\n</section>`
}

function framing(view: ReportView, anchors: Anchors): string {
  const blocks = view.articles.map((a) => {
    const f = a.framing
    const heading = `<h3>[${a.number}] ${esc(a.article.outlet)}: ${f === undefined ? 'not analysed' : `score ${f.score.toFixed(1)}`}</h3>`
    if (f === undefined) return heading
    if (f.spans.length === 0) return `${heading}<p class="muted">No framing spans found.</p>`
    const rows = groupFramingSpans(f.spans).map((group) => {
      const links = group.spans.map((span, i) => `<a class="cite" href="#${anchors.of(span)}">${group.count > 1 ? `#${i + 1}` : 'in text'}</a>`).join(' ')
      return `<tr class="t-${cssName(group.technique)}"><td>${esc(group.technique)}</td><td>“${esc(group.text)}”</td><td>${esc(group.explanation)}</td><td>${links}</td></tr>`
    })
    return `${heading}\n<table><thead><tr><th>Technique</th><th>Text</th><th>Why</th><th>Where</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  })
  return `<section id="framing"><h2>Framing</h2>\n<p class="muted">Score: summed span confidence per 100 words; 0 = neutral.</p>\n${blocks.join('\n')}\n</section>`
}

function skipped(view: ReportView): string {
  if (view.report.skipped.length === 0) return ''
  const items = view.report.skipped.map((s) => `<li><strong>${esc(s.source)}</strong> (${esc(s.reason)}): ${esc(s.message)}</li>`)
  return `<section id="skipped"><h2>Skipped inputs</h2><ul>${items.join('')}</ul></section>`
}

function citeLink(a: ArticleView, anchor: string): string {
  return `<a class="cite" href="#${anchor}" title="${esc(a.article.outlet)}">[${a.number}]</a>`
}
