const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// What normalizePublishedAt writes, plus the stored first-seen instants ("2026-01-02T10:00:00.000Z").
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/

/**
 * A publication date as a reader reads it, in the zone the source stated (never converted): "6 Dec 2024",
 * "6 Dec 2024, 14:05 UTC", "6 Dec 2024, 16:05 UTC+02:00", or "6 Dec 2024, 14:05" for a time the source gave
 * without a zone. An estimated date shows its day only, marked: "≈ 7 Dec 2024 (estimated)". Empty when unknown;
 * a value in any other form is shown as given.
 *
 * @example
 * formatPublishedAt('2024-12-06T14:05:00+00:00') // '6 Dec 2024, 14:05 UTC'
 */
export function formatPublishedAt(publishedAt: string | undefined | null, isEstimated = false): string {
  if (publishedAt === undefined || publishedAt === null || publishedAt === '') return ''
  const match = ISO.exec(publishedAt)
  if (!match) return isEstimated ? `≈ ${publishedAt} (estimated)` : publishedAt
  const [, year, month, day, hour, minute, zone] = match
  const date = `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`
  if (isEstimated) return `≈ ${date} (estimated)`
  if (hour === undefined) return date
  const where = zone === undefined ? '' : zone === 'Z' || zone === '+00:00' || zone === '-00:00' ? ' UTC' : ` UTC${zone}`
  return `${date}, ${hour}:${minute}${where}`
}
