import type { CoverageReport } from '../model/index.js'
import { renderPage } from './layout.js'
import { ReportBody } from './report-body.js'

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
  const error = input.error === undefined ? null : (
    <p class="error" role="alert">
      {input.error}
    </p>
  )
  const form = <CompareForm entries={entries} />
  return renderPage(
    { title: 'Compare articles', active: 'compare' },
    <>
      <h1>Compare articles</h1>
      {input.report === undefined ? (
        <>
          <p class="muted">Paste two or more articles, or their URLs (fetched by this server; private addresses are refused). Nothing is stored.</p>
          {error}
          {form}
        </>
      ) : (
        <>
          {error}
          <h2 id="result">Comparison of {input.report.articles.length} articles</h2>
          <ReportBody report={input.report} />
          <details>
            <summary>Edit the articles</summary>
            {form}
          </details>
        </>
      )}
    </>,
  )
}

function CompareForm({ entries }: { entries: readonly CompareEntry[] }) {
  return (
    <form class="compare" method="post" action="/compare" enctype="multipart/form-data">
      {entries.map((e, i) => (
        <fieldset class="entry">
          <legend>Article {i + 1}</legend>
          <label for={`article-${i + 1}`}>Text, HTML, or a URL</label>
          <textarea id={`article-${i + 1}`} name="article" spellcheck={false}>
            {e.article}
          </textarea>
          <label for={`outlet-${i + 1}`}>Outlet (optional)</label>
          <input id={`outlet-${i + 1}`} name="outlet" type="text" value={e.outlet} autocomplete="off" />
        </fieldset>
      ))}
      <label for="files">Or upload files (.txt, .html)</label>
      <input id="files" name="file" type="file" multiple accept=".txt,.text,.html,.htm,text/plain,text/html" />
      <div class="actions">
        <button type="button" class="secondary" id="add-article" hidden>
          Add another article
        </button>
        <button type="submit">Compare</button>
      </div>
    </form>
  )
}
