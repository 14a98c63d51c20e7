import type { DomElement } from './dom.js'

/**
 * The words of an element's class and id, split on spaces, "-" and "_", lower-cased:
 * `<div class="article-related_box" id="readMore">` → related, box, article, readmore, article-related_box.
 * Whole class names are kept too, so a set can name "wp-caption-text" exactly.
 */
export function classTokens(element: DomElement): string[] {
  const raw = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase()
  if (raw.trim() === '') return []
  const names = raw.split(/\s+/).filter(Boolean)
  return [...names, ...names.flatMap((name) => name.split(/[-_]+/))]
}

export function hasClassToken(element: DomElement, tokens: ReadonlySet<string>): boolean {
  for (const token of classTokens(element)) if (tokens.has(token)) return true
  return false
}
