// SGR sequences only: the renderer emits no other escapes, and article text has its controls made visible first.
const SGR = /\u001b\[[0-9;]*m/g

/** Visible width in code points, ignoring colour codes. */
export function visibleWidth(text: string): number {
  return [...text.replace(SGR, '')].length
}

/**
 * Greedy word wrap of one styled line to `width` columns, each line prefixed by `indent`
 * (counted in the width). A word longer than a line gets a line of its own rather than being cut.
 *
 * @example
 * wrapStyled('one two three', 9, '  ') // '  one two\n  three'
 */
export function wrapStyled(text: string, width: number, indent = ''): string {
  const room = Math.max(1, width - visibleWidth(indent))
  const lines: string[] = []
  let line = ''
  let lineWidth = 0
  // Alternating words and space runs; runs inside a line are kept (they pad columns), runs at a break are dropped.
  const parts = text.split(/( +)/)
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i] ?? ''
    if (word === '') continue
    const gap = lineWidth > 0 ? (parts[i - 1] ?? ' ') : ''
    const wordWidth = visibleWidth(word)
    if (lineWidth > 0 && lineWidth + gap.length + wordWidth > room) {
      lines.push(line)
      line = word
      lineWidth = wordWidth
      continue
    }
    line += gap + word
    lineWidth += gap.length + wordWidth
  }
  if (line !== '' || lines.length === 0) lines.push(line)
  return lines.map((l) => indent + l).join('\n')
}
