const MONTH_DATE = /\s*\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b.*$/i
const NUMERIC_DATE = /\s*\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b.*$/
const NOT_A_NAME = /\b(min(ute)?s? read|print this|updated|published|posted|share|follow)\b/i

/**
 * Reduces a byline element's text to the names: handles, dates, reading times and "Print this article"
 * go. "Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read" → "Bryan DeArdo";
 * "by Ruth Akers" → "Ruth Akers". Returns undefined when nothing name-like is left.
 */
export function cleanByline(raw: string): string | undefined {
  const parts = raw
    .replace(/\s+/g, ' ')
    .replace(/^\s*by\s+/i, '')
    .replace(/@\w+/g, ' ')
    .split(/\s+[|•·]\s+|\s+[-–—]\s+(?=\S*\d)/)
    .map((part) => part.replace(MONTH_DATE, '').replace(NUMERIC_DATE, '').replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '' && !NOT_A_NAME.test(part) && /\p{L}/u.test(part))
  const name = parts.join(' | ').replace(/^by\s+/i, '').trim()
  return name === '' ? undefined : name
}
