import type { CoverageReport } from '../model/index.js'
import { escapeHtml as esc } from '../report/index.js'
import { renderLayout } from './layout.js'
import { renderReportBody } from './report-body.js'

/** What the user typed, kept when the form comes back with an error. */
export interface CompareEntry {
  readonly article: string
  readonly outlet: string
}

export interface ComparePageInput {
  readonly entries?: readonly CompareEntry[]
  readonly error?: string
  readonly report?: CoverageReport
}

/** Boxes shown on an empty form: a comparison needs two articles. */
const EMPTY_ENTRIES = 2

/**
 * `/compare`: paste articles (plain text, HTML, or one URL per box) or upload files, and see the comparison
 * at once; nothing is stored. Posts to itself as multipart form data, so it works without the script.
 */
export function renderComparePage(input: ComparePageInput = {}): string {
  const given = input.entries ?? []
  const entries = given.length >= EMPTY_ENTRIES ? given : [...given, ...Array.from({ length: EMPTY_ENTRIES - given.length }, () => ({ article: '', outlet: '' }))]
  const fieldsets = entries
    .map(
      (e, i) => `<fieldset class="entry"><legend>Article ${i + 1}</legend>
<label for="article-${i + 1}">Text, HTML, or a URL</label>
<textarea id="article-${i + 1}" name="article" spellcheck="false">${esc(e.article)}</textarea>
<label for="outlet-${i + 1}">Outlet (optional)</label>
<input id="outlet-${i + 1}" name="outlet" type="text" value="${esc(e.outlet)}" autocomplete="off">
</fieldset>`,
    )
    .join('\n')
  const error = input.error === undefined ? '' : `<p class="error" role="alert">${esc(input.error)}</p>`
  const form = `<form class="compare" method="post" action="/compare" enctype="multipart/form-data">
${fieldsets}
<label for="files">Or upload files (.txt, .html)</label>
<input id="files" name="file" type="file" multiple accept=".txt,.text,.html,.htm,text/plain,text/html">
<div class="actions"><button type="button" class="secondary" id="add-article" hidden>Add another article</button><button type="submit">Compare</button></div>
</form>`
  const result = input.report === undefined ? '' : `<h2 id="result">Comparison of ${input.report.articles.length} articles</h2>\n${renderReportBody(input.report)}`
  const intro = '<p class="muted">Paste two or more articles, or their URLs (fetched by this server; private addresses are refused). Nothing is stored.</p>'
  const body = input.report === undefined ? `<h1>Compare articles</h1>\n${intro}\n${error}\n${form}` : `<h1>Compare articles</h1>\n${error}\n${result}\n<details><summary>Edit the articles</summary>${form}</details>`
  return renderLayout({ title: 'Compare articles', body, active: 'compare' })
}
