export { extractHtml, type ExtractOptions } from './extract-html.js'
export { dateFromUrl } from './date-from-url.js'
export { normalizePublishedAt } from './normalize-published-at.js'
