import { createRequire } from 'node:module'
import type * as MozillaReadability from '@mozilla/readability'
import { isElement, type DomDocument, type DomElement, type DomNode } from './dom.js'

export interface FoundBody {
  /** The element(s) holding the article body, in document order. */
  readonly roots: readonly DomElement[]
  readonly title?: string
  readonly byline?: string
}

/** Paragraph text the page's own body markup must hold before we trust it over Readability: ~3 short paragraphs. */
const MIN_MARKED_CHARS = 500

/** Body containers named by the common CMS themes (WordPress, Arc, Chorus, Drupal, Blogger). */
const CONVENTIONAL_BODY = ['.entry-content', '.post-content', '.article-body', '.article__body', '.story-body', '.article-content', '#article-body', '.c-entry-content', '.td-post-content', '.post-body', '[property="articleBody"]'].join(', ')

/**
 * Finds the article body. Pages that mark their body (schema.org `itemprop="articleBody"`) are taken at
 * their word, all marked parts together, so a body split over several containers is not truncated. Other
 * pages go through Readability's scoring.
 */
export function findBody(document: DomDocument): FoundBody | undefined {
  const marked = outermost(document.querySelectorAll('[itemprop="articleBody"], [itemprop="articlebody"]'))
  if (marked.length > 0 && paragraphChars(marked) >= MIN_MARKED_CHARS) return { roots: marked }
  const conventional = outermost(document.querySelectorAll(CONVENTIONAL_BODY))
  if (conventional.length === 1 && paragraphChars(conventional) >= MIN_MARKED_CHARS) return { roots: conventional }
  const parsed = readabilityParse(document)
  const content = parsed?.content
  if (!content || !isElement(content)) {
    // Readability gives up on short or flat pages (a feed item, a plain export); the pruned <body> is
    // then the best body there is, and the length check in extractHtml still rejects pages with no text.
    // On a page cut off inside <head>, Readability leaves no root element, and linkedom's `body` then throws.
    const body = document.documentElement ? document.body : null
    return body ? { roots: [body] } : undefined
  }
  return {
    roots: [content],
    ...(parsed.title ? { title: parsed.title } : {}),
    ...(parsed.byline ? { byline: parsed.byline } : {}),
  }
}

/**
 * Readability's article, or null when it gives up. Malformed markup can also make it throw (0.6.0: on a page whose
 * content the parser put outside <body>, its walk up from the best candidate reaches the root and reads
 * `null.tagName`); that is giving up too, and the page falls back to its <body> like any flat page.
 */
function readabilityParse(document: DomDocument): ReturnType<MozillaReadability.Readability<DomNode>['parse']> {
  try {
    const { Readability } = readability()
    return new Readability<DomNode>(document as never, { keepClasses: true, serializer: (node) => node as unknown as DomNode }).parse()
  } catch {
    return null
  }
}

function outermost(list: ArrayLike<DomElement>): DomElement[] {
  const all = Array.from(list)
  return all.filter((element) => !all.some((other) => other !== element && contains(other, element)))
}

function contains(ancestor: DomElement, node: DomElement): boolean {
  for (let current = node.parentNode; current; current = current.parentNode) if (current === ancestor) return true
  return false
}

/** Text in <p> elements only: a marked body without paragraphs is a hidden summary (businessinsider.com), not the article. */
function paragraphChars(roots: readonly DomElement[]): number {
  let total = 0
  for (const root of roots) {
    const paragraphs = root.querySelectorAll('p')
    for (let i = 0; i < paragraphs.length; i++) total += paragraphs[i]?.textContent?.length ?? 0
  }
  return total
}

// Readability loads with the first HTML page, as linkedom does (dom.ts): plain-text runs never need it.
let loaded: typeof MozillaReadability | undefined
function readability(): typeof MozillaReadability {
  loaded ??= createRequire(import.meta.url)('@mozilla/readability') as typeof MozillaReadability
  return loaded
}
