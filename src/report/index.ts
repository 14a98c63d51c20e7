export { renderTerminal, type TerminalOptions } from './render-terminal.js'
export { renderMarkdown } from './render-markdown.js'
export { renderHtml } from './render-html.js'
export { wordDiff, type WordDiff, type DiffSegment } from './word-diff.js'
export {
  buildReportView,
  citations,
  describeDate,
  describeRemovals,
  distinctTexts,
  groupFramingSpans,
  listOutlets,
  type ArticleView,
  type FactView,
  type FramingGroup,
  type QuoteView,
  type ReportView,
} from './build-report-view.js'
export { escapeHtml, safeHttpUrl } from './escape-html.js'
export { Anchors, cssName, renderArticleText } from './html-article-text.js'
