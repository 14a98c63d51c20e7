import { monthNumber, parseDateStamp, validDate } from './parse-date-stamp.js'

// RFC 822/2822 zone names; military single letters are left out (RFC 2822 itself calls them unreliable).
const ZONES: Readonly<Record<string, string>> = {
  z: 'Z', ut: 'Z', utc: 'Z', gmt: 'Z',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
}
const ZONE = String.raw`(?:\s*(Z|[+-]\d{2}(?::?\d{2})?|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|UT|[ECMP][SD]T))?`
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([ap]\.?m\.?)?`
// "2024-12-06", "2024-12-06T14:05:00.000+0000", "2024-12-06 14:05", "2024/12/06 14:05 UTC"
const ISO = new RegExp(String.raw`^(\d{4})[-/](\d{2})[-/](\d{2})(?:(?:T|\s+)${TIME}${ZONE})?$`, 'i')
// "Fri, 06 Dec 2024 14:05:00 +0000" (RFC 2822, every RSS feed), "6 December 2024 14:05 GMT"
const DAY_MONTH = new RegExp(String.raw`^(?:[a-z]+\.?,?\s+)?(\d{1,2})\.?\s+([a-z]+)\.?,?\s+(\d{4})(?:,?\s+(?:at\s+)?${TIME}${ZONE})?$`, 'i')
// "December 6, 2024", "Dec 6, 2024 2:05 PM EST", "Friday, December 6, 2024 at 14:05"
const MONTH_DAY = new RegExp(String.raw`^(?:[a-z]+\.?,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?${TIME}${ZONE})?$`, 'i')
// Unix time in seconds or milliseconds (some CMSs put it in a meta tag); 2001-09-09 onwards, so no year is misread.
const EPOCH = /^(\d{10}|\d{13})$/

/**
 * A publication date from page metadata, a feed, JSON Lines, front-matter or an API client, as ISO 8601:
 * - a date with a time and a zone keeps its own offset: "Fri, 06 Dec 2024 14:05:00 +0000" and
 *   "2024-12-06T14:05:00+0000" → "2024-12-06T14:05:00+00:00"; "…Z", "GMT", "UTC" → "…Z"; "EST" → "-05:00";
 * - a date alone stays a date: "6 December 2024" → "2024-12-06";
 * - a time without a zone stays local time, with no zone invented: "2024-12-06 14:05" → "2024-12-06T14:05:00".
 *   The page did not say whose 14:05 it is; converting with the server's zone would state a wrong instant as fact.
 *   Consumers that need an instant (Date.parse) read it as the machine's local time.
 * Fractions of a second are dropped. Anything else (empty, "yesterday", "11/12/19") → undefined.
 * Idempotent: a normalized value comes back unchanged.
 *
 * @example
 * normalizePublishedAt('Fri, 06 Dec 2024 14:05:00 +0000') // '2024-12-06T14:05:00+00:00'
 */
export function normalizePublishedAt(value: string): string | undefined {
  const text = value.trim().replace(/\s+/g, ' ')
  if (text === '') return undefined
  const epoch = EPOCH.exec(text)
  if (epoch?.[1]) return new Date(Number(epoch[1]) * (epoch[1].length === 10 ? 1000 : 1)).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const iso = ISO.exec(text)
  if (iso) return compose(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso.slice(4))
  const dayMonth = DAY_MONTH.exec(text)
  if (dayMonth) return compose(Number(dayMonth[3]), monthNumber(dayMonth[2]), Number(dayMonth[1]), dayMonth.slice(4))
  const monthDay = MONTH_DAY.exec(text)
  if (monthDay) return compose(Number(monthDay[3]), monthNumber(monthDay[1]), Number(monthDay[2]), monthDay.slice(4))
  // A date stamp inside other words ("Published 6 Dec 2024, updated …"): its day, and no time that might be the update's.
  return parseDateStamp(text)
}

/** "YYYY-MM-DD", plus "THH:MM:SS" and a zone when given; undefined when any part is out of range. */
function compose(year: number, month: number, day: number, [hour, minute, second, meridiem, zone]: (string | undefined)[]): string | undefined {
  const date = validDate(year, month, day)
  if (date === undefined || hour === undefined || minute === undefined) return date
  let h = Number(hour)
  if (meridiem !== undefined) {
    if (h < 1 || h > 12) return undefined
    h = (h % 12) + (/^p/i.test(meridiem) ? 12 : 0)
  }
  const m = Number(minute)
  const s = second === undefined ? 0 : Number(second)
  if (h > 23 || m > 59 || s > 59) return undefined
  const offset = zone === undefined ? '' : zoneOffset(zone)
  if (offset === undefined) return undefined
  return `${date}T${pad(h)}:${pad(m)}:${pad(s)}${offset}`
}

/** "+0000" → "+00:00", "+01" → "+01:00", "GMT+2" → "+02:00", "Z"/"UTC" → "Z", "EST" → "-05:00". */
function zoneOffset(zone: string): string | undefined {
  const named = ZONES[zone.toLowerCase()]
  if (named !== undefined) return named
  const numeric = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone)
  if (!numeric) return undefined
  const hours = Number(numeric[2])
  const minutes = Number(numeric[3] ?? 0)
  if (hours > 14 || minutes > 59) return undefined
  return `${numeric[1]}${pad(hours)}:${pad(minutes)}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
