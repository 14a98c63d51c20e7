import { escapeHtml as esc } from '../report/index.js'
import { renderLayout } from './layout.js'

/** A page saying what went wrong, in words; never a stack trace. */
export function renderErrorPage(heading: string, message: string): string {
  const body = `<h1>${esc(heading)}</h1>\n<p class="error">${esc(message)}</p>\n<p><a href="/">Back to the stories</a></p>`
  return renderLayout({ title: heading, body, active: 'none' })
}
