/** Elements without content or whose end tag may be left out: they never deepen the tree in a count of tags. */
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rt', 'rp',
  'html', 'head', 'body',
])
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript'])

/**
 * Whether the markup nests deeper than `limit` elements, estimated from its tags in one linear pass the way
 * a parser would: an end tag closes everything opened inside its element (so an unclosed <font> or <b> does
 * not count forever), raw-text elements are skipped, void and optional-end-tag elements are not counted.
 * Example: `nestsDeeperThan('<div>'.repeat(5000), 256)` → true.
 */
export function nestsDeeperThan(html: string, limit: number): boolean {
  const lower = html.toLowerCase()
  const tag = /<(\/?)([a-z][\w:-]*)[^>]*?(\/?)>/g
  const stack: string[] = []
  const open = new Map<string, number>()
  for (let match = tag.exec(lower); match; match = tag.exec(lower)) {
    const name = match[2] ?? ''
    if (match[1]) {
      if (NO_DEPTH.has(name) || !open.get(name)) continue // a stray end tag closes nothing
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        open.set(top, (open.get(top) ?? 1) - 1)
        if (top === name) break
      }
      continue
    }
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, tag.lastIndex)
      if (end < 0) return false
      tag.lastIndex = end
      continue
    }
    if (match[3] || NO_DEPTH.has(name)) continue
    stack.push(name)
    open.set(name, (open.get(name) ?? 0) + 1)
    if (stack.length > limit) return true
  }
  return false
}
