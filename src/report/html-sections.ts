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
  languageTag,
} from './build-report-view.js'
import { escapeHtml as esc, safeHttpUrl } from './escape-html.js'
import { Anchors, cssName, renderArticleText } from './html-article-text.js'

export interface SectionOptions {
  /**
   * Keep each highlight's note in a title attribute as well as in data-note: the static report has no script,
   * so the browser's own tooltip is its hover note; the web UI shows data-note itself.
   */
  readonly noteTitles: boolean
}

/** Links to the sections {@link renderReportSections} writes, for a page's header. */
export const SECTION_NAV =
  '<a href="#brief">Brief</a><a href="#articles">Articles</a><a href="#facts">Facts</a>' +
  '<a href="#differences">Numbers and dates</a><a href="#quotes">Quotes</a><a href="#entities">Entities</a><a href="#framing">Framing</a>'

/**
 * The sections of a coverage report page, shared by the static HTML report and the web UI: the cited brief, the
 * articles side by side with facts, quotes, numbers and framing highlighted, then facts, numbers and dates,
 * aligned quotes with their wording differences, the entity panel and the framing summary; every list links to
 * the span in the text. All article-derived text is escaped here.
 */
export function renderReportSections(report: CoverageReport, options: SectionOptions): string {
  const view = buildReportView(report)
  const anchors = new Anchors()
  return [
    brief(view, anchors),
    articles(view, anchors, options),
    facts(view, anchors),
    differences(view, anchors),
    quotes(view, anchors),
    entities(view),
    framing(view, anchors),
    skipped(view),
  ].join('\n')
}

function brief(view: ReportView, anchors: Anchors): string {
  const items = view.report.brief.map((sentence, index) => {
    const sources = view.articlesFor(sentence.articleIds)
    const links = sources.map((a) => {
      const span = sentence.spans?.find((s) => s.articleId === a.article.id)
      // data-brief lets the script mark every run of the cited passage ("Cited by brief sentence N" in its note).
      return span === undefined ? cite(a, `article-${a.number}`) : cite(a, anchors.of(span), ` data-brief="${index + 1}"`)
    })
    const single = sentence.singleSource ? ` <span class="single">single source: ${esc(listOutlets(sources))}</span>` : ''
    return `<li>${esc(languageTag(view.report, sentence) + sentence.text)} ${links.join('')}${single}</li>`
  })
  const body = items.length === 0 ? '<p class="muted">No brief.</p>' : `<ol>${items.join('\n')}</ol>`
  return `<section id="brief" aria-labelledby="brief-h"><h2 id="brief-h">Brief</h2>\n<p class="muted">Neutral summary; each number cites an article and jumps to the passage it rests on.</p>\n${body}\n</section>`
}

function articles(view: ReportView, anchors: Anchors, options: SectionOptions): string {
  const legend =
    '<p class="legend muted"><span class="m-fact">fact reported by all</span><span class="m-fact-partial">fact reported by some or one</span>' +
    '<span class="m-quote">quote</span><span class="m-diff">number or date</span><span class="m-diff m-conflict">conflicting number or date</span>' +
    '<span class="m-frame">framing</span> Hover or focus (Tab) a highlight for why.</p>'
  const columns = view.articles.map((a) => article(view, a, anchors, options))
  return `<section id="articles" aria-labelledby="articles-h"><h2 id="articles-h">Articles side by side</h2>\n${legend}\n<div class="columns">\n${columns.join('\n')}\n</div>\n</section>`
}

