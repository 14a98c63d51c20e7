/**
 * The calendar values date expressions normalise to, whatever their language: days, months, halves, quarters,
 * thirds ("early", "mid", "late") and spans of years, as half-open ISO intervals.
 */
import type { DateMention } from './dates.js'

export type DateValue = Omit<DateMention, 'start' | 'end' | 'text'>

/**
 * One date pattern: a global regex and the value its match stands for (null: not a date after all). `text` is
 * the text as written; the match may be on its case-folded copy (local-dates.ts).
 */
export interface DatePattern {
  readonly re: RegExp
  readonly parse: (m: RegExpExecArray, ref: Date | undefined, text: string) => DateValue | null
  /**
   * Words the span takes in when they come just before the match ("в" of "в 2025 году"), matching up to the end of
   * the text before it. Checked after a match rather than tried at every position: that made the patterns 7× slower.
   */
  readonly lead?: RegExp
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`
}

/** Day `d` of month `m` (1–12); `year` written in the text, else the occurrence nearest the reference. */
export function day(m: number, d: number, year: string | undefined, ref: Date | undefined): DateValue | null {
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

export function month(y: number, m: number): DateValue | null {
  if (m < 1) return null
  const endYear = m === 12 ? y + 1 : y
  const endMonth = m === 12 ? 1 : m + 1
  return { normalized: `${y}-${pad(m)}`, interval: [iso(y, m, 1), iso(endYear, endMonth, 1)] as const, isDay: false, isRelative: false }
}

/** "2024-2026", "2024–26": whole years, at most 50 of them. */
export function range(from: number, toText: string): DateValue | null {
  const to = toText.length === 2 ? Math.floor(from / 100) * 100 + Number(toText) : Number(toText)
  if (to <= from || to - from > 50) return null
  return { normalized: `${from}/${to}`, interval: [iso(from, 1, 1), iso(to + 1, 1, 1)] as const, isDay: false, isRelative: false }
}

/** A half ("H1", "H2") or quarter ("Q1".."Q4") of a year; "XXXX-H2" when the year is unknown. */
export function span(y: number | undefined, unit: string, isRelative: boolean): DateValue {
  if (y === undefined) return { normalized: `XXXX-${unit}`, isDay: false, isRelative }
  const [from, to] = unit === 'H1' ? [1, 7] : unit === 'H2' ? [7, 13] : [3 * (Number(unit[1]) - 1) + 1, 3 * Number(unit[1]) + 1]
  const end = to === 13 ? iso(y + 1, 1, 1) : iso(y, to!, 1)
  return { normalized: `${y}-${unit}`, interval: [iso(y, from!, 1), end] as const, isDay: false, isRelative }
}

/** A year, or a third of it: `qualifier` "early", "mid"/"mid-", "late" (any case), or none for the whole year. */
export function part(y: number | undefined, qualifier: string | undefined, isRelative: boolean): DateValue | null {
  if (y === undefined) return isRelative ? { normalized: 'XXXX', isDay: false, isRelative } : null
  const q = qualifier?.toLowerCase()
  // "early 2025" = Jan–Apr, "mid-2025" = May–Aug, "late 2025" = Sep–Dec: thirds of the year, as TimeML guidelines suggest.
  const [from, to, tag] = q === 'early' ? [1, 5, '-early'] : q?.startsWith('mid') ? [5, 9, '-mid'] : q === 'late' ? [9, 13, '-late'] : [1, 13, '']
  const end = to === 13 ? iso(y + 1, 1, 1) : iso(y, to, 1)
  return { normalized: `${y}${tag}`, interval: [iso(y, from, 1), end] as const, isDay: false, isRelative }
}
