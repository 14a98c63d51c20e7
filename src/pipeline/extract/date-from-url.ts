import { monthNumber, validDate } from './parse-date-stamp.js'

// Path forms news sites use; each must sit between separators so ids and slugs ("/story/20211018abc") do not match.
const NUMERIC_PATH = /\/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?=[/_.-]|$)/ // /2021/10/18/ (NYT, CNN, CNBC), /2021-10-18/
const MONTH_NAME_PATH = /\/((?:19|20)\d\d)\/([a-z]{3,4})\/(\d\d?)(?=\/|$)/i // /2021/apr/25/ (Guardian, Washington Times)
const COMPACT = /[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?=[/_.-]|$)/ // -20211018, /20211018/
const SLUG_END = /-((?:19|20)\d\d)-(\d\d)-(\d\d)\/?$/ // ...-fight-2021-04-22/ (Reuters)

/**
 * The publication day a news URL carries, as "YYYY-MM-DD", or undefined: the fallback when a page or feed gives
 * no date, so grouping stays time-aware. Year-and-month paths ("/2021/04/") give no day and are ignored, as are
 * dates after tomorrow (a URL about a future event, not its own date).
 * Example: `dateFromUrl('https://www.cnn.com/2021/10/18/politics/x/index.html')` → "2021-10-18".
 */
export function dateFromUrl(url: string, now: Date = new Date()): string | undefined {
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return undefined
  }
  const named = path.match(MONTH_NAME_PATH)
  const numeric = path.match(NUMERIC_PATH) ?? path.match(SLUG_END) ?? path.match(COMPACT)
  const date = named
    ? validDate(Number(named[1]), monthNumber(named[2]), Number(named[3]))
    : numeric
      ? validDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]))
      : undefined
  if (date === undefined || Date.parse(date) > now.getTime() + 86_400_000) return undefined
  return date
}