function article(view: ReportView, a: ArticleView, anchors: Anchors, options: SectionOptions): string {
  const { article: art } = a
  const url = safeHttpUrl(art.url)
  const meta = [
    art.byline === undefined ? '' : `by ${esc(art.byline)}`,
    esc(describeDate(art)),
    `language ${esc(art.language)}`,
    `${a.words} words`,
    a.framing === undefined ? '' : `framing score ${a.framing.score.toFixed(1)}`,
    url === undefined ? '' : `<a href="${esc(url)}" rel="noopener noreferrer">source</a>`,
  ].filter((part) => part !== '')
  const removed =
    art.removed.length === 0
      ? ''
      : `<details><summary>${esc(describeRemovals(a))}</summary><ul>${art.removed.map((r) => `<li><strong>${esc(r.reason)}</strong>: ${esc(r.text)}</li>`).join('')}</ul></details>`
  const captions = art.captions.length === 0 ? '' : `<p class="meta">Captions: ${art.captions.map((c) => `“${esc(c)}”`).join(', ')}</p>`
  // Only well-formed language tags reach the lang attribute; "und" means unknown.
  const lang = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(art.language) && art.language !== 'und' ? ` lang="${art.language}"` : ''
  const text = renderArticleText(view, a, anchors)
  return [
    `<article class="article" id="article-${a.number}" aria-labelledby="article-${a.number}-h">`,
    `<h3 id="article-${a.number}-h">[${a.number}] ${esc(art.outlet)}</h3>`,
    `<p><strong${lang}>${esc(art.title)}</strong></p>`,
    `<p class="meta">${meta.join(' · ')}</p>`,
    removed,
    captions,
    `<div class="text"${lang} dir="auto">${options.noteTitles ? text : withoutTitles(text)}</div>`,
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
            const who = many && carriers.length < view.articles.length ? ` <span class="single">${carriers.length === 1 ? 'only ' : ''}${esc(listOutlets(carriers))}</span>` : ''
            const wording = fact.spans
              .map((span) => {
                const a = view.articleById(span.articleId)
                return a === undefined ? '' : `<li>${cite(a, anchors.of(span))} ${esc(a.article.outlet)}: ${esc(languageTag(view.report, span))}“${esc(span.text)}”</li>`
              })
              .join('')
            return `<li>${esc(languageTag(view.report, fact) + fact.text)}${who}<ul class="meta">${wording}</ul></li>`
          })
          .join('\n')}</ul>`
  const shared = `<h3>${many ? 'Reported by all' : 'Facts'} (${view.sharedFacts.length})</h3>${list(view.sharedFacts)}`
  const partial = many || view.partialFacts.length > 0 ? `<h3>Reported by some or one (${view.partialFacts.length})</h3>${list(view.partialFacts)}` : ''
  return `<section id="facts" aria-labelledby="facts-h"><h2 id="facts-h">Facts</h2>\n${shared}\n${partial}\n</section>`
}

function differences(view: ReportView, anchors: Anchors): string {
  const tables = view.report.differences.map((difference) => {
    const rows = difference.values.map((value) => {
      const a = view.articleById(value.articleId)
      const source = a === undefined ? esc(value.articleId) : `${cite(a, anchors.of(value))} ${esc(a.article.outlet)}`
      return `<tr><td>${source}</td><td>“${esc(value.text)}”</td><td><code>${esc(value.normalized)}</code></td></tr>`
    })
    const verdict = difference.status === 'conflict' ? '<span class="conflict">conflict</span>' : '<span class="consistent">consistent</span>'
    return `<h3>${esc(difference.subject)} <span class="muted">(${esc(difference.kind)})</span>: ${verdict}</h3>\n<div class="scroll"><table><thead><tr><th>Article</th><th>As stated</th><th>Normalized</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  })
  const body = tables.length === 0 ? '<p class="muted">No numbers or dates to compare.</p>' : tables.join('\n')
  return `<section id="differences" aria-labelledby="differences-h"><h2 id="differences-h">Numbers and dates</h2>\n${body}\n</section>`
}

