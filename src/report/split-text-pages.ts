import type { Span } from '../model/index.js'

/**
 * Cuts a text into pages of at most `maxChars` UTF-16 code units, as half-open [start, end) ranges that cover it
 * in order: each page ends after its last line break (a paragraph end), else after its last sentence end, else its
 * last space, looked for past the page's first quarter so that no page is a sliver; else at `maxChars` (never
 * inside a surrogate pair). An empty text is one empty page.
 *
 * @example
 * splitTextPages('One.\nTwo two.\nThree.', 10) // [{ start: 0, end: 5 }, { start: 5, end: 14 }, { start: 14, end: 20 }]
 */
export function splitTextPages(text: string, maxChars: number): Span[] {
  if (!(maxChars >= 2)) throw new Error(`splitTextPages: maxChars must be at least 2, got ${maxChars}`)
  const pages: Span[] = []
  let start = 0
  while (text.length - start > maxChars) {
    const end = pageEnd(text, start, start + maxChars)
    pages.push({ start, end })
    start = end
  }
  pages.push({ start, end: text.length })
  return pages
}

/** Where a page from `start` ends, at most at `limit`: the last break of the best kind past its first quarter. */
function pageEnd(text: string, start: number, limit: number): number {
  const from = start + Math.floor((limit - start) / 4)
  const window = text.slice(from, limit)
  for (const boundary of [/\n/g, /[.!?…。][)"'”’»]*\s/g, /\s/g]) {
    let last = -1
    for (const m of window.matchAll(boundary)) last = m.index + m[0].length
    if (last > 0) return from + last
  }
  // One unbroken run of characters: cut at the limit, but not between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
}
