/**
 * A lower-cased copy of a text with the same length, so offsets into it are offsets into the text. The local
 * date and number patterns run on it without the regex `i` flag: case-insensitive Unicode matching makes V8 try
 * every alternative at every position, which was several times slower on Cyrillic text.
 */
export function foldCase(text: string): string {
  // findDates and findNumbers read the same text one after the other: fold it once (about 20 ms per MB).
  if (text === last.text) return last.folded
  last = { text, folded: fold(text) }
  return last.folded
}

let last = { text: '', folded: '' }

function fold(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  // A letter whose lower case is longer ("İ" → "i̇") stays as it is.
  let out = ''
  for (const ch of text) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}
