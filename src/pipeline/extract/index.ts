export { extractHtml, type ExtractOptions } from './extract-html.js'
