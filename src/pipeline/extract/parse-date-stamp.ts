const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?'
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i')
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i')
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/

/**
 * The calendar date in a visible date stamp, as "YYYY-MM-DD", or undefined. Only unambiguous forms:
 * "PUBLISHED: 10:48, Tue, Nov 19, 2019" → "2019-11-19", "6 December 2024" → "2024-12-06", "2024-12-06".
 * Numeric day/month forms ("11/12/19") are skipped: US and European pages read them differently.
 */
export function parseDateStamp(text: string): string | undefined {
  const iso = text.match(ISO)
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const monthFirst = text.match(MONTH_FIRST)
  if (monthFirst) return validDate(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]))
  const dayFirst = text.match(DAY_FIRST)
  if (dayFirst) return validDate(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]))
  return undefined
}

export function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').slice(0, 3).toLowerCase()] ?? 0
}

export function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
