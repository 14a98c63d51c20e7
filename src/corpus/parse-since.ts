import { AppError } from '../model/index.js'

/** "2d", "12h", "30m", "1w" before `now`, or an ISO date, as an ISO 8601 instant. */
export function parseSince(value: string, now: Date): string {
  const relative = /^(\d+)\s*([mhdw])$/.exec(value.trim())
  if (relative) {
    const unitMs = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[relative[2] as 'm' | 'h' | 'd' | 'w']
    return new Date(now.getTime() - Number(relative[1]) * unitMs).toISOString()
  }
  const absolute = Date.parse(value)
  if (Number.isNaN(absolute)) throw new AppError('invalid_input', `--since: expected 2d, 12h, 30m, 1w or a date, got "${value}"`)
  return new Date(absolute).toISOString()
}
