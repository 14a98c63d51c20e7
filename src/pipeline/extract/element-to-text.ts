import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js'

/** Tags that start a new paragraph in the output. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'figure', 'form', 'fieldset', 'address', 'hr', 'details', 'summary',
])
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'canvas', 'head'])

export interface ElementText {
  /** Paragraphs joined by "\n\n". */
  readonly text: string
  readonly captions: readonly string[]
}

/**
 * Renders an element as plain text: block elements become paragraphs separated by "\n\n", runs of
 * whitespace collapse to one space, <br> becomes "\n", and <figcaption> text goes to `captions` instead.
 */
export function elementToText(root: DomElement): ElementText {
  const paragraphs: string[] = []
  const captions: string[] = []
  let current = ''
  const flush = (): void => {
    const paragraph = current.replace(/[ \t\f\r\u00a0]*\n[ \t\f\r\u00a0]*/g, '\n').replace(/[ \t\f\r]+/g, ' ').trim()
    if (paragraph) paragraphs.push(paragraph)
    current = ''
  }
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ')
      return
    }
    if (!isElement(node)) return
    const tag = node.localName
    if (SKIP_TAGS.has(tag)) return
    if (tag === 'figcaption') {
      const caption = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
      if (caption) captions.push(caption)
      return
    }
    if (tag === 'br') {
      current += '\n'
      return
    }
    const isBlock = BLOCK_TAGS.has(tag)
    if (isBlock) flush()
    const children = node.childNodes
    for (let i = 0; i < children.length; i++) {
      const child = children[i]
      if (child) walk(child)
    }
    if (isBlock) flush()
    else if (tag === 'td' || tag === 'th') current += ' '
  }
  walk(root)
  flush()
  return { text: paragraphs.join('\n\n'), captions }
}
