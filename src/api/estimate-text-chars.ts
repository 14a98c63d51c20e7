/**
 * An upper estimate of the article text a document holds, from its raw content in one linear pass: plain
 * text counts whole; HTML without its scripts, styles, comments and tags. Extraction keeps less than that (it
 * drops navigation and other furniture too), so a request over a limit by this estimate is over it after
 * analysis as well, and can be refused before any analysis starts.
 *
 * @example estimateTextChars('<p>Rain <b>fell</b>.</p><script>x()</script>', 'html') // 10
 */
export function estimateTextChars(content: string, format: 'text' | 'html'): number {
  if (format === 'text') return content.length
  // indexOf from a position that only moves forward: linear, where a lazy regex such as /<script[^]*?<\/script>/
  // is quadratic on a page of unclosed "<script" tags.
  const lower = content.toLowerCase()
  let chars = 0
  let at = 0
  while (at < lower.length) {
    const open = lower.indexOf('<', at)
    if (open === -1) return chars + lower.length - at
    chars += open - at
    const close = lower.startsWith('<!--', open) ? endOf(lower, '-->', open + 4) : lower.startsWith('<script', open) ? endOf(lower, '</script', open + 7) : lower.startsWith('<style', open) ? endOf(lower, '</style', open + 6) : open
    // An unclosed comment, script or tag runs to the end of the page, as a browser reads it.
    const end = lower.indexOf('>', close)
    if (end === -1) return chars
    at = end + 1
  }
  return chars
}

function endOf(text: string, closing: string, from: number): number {
  const at = text.indexOf(closing, from)
  return at === -1 ? text.length : at
}
