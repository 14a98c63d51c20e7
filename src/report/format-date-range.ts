import { formatPublishedAt } from './format-published-at.js'

/**
 * The days a set of dates spans, for a story's header or list entry: "6 Dec 2024", "6 Dec 2024 – 7 Dec 2024";
 * empty when none is a date. Days are read as the sources wrote them (the first ten characters of ISO 8601).
 *
 * @example
 * formatDateRange(['2024-12-07T09:30:00Z', '2024-12-06']) // '6 Dec 2024 – 7 Dec 2024'
 */
export function formatDateRange(dates: readonly (string | null | undefined)[]): string {
  const days = dates.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d)).map((d) => d.slice(0, 10)).sort()
  const first = days[0]
  const last = days.at(-1)
  if (first === undefined || last === undefined) return ''
  return first === last ? formatPublishedAt(first) : `${formatPublishedAt(first)} – ${formatPublishedAt(last)}`
}
