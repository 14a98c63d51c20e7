import { MONTHS } from '../text/index.js'
import { findDates } from '../values/index.js'
import { monthNames } from '../values/month-names.js'
import { validDate } from '../extract/parse-date-stamp.js'

/**
 * A line that is nothing but a date stamp, as plain-text articles carry it above or below the headline:
 * "Friday, June 7, 2013", "06/06/13 07:05 PM ET EDT", "Published: 10:48, Tue, Nov 19, 2019",
 * "6 grudnia 2024, 14:30", "Опубликовано: 06.12.2024 12:00", "Aktualisiert am 6. Dezember 2024 um 14:30 Uhr".
 * It is metadata, not a headline and not a sentence of the story.
 */
export interface Dateline {
  /** The calendar day it states ("2013-06-07"), when it states one unambiguously (see {@link readDateline}). */
  readonly date?: string
}

/** Languages whose month and weekday names a dateline may use (the ones Parallax reads). */
const LANGUAGES = ['en', 'de', 'pl', 'cs', 'ru', 'uk', 'be'] as const

/** Longest line (in words) read as a dateline: "Published: 10:48 AM EDT, Tuesday, November 19, 2019" is 8. */
const MAX_WORDS = 12

/**
 * Words a date stamp is made of besides its date: what it says the date is (published, updated), clock words and
 * time zones, and the prepositions around them. Lower case; weekday and month names are added from Intl below.
 */
const STAMP_WORDS = [
  // en
  'published', 'updated', 'posted', 'last', 'modified', 'first', 'on', 'at', 'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.',
  'st', 'nd', 'rd', 'th', 'of', 'date', 'time', 'hrs', 'h',
  // time zones
  'utc', 'gmt', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'bst', 'ist', 'cet', 'cest',
  'eet', 'eest', 'msk', 'aest', 'aedt', 'sgt', 'hkt', 'jst',
  // de
  'veröffentlicht', 'aktualisiert', 'stand', 'um', 'uhr', 'vom', 'den',
  // pl
  'opublikowano', 'aktualizacja', 'zaktualizowano', 'data', 'publikacji', 'dodano', 'godz', 'godz.', 'r', 'r.', 'roku', 'o', 'w', 'dnia',
  // cs
  'publikováno', 'aktualizováno', 'aktualizace', 'vydáno', 'hod', 'hod.', 'v', 've',
  // ru, uk, be
  'опубликовано', 'обновлено', 'дата', 'публикации', 'г', 'г.', 'года', 'в', 'во',
  'опубліковано', 'оновлено', 'публікації', 'року', 'р', 'р.', 'о', 'об', 'у',
  'апублікавана', 'абноўлена', 'года', 'а',
]

let vocabulary: ReadonlySet<string> | undefined

/** Every word a date stamp may contain: the words above, month names and Intl's weekday names, built on first use. */
function stampVocabulary(): ReadonlySet<string> {
  if (vocabulary) return vocabulary
  const words = new Set<string>([...STAMP_WORDS, ...monthWords()])
  for (const lang of LANGUAGES) {
    for (const width of ['long', 'short'] as const) {
      const weekday = new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' })
      for (let d = 0; d < 7; d++) words.add(bare(weekday.format(new Date(Date.UTC(2024, 0, 7 + d)))))
    }
  }
  vocabulary = words
  return words
}

/** Lower case, no final full stop: "Tue." → "tue", "дек." → "дек". */
function bare(word: string): string {
  return word.toLowerCase().replace(/\.$/, '')
}

// Numbers, and the characters that join them ("06/06/13", "07:05", "6.12.2024", "2024-12-06").
const NUMERIC = /[\d]+(?:[./:-]\d+)*\.?/gu
const SEPARATORS = /[\s,;|•·()[\]–—/:-]+/u

/**
 * Reads `line` as a dateline: undefined unless it is short, has a number, names a date (a month with a number, or
 * a numeric date) and has no word that a date stamp would not have. Its day is stated when it is unambiguous: a
 * written month with its year, ISO "2024-12-06", European "6.12.2024", or a slashed date that only one order makes
 * valid ("25/12/2024") or whose day and month are equal ("06/06/13").
 * @example readDateline('Friday, June 7, 2013') // { date: '2013-06-07' }
 * @example readDateline('06/06/13 07:05 PM ET EDT') // { date: '2013-06-06' }
 * @example readDateline('June 7 talks collapse') // undefined: "talks" is not part of a date stamp
 */