function quotes(view: ReportView, anchors: Anchors): string {
  const blocks = view.quotes.map((q) => {
    const renderings = q.renderings.map(({ rendering, article: a, diff }) => {
      const text = diff.segments.map((s) => (s.changed ? `<mark class="changed">${esc(s.text)}</mark>` : esc(s.text))).join('')
      const source = a === undefined ? esc(rendering.articleId) : `${cite(a, anchors.of(rendering))} ${esc(a.article.outlet)}`
      const form = rendering.marked ? 'in quotation marks' : '<span class="unmarked">unmarked reported speech</span>'
      const verb = rendering.verb === undefined ? '' : ` · <em>${esc(rendering.verb)}</em>`
      return `<div class="rendering"><p class="meta">${source} · ${form}${verb}</p><blockquote>${text}</blockquote></div>`
    })
    const aligned = q.renderings.length > 1 ? ' aligned' : ''
    return `<div class="quote${aligned}"><h3>${esc(q.speakerName)}${q.reach === '' ? '' : ` <span class="muted">(${esc(q.reach)})</span>`}</h3>\n<div class="renderings">${renderings.join('\n')}</div></div>`
  })
  const body =
    blocks.length === 0
      ? '<p class="muted">No quotes.</p>'
      : `<p class="muted"><mark class="changed">Marked words</mark> are wording one rendering does not share with the others.</p>\n${blocks.join('\n')}`
  return `<section id="quotes" aria-labelledby="quotes-h"><h2 id="quotes-h">Quotes</h2>\n${body}\n</section>`
}

function entities(view: ReportView): string {
  if (view.entities.length === 0) return '<section id="entities"><h2>Entities</h2><p class="muted">No entities.</p></section>'
  const cards = view.entities.map((entity) => {
    const counts = view.articles
      .map((a) => ({ a, n: entity.mentions.filter((m) => m.articleId === a.article.id).length }))
      .filter(({ n }) => n > 0)
      .map(({ a, n }) => `[${a.number}] ${n}`)
    const labels = view.articles.flatMap((a) => {
      const texts = distinctTexts(entity.descriptors[a.article.id] ?? [])
      if (texts.length === 0) return []
      return [`<li><strong>${esc(a.article.outlet)}</strong>: ${texts.map((t) => `“${esc(t.text)}”${t.count > 1 ? ` ×${t.count}` : ''}`).join(', ')}</li>`]
    })
    const variants = entity.variants.length > 1 ? `<p class="meta">Also written: ${entity.variants.map(esc).join(', ')}</p>` : ''
    return [
      `<div class="entity"><h3>${esc(entity.name)} <span class="muted">${esc(entity.kind)}</span></h3>`,
      `<p class="meta">Mentions: ${counts.join(', ')}</p>`,
      variants,
      labels.length === 0 ? '' : `<p class="meta">How each outlet labels them:</p><ul class="labels">${labels.join('')}</ul>`,
      '</div>',
    ].join('')
  })
  return `<section id="entities" aria-labelledby="entities-h"><h2 id="entities-h">Entities</h2>\n<div class="entity-grid">${cards.join('\n')}</div>\n</section>`
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
    return `${heading}\n<div class="scroll"><table><thead><tr><th>Technique</th><th>Text</th><th>Why</th><th>Where</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  })
  return `<section id="framing" aria-labelledby="framing-h"><h2 id="framing-h">Framing</h2>\n<p class="muted">Score: summed span confidence per 100 words; 0 = neutral.</p>\n${blocks.join('\n')}\n</section>`
}

function skipped(view: ReportView): string {
  if (view.report.skipped.length === 0) return ''
  const items = view.report.skipped.map((s) => `<li><strong>${esc(s.source)}</strong> (${esc(s.reason)}): ${esc(s.message)}</li>`)
  return `<section id="skipped"><h2>Not analysed</h2><ul>${items.join('')}</ul></section>`
}

/**
 * Highlights carry their note twice (title and data-note). The web page shows data-note on hover and focus
 * itself (script, or CSS without it), so there the title copy only doubles the page (194 KB → 75 KB for the seed
 * pair). Safe on escaped output: attribute values contain no raw quote.
 */
function withoutTitles(html: string): string {
  return html.replace(/ title="[^"]*"(?= data-note=")/g, '')
}

function cite(a: ArticleView, anchor: string, attributes = ''): string {
  return `<a class="cite" href="#${anchor}"${attributes} aria-label="article ${a.number}, ${esc(a.article.outlet)}">[${a.number}]</a>`
}
