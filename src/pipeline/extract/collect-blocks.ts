import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js'
import { classTokens } from './class-tokens.js'

/** Tags that start a new paragraph in the output. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'figure', 'form', 'fieldset', 'address', 'hr', 'details', 'summary', 'center',
])
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'canvas', 'head', 'title', 'input', 'video', 'audio'])
/** Class/id words marking a caption or photo credit ("wp-caption-text", "image-credit", cnbc's "InlineImage-imageEmbedCaption"). */
const CAPTION_WORD = /caption|credit/

/** One paragraph of rendered text with what we know about where it came from. */
export interface Block {
  readonly text: string
  /** Characters of `text` that sit inside links: a block that is all link is usually a teaser or menu item. */
  readonly linkChars: number
  readonly tag: string
  readonly isHeading: boolean
}

export interface CollectedText {
  readonly blocks: readonly Block[]
  readonly captions: readonly string[]
}

/**
 * Renders elements as paragraphs: block elements end a paragraph, runs of whitespace collapse to one space,
 * <br> becomes "\n", and <figcaption> or caption/credit-classed elements go to `captions` instead.
 */
export function collectBlocks(roots: readonly DomElement[]): CollectedText {
  const blocks: Block[] = []
  const captions: string[] = []
  let current = ''
  let linkChars = 0
  let linkDepth = 0
  let blockTag = 'div'
  let headingDepth = 0
  const flush = (): void => {
    const text = current.replace(/[ \t\f\r\u00a0]*\n[ \t\f\r\u00a0]*/g, '\n').replace(/[ \t\f\r]+/g, ' ').replace(/\n{2,}/g, '\n').trim()
    if (text) blocks.push({ text, linkChars: Math.min(linkChars, text.length), tag: blockTag, isHeading: headingDepth > 0 || /^h[1-6]$/.test(blockTag) })
    current = ''
    linkChars = 0
  }
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ')
      current += text
      if (linkDepth > 0) linkChars += text.trim().length
      return
    }
    if (!isElement(node)) return
    const tag = node.localName
    if (SKIP_TAGS.has(tag)) return
    if (tag === 'figcaption' || classTokens(node).some((token) => CAPTION_WORD.test(token))) {
      const caption = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
      if (caption) captions.push(caption)
      return
    }
    if (tag === 'br') {
      current += '\n'
      return
    }
    const isBlock = BLOCK_TAGS.has(tag)
    if (isBlock) {
      flush()
      blockTag = tag
    }
    if (tag === 'a') linkDepth++
    if (/^h[1-6]$/.test(tag)) headingDepth++
    const children = node.childNodes
    for (let i = 0; i < children.length; i++) {
      const child = children[i]
      if (child) walk(child)
    }
    if (tag === 'a') linkDepth--
    if (/^h[1-6]$/.test(tag)) headingDepth--
    if (isBlock) {
      blockTag = tag
      flush()
    } else if (tag === 'td' || tag === 'th') current += ' ' // a table row is one paragraph, cells separated by spaces
  }
  for (const root of roots) {
    walk(root)
    flush()
  }
  return { blocks, captions }
}
