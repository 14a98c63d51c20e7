import { createRequire } from 'node:module'
import type * as Linkedom from 'linkedom'

// linkedom costs ~0.3 s to load; plain-text runs (the common CLI case) never parse HTML, so load it on first use.
const require = createRequire(import.meta.url)
let linkedom: typeof Linkedom | undefined
function parseHTML(html: string): ReturnType<typeof Linkedom.parseHTML> {
  linkedom ??= require('linkedom') as typeof Linkedom
  return linkedom.parseHTML(html)
}

/**
 * The small part of the DOM that extraction uses. Our tsconfig has no DOM lib (this is a Node CLI), so these
 * interfaces describe linkedom's nodes; they are structurally what a browser DOM offers too.
 */
export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly parentNode: DomNode | null
  readonly childNodes: ArrayLike<DomNode>
  readonly nextSibling: DomNode | null
  readonly firstChild: DomNode | null
  remove(): void
}

export interface DomElement extends DomNode {
  readonly tagName: string
  readonly localName: string
  readonly children: ArrayLike<DomElement>
  readonly parentElement: DomElement | null
  readonly id: string
  readonly className: string
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
  setAttribute(name: string, value: string): void
  removeAttribute(name: string): void
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): ArrayLike<DomElement>
  closest(selectors: string): DomElement | null
  appendChild(node: DomNode): DomNode
  replaceWith(...nodes: DomNode[]): void
}

export interface DomDocument extends DomNode {
  // null for an empty string: linkedom builds no <html> then
  readonly documentElement: DomElement | null
  readonly body: DomElement | null
  readonly head: DomElement | null
  readonly title: string
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): ArrayLike<DomElement>
  createElement(tagName: string): DomElement
}

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE
}

/** Parses an HTML string into a linkedom document. */
export function parseDocument(html: string): DomDocument {
  // linkedom's types describe a browser Window; the document it returns has the members above.
  const { document } = parseHTML(html) as unknown as { document: DomDocument }
  return document
}
