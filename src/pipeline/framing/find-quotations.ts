import type { Span } from '../../model/index.js'

// Closing marks for each opening mark: English “…”, Polish/German „…” or „…“, guillemets «…», straight "…".
const CLOSERS: Readonly<Record<string, string>> = { '“': '”', '„': '”“', '«': '»', '"': '"' }

/**
 * Ranges of text inside quotation marks, outermost only. A quotation left open ends at the line break, as
 * in `He called NATO "a threat to our common grouping.` followed by a new paragraph.
 * @example findQuotations('He said “no” twice.')  // [{ start: 8, end: 12 }]
 */
export function findQuotations(text: string): Span[] {
  const ranges: Span[] = []
  let start = -1
  let closers = ''
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!
    if (start < 0) {
      const closing = CLOSERS[c]
      if (closing !== undefined) {
        start = k
        closers = closing
      }
    } else if (closers.includes(c)) {
      ranges.push({ start, end: k + 1 })
      start = -1
    } else if (c === '\n') {
      ranges.push({ start, end: k })
      start = -1
    }
  }
  if (start >= 0) ranges.push({ start, end: text.length })
  return ranges
}
