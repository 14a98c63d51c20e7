/**
 * Date expressions in news text, normalised to calendar intervals (English patterns here; uk, ru, be, pl, cs, de
 * in local-dates.ts). Relative expressions ("next year", "the second half of next year") are resolved against the
 * publication date, so statements made at different precision compare as consistent when their intervals overlap.
 */
import { MONTHS } from '../text/index.js'
import { day, month, part, range, span, type DatePattern } from './calendar.js'
import { foldCase } from './fold-case.js'
import { localDatePatterns } from './local-dates.js'
import { spanCover } from './span-cover.js'

export interface DateMention {
  readonly start: number
  readonly end: number
  readonly text: string
  /** "2024-12-06", "2025", "2025-H2", "2025-Q3", "2025-07", "2024/2026"; "XXXX-12-06" when the year is unknown. */
  readonly normalized: string
  /** Half-open [from, to) as ISO dates; absent when the year could not be resolved. */
  readonly interval?: readonly [string, string]
  /** True for day-precise dates written with or resolved to a year: the ones that bound the publication date. */
  readonly isDay: boolean
  /** True when the expression had no explicit year and was resolved (or not) from the reference date. */
  readonly isRelative: boolean
}

const MONTH = MONTHS.map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}`).join('|')
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec'
const M = `(${MONTH}|${MONTH_ABBR})\\.?`
const YEAR = '((?:19|20)\\d\\d)'
const REL_YEAR = '(next year|this year|last year|the next year|the previous year)'

const WIDE_SPACES = /[\u00a0\u2009\u202f]/g

const PATTERNS: readonly DatePattern[] = [
  // "May 23, 2024", "December 6", "Dec. 6th"
  { re: new RegExp(`\\b${M} (\\d{1,2})(?:st|nd|rd|th)?(?:,? ${YEAR})?\\b`, 'g'), parse: (m, ref) => day(monthIndex(m[1]!), Number(m[2]), m[3], ref) },
  // "6 December 2024", "23 May"
  { re: new RegExp(`\\b(\\d{1,2}) ${M}(?:,? ${YEAR})?\\b`, 'g'), parse: (m, ref) => day(monthIndex(m[2]!), Number(m[1]), m[3], ref) },
  // "the first half of 2025", "the second half of next year"
  {
    re: new RegExp(`\\b(?:the )?(first|second) half of (?:${YEAR}|${REL_YEAR})`, 'gi'),
    parse: (m, ref) => span(yearOf(m[2], m[3], ref), m[1]!.toLowerCase() === 'first' ? 'H1' : 'H2', m[2] === undefined),
  },
  // "the third quarter of 2025", "Q3 2025"
  {
    re: new RegExp(`\\b(?:the )?(first|second|third|fourth) quarter of (?:${YEAR}|${REL_YEAR})|\\bQ([1-4]) ${YEAR}`, 'gi'),
    parse: (m, ref) => {
      const quarter = m[4] ? Number(m[4]) : ['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase()) + 1
      return span(yearOf(m[2] ?? m[5], m[3], ref), `Q${quarter}`, m[2] === undefined && m[5] === undefined)
    },
  },
  // "December 2024", "in May 2025"
  { re: new RegExp(`\\b${M},? ${YEAR}\\b`, 'g'), parse: (m) => month(Number(m[2]), monthIndex(m[1]!)) },
  // "2024-2026", "2024–26"
  { re: new RegExp(`\\b${YEAR}\\s*[-–—]\\s*((?:19|20)?\\d\\d)\\b`, 'g'), parse: (m) => range(Number(m[1]), m[2]!) },
  // "next year", "early next year", "late 2025"
  { re: new RegExp(`\\b(?:(early|late|mid-?)[ -])?${REL_YEAR}`, 'gi'), parse: (m, ref) => part(yearOf(undefined, m[2], ref), m[1], true) },
  { re: new RegExp(`\\b(?:(early|late|mid-?)[ -])?(?:in |by |until |since |of |from |during )?${YEAR}\\b(?![-–]\\d)`, 'gi'), parse: (m) => part(Number(m[2]), m[1], false) },
]

/**
 * Finds date expressions; longer matches win over the ones they contain ("May 23, 2024" over "2024").
 * `lang` (a BCP-47 primary subtag) picks the language's patterns: uk, ru, be, pl, cs, de have their own
 * ("6 грудня", "w drugiej połowie przyszłego roku"); any other value, or none, reads English.
 */
export function findDates(text: string, reference?: string, lang?: string): DateMention[] {
  const ref = reference ? new Date(reference) : undefined
  const found: DateMention[] = []
  const local = localDatePatterns(lang)
  // Local patterns are written in lower case and run on a same-length lower-cased copy; English ones on a copy with
  // no-break and thin spaces as plain ones ("April\u00a03"), the same length too.
  const haystack = local ? foldCase(text) : text.replace(WIDE_SPACES, ' ')
  for (const pattern of local ?? PATTERNS) {
    // Matches of one pattern never contain each other: only earlier patterns' dates are looked up.
    const earlier = spanCover(found)
    pattern.re.lastIndex = 0
    for (let m = pattern.re.exec(haystack); m; m = pattern.re.exec(haystack)) {
      const parsed = pattern.parse(m, ref && !Number.isNaN(ref.getTime()) ? ref : undefined, text)
      if (!parsed) continue
      // A lookbehind group named "before" holds words the match starts after but takes in ("в декабре" of "в декабре 2024").
      const before = m.groups?.['before']?.length ?? 0
      const start = leadStart(haystack, m.index - before + (m[0].length - m[0].trimStart().length), pattern.lead)
      const end = m.index + m[0].length
      if (earlier.contains(start, end)) continue
      found.push({ start, end, text: text.slice(start, end), ...parsed })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Estimates when an article was written: its latest day-precise date, when the text dates its own news the way news
 * does, by day and month without a year ("on December 6"), and names the year elsewhere. The year is the latest one
 * of a full date ("May 23, 2024") or of a month that a year-less date also names ("in December 2024" … "on December
 * 6"). Returns undefined otherwise: a full date in the body is as often a past event as the news ("on Sept. 11,
 * 2001", "as Comey told Congress on Oct. 28, 2016"), and a month with a year as often a cohort or a plan ("born in
 * September 1961"); dated by them, 19 of 22 estimates on BASIL and AllSides dev articles were over a week off, 15 by
 * over 120 days (scripts/eval/date-estimates.ts).
 */
export function estimatePublishedAt(text: string, lang?: string): string | undefined {
  const found = findDates(text, undefined, lang)
  const before = (d: DateMention): string => text.slice(Math.max(0, d.start - 12), d.start)
  const isDeadline = (d: DateMention): boolean => DEADLINE_BEFORE.test(before(d))
  // A date that modifies a noun names an event, often long past: "the Jan. 6 insurrection", "a Sept. 14 email",
  // "the post-Sept. 11 law", "the 17 February Brigade" (dev: all 4 estimates were such dates, all wrong).
  const isNaming = (d: DateMention): boolean => NAMING_BEFORE.test(before(d))
  // Year-less day dates ("December 6") are normalized with an unknown year: "XXXX-12-06".
  const months = new Set(found.filter((d) => isYearlessDay(d.normalized) && !isNaming(d)).map((d) => d.normalized.slice(5, 7)))
  if (months.size === 0) return undefined
  // A bare year is no anchor either: it is often a plan ("in 2025", "a deficit cut through 2012").
  const anchors = found.filter((d) => !d.isRelative && /^\d{4}-\d\d/.test(d.normalized) && (d.isDay || months.has(d.normalized.slice(5, 7))) && !isDeadline(d))
  if (anchors.length === 0) return undefined
  const latestYear = Math.max(...anchors.map((d) => Number(d.normalized.slice(0, 4))))
  // Year-less dates are in that year: not the occurrence nearest some reference day ("Jan. 20" against 31 December
  // of 2021 was 2022-01-20).
  const days = found
    .filter((d) => !isDeadline(d) && !isNaming(d))
    .flatMap((d) => (d.isDay && d.interval ? [d.interval[0]] : isYearlessDay(d.normalized) ? [`${latestYear}${d.normalized.slice(4)}`] : []))
  return days.sort().pop()
}

/** A day and month whose year the text does not give: normalized "XXXX-12-06". */
export function isYearlessDay(normalized: string): boolean {
  return /^XXXX-\d\d-\d\d$/.test(normalized)
}

/** A word that makes the date after it a deadline, as often ahead of the news as behind it: "until 10 January 2025", "до 10 січня 2025 р.", "through Jan. 7, 2023". */
const DEADLINE_BEFORE = /(?:^|[\s(])(?:until|till|through|by|before|до|по|do|bis)\s+$/i

/** An article, a determiner or a prefix before a date makes it part of a name: "the Jan. 6 attack", "post-Sept. 11". */
const NAMING_BEFORE = /(?:(?:^|[\s(])(?:a|an|the|this|that|its|his|her|their|our)\s+|\b(?:post|pre|anti)-)$/i

/** Where a match starts once the words `lead` finds just before it are taken in. */
function leadStart(text: string, start: number, lead: RegExp | undefined): number {
  if (!lead || start === 0) return start
  const from = Math.max(0, start - 24)
  // A space stands for the start of the text, so the lead's word boundary holds there too.
  const before = lead.exec(`${from === 0 ? ' ' : ''}${text.slice(from, start)}`)
  return before ? start - before[1]!.length : start
}

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3)
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1
}

function yearOf(explicit: string | undefined, relative: string | undefined, ref: Date | undefined): number | undefined {
  if (explicit) return Number(explicit)
  if (!relative || !ref) return undefined
  const r = relative.toLowerCase()
  const base = ref.getUTCFullYear()
  if (r.includes('next')) return base + 1
  if (r.includes('last') || r.includes('previous')) return base - 1
  return base
}
