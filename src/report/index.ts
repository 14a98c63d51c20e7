export { renderTerminal, type TerminalOptions } from './render-terminal.js'
export { renderMarkdown } from './render-markdown.js'
export { renderHtml } from './render-html.js'
export { wordDiff, type WordDiff, type DiffSegment } from './word-diff.js'