export function readDateline(line: string): Dateline | undefined {
  if (!/\d/.test(line) || hasMoreWords(line, MAX_WORDS)) return undefined
  // An ISO date-time ("2024-12-06T10:00:00Z") is its date for what follows.
  const lower = line.toLowerCase().replace(/(\d{4}-\d\d-\d\d)t[\d:.]+(?:z|[+-]\d\d:?\d\d)?/g, '$1')
  const numericDate = /(?<![\d.])(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?![\d])/.exec(lower)
  const words = lower.replace(NUMERIC, ' ').split(SEPARATORS).filter((w) => /\p{L}/u.test(w))
  const vocabulary = stampVocabulary()
  if (!words.every((w) => vocabulary.has(bare(w)) || vocabulary.has(w))) return undefined
  const hasMonth = words.some((w) => monthWords().has(bare(w)))
  if (!numericDate && !hasMonth) return undefined
  // Only now: findDates is the costly part (the first call in a language compiles its patterns).
  const written = writtenDate(line, words)
  if (!numericDate && written === undefined) return undefined
  const date = written?.day ?? (numericDate ? numericDay(numericDate) : undefined)
  return date === undefined ? {} : { date }
}

/**
 * Whether `line.split(/\s+/)` has more than `max` parts, counted without the split: every top line of every
 * article is asked, a whole paragraph included (issue 19).
 */
function hasMoreWords(line: string, max: number): boolean {
  SPACES.lastIndex = 0
  let parts = 1
  while (SPACES.exec(line) !== null) if (++parts > max) return true
  return false
}

const SPACES = /\s+/g

/**
 * A date with a written month, in the first of the languages that finds one: its day when it has its year, else
 * only that it is one. Only the languages one of whose month names is among `words` are asked: every other word
 * of the line is a stamp word, so a language can find no written date without its month. Asking all seven
 * compiled every language's date patterns at the first dateline of a run (~160–250 ms, issue 19).
 */
function writtenDate(line: string, words: readonly string[]): { day?: string } | undefined {
  for (const lang of LANGUAGES) {
    const months = monthWordsOf(lang)
    if (!words.some((w) => months.has(bare(w)) || months.has(w))) continue
    const dates = findDates(line, undefined, lang).filter((d) => /\p{L}/u.test(d.text))
    if (dates.length === 0) continue
    const day = dates.find((d) => d.isDay && d.interval && !d.isRelative)
    return day?.interval ? { day: day.interval[0] } : {}
  }
  return undefined
}

let months: ReadonlySet<string> | undefined
const monthsByLanguage = new Map<string, ReadonlySet<string>>()

/** Month names and abbreviations of every language, lower case, without a final full stop; built on first use. */
function monthWords(): ReadonlySet<string> {
  months ??= new Set(LANGUAGES.flatMap((lang) => [...monthWordsOf(lang)]))
  return months
}

/** The month names and abbreviations of one language, as `monthWords` has them. */
function monthWordsOf(lang: (typeof LANGUAGES)[number]): ReadonlySet<string> {
  let words = monthsByLanguage.get(lang)
  if (words === undefined) {
    words = new Set(lang === 'en' ? ['sept', ...MONTHS.flatMap((m) => [m, m.slice(0, 3)])] : monthNames(lang).all.map(bare))
    monthsByLanguage.set(lang, words)
  }
  return words
}

/** The day of "2024-12-06", "6.12.2024", "25/12/2024" or "06/06/13"; undefined where the order is ambiguous. */
function numericDay(m: RegExpExecArray): string | undefined {
  const [a, separator, b, c] = [Number(m[1]), m[2], Number(m[3]), m[4]!]
  if (m[1]!.length === 4) return separator === '-' || separator === '.' ? validDate(a, b, Number(c)) : undefined
  const year = c.length === 4 ? Number(c) : Number(c) + (Number(c) < 70 ? 2000 : 1900)
  // Dotted dates are day first wherever they are written (de, pl, cs, ru, uk, be).
  if (separator === '.') return validDate(year, b, a)
  if (a === b || b > 12) return validDate(year, a, b)
  if (a > 12) return validDate(year, b, a)
  return undefined
}
