/**
 * Date expressions in English news text, normalised to calendar intervals. Relative expressions ("next year",
 * "the second half of next year") are resolved against the publication date, so statements made at different
 * precision compare as consistent when their intervals overlap.
 */
import { MONTHS } from '../text/index.js'

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

interface Pattern {
  readonly re: RegExp
  readonly parse: (m: RegExpExecArray, ref: Date | undefined) => Omit<DateMention, 'start' | 'end' | 'text'> | null
}

const PATTERNS: readonly Pattern[] = [
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

/** Finds date expressions; longer matches win over the ones they contain ("May 23, 2024" over "2024"). */
export function findDates(text: string, reference?: string): DateMention[] {
  const ref = reference ? new Date(reference) : undefined
  const found: DateMention[] = []
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      const parsed = pattern.parse(m, ref && !Number.isNaN(ref.getTime()) ? ref : undefined)
      if (!parsed) continue
      const start = m.index + (m[0].length - m[0].trimStart().length)
      const end = m.index + m[0].length
      if (found.some((f) => f.start <= start && end <= f.end)) continue
      found.push({ start, end, text: text.slice(start, end), ...parsed })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Estimates when an article was written: its latest day-precise date (year-less dates take the latest year the
 * text names). News is written on or just after the latest day it reports; returns undefined without such a date.
 */
export function estimatePublishedAt(text: string): string | undefined {
  // Years of dates written with day or month ("May 23, 2024"): a bare year is often a plan ("in 2025").
  const all = findDates(text)
  const precise = all.filter((d) => !d.isRelative && /^\d{4}-\d\d/.test(d.normalized))
  const years = (precise.length > 0 ? precise : all.filter((d) => /^\d{4}/.test(d.normalized))).map((d) => Number(d.normalized.slice(0, 4)))
  const latestYear = years.length > 0 ? Math.max(...years) : undefined
  const dated = findDates(text, latestYear ? `${latestYear}-12-31` : undefined).filter((d) => d.isDay && d.interval)
  const latest = dated.map((d) => d.interval![0]).sort().pop()
  return latest
}

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3)
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`
}

function day(m: number, d: number, year: string | undefined, ref: Date | undefined) {
  if (m < 1 || d < 1 || d > 31) return null
  let y = year ? Number(year) : undefined
  if (y === undefined && ref) {
    // A year-less date names the occurrence nearest the reference: "December 6" written in January is last December.
    const candidates = [ref.getUTCFullYear() - 1, ref.getUTCFullYear(), ref.getUTCFullYear() + 1]
    y = candidates.sort((a, b) => Math.abs(Date.UTC(a, m - 1, d) - ref.getTime()) - Math.abs(Date.UTC(b, m - 1, d) - ref.getTime()))[0]
  }
  if (y === undefined) return { normalized: `XXXX-${pad(m)}-${pad(d)}`, isDay: false, isRelative: true }
  const next = new Date(Date.UTC(y, m - 1, d + 1))
  return {
    normalized: iso(y, m, d),
    interval: [iso(y, m, d), iso(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())] as const,
    isDay: true,
    isRelative: !year,
  }
}

function month(y: number, m: number) {
  if (m < 1) return null
  const endYear = m === 12 ? y + 1 : y
  const endMonth = m === 12 ? 1 : m + 1
  return { normalized: `${y}-${pad(m)}`, interval: [iso(y, m, 1), iso(endYear, endMonth, 1)] as const, isDay: false, isRelative: false }
}

function range(from: number, toText: string) {
  const to = toText.length === 2 ? Math.floor(from / 100) * 100 + Number(toText) : Number(toText)
  if (to <= from || to - from > 50) return null
  return { normalized: `${from}/${to}`, interval: [iso(from, 1, 1), iso(to + 1, 1, 1)] as const, isDay: false, isRelative: false }
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

function span(y: number | undefined, unit: string, isRelative: boolean) {
  if (y === undefined) return { normalized: `XXXX-${unit}`, isDay: false, isRelative }
  const [from, to] = unit === 'H1' ? [1, 7] : unit === 'H2' ? [7, 13] : [3 * (Number(unit[1]) - 1) + 1, 3 * Number(unit[1]) + 1]
  const end = to === 13 ? iso(y + 1, 1, 1) : iso(y, to!, 1)
  return { normalized: `${y}-${unit}`, interval: [iso(y, from!, 1), end] as const, isDay: false, isRelative }
}

function part(y: number | undefined, qualifier: string | undefined, isRelative: boolean) {
  if (y === undefined) return isRelative ? { normalized: 'XXXX', isDay: false, isRelative } : null
  const q = qualifier?.toLowerCase()
  // "early 2025" = Jan–Apr, "mid-2025" = May–Aug, "late 2025" = Sep–Dec: thirds of the year, as TimeML guidelines suggest.
  const [from, to, tag] = q === 'early' ? [1, 5, '-early'] : q?.startsWith('mid') ? [5, 9, '-mid'] : q === 'late' ? [9, 13, '-late'] : [1, 13, '']
  const end = to === 13 ? iso(y + 1, 1, 1) : iso(y, to, 1)
  return { normalized: `${y}${tag}`, interval: [iso(y, from, 1), end] as const, isDay: false, isRelative }
}
