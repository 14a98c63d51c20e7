import { createRequire } from 'node:module'
import type * as Yaml from 'yaml'
import type { RawDocument, Skipped } from '../../model/index.js'

/**
 * Front-matter fields and the RawDocument field each fills: ours, and the names static-site generators and feeds
 * use for the same things (`date` and `publishDate` in Jekyll and Hugo, `published`, `author`, `link`).
 */
const FIELDS = {
  outlet: 'outlet',
  publishedAt: 'publishedAt',
  date: 'publishedAt',
  published: 'publishedAt',
  publishDate: 'publishedAt',
  url: 'url',
  link: 'url',
  title: 'title',
  byline: 'byline',
  author: 'byline',
} as const

// "---" on the first line, YAML, then "---" (or YAML's "...") on a line of its own.
const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m

/**
 * Reads YAML front-matter at the top of a plain-text document into its metadata:
 *
 * ```
 * ---
 * outlet: Kyiv Post
 * publishedAt: 2024-12-06
 * url: https://www.kyivpost.com/post/42
 * title: Lukashenko asks Putin for Oreshnik
 * ---
 * Body…
 * ```
 *
 * The content is kept whole: the block is input[0, bodyStart), which the cleaner records as a 'front-matter'
 * removal, so body offsets still point into the input. What the user or a container already gave (`--outlet`,
 * a JSON Lines field) wins over the front-matter. A field the reader cannot use (a date that is no date, a URL
 * that is not http) makes the document a Skipped naming the field: a wrong date must not pass unnoticed.
 * Fields other than those of FIELDS are ignored; a block of such fields alone is front-matter all the same, when its
 * keys are written as generators write them ("layout: post"). Rules around a paragraph are no front-matter.
 *
 * @example readFrontMatter({ source: 'a.txt', format: 'text', content: '---\noutlet: KP\n---\nBody.' }) // { document: { …, outlet: 'KP' }, bodyStart: 16 }
 */
export function readFrontMatter(raw: RawDocument): { document: RawDocument; bodyStart: number } | Skipped {
  const none = { document: raw, bodyStart: 0 }
  if (raw.format !== 'text') return none
  const match = BLOCK.exec(raw.content.slice(0, 64 * 1024))
  if (!match || match.index !== 0) return none
  const yaml = match[1] ?? ''
  const fail = (message: string): Skipped => ({ kind: 'skipped', source: raw.source, reason: 'parse-failed', message: `${raw.source}: front-matter: ${message}` })
  const names = Object.keys(FIELDS).join('|')
  const isMeant = new RegExp(`^(?:${names})[ \\t]*:`, 'm').test(yaml)
  // The YAML parser loads with the first front-matter block, not with the pipeline (most texts have none).
  const parsed = (createRequire(import.meta.url)('yaml') as typeof Yaml).parseDocument(yaml, { prettyErrors: false })
  if (parsed.errors.length > 0) return isMeant ? fail(`not valid YAML: ${parsed.errors[0]?.message.split('\n')[0]}`) : none
  const value: unknown = parsed.toJS()
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return none
  const record = value as Record<string, unknown>
  const found: Partial<Record<(typeof FIELDS)[keyof typeof FIELDS], string>> = {}
  for (const [name, field] of Object.entries(FIELDS)) {
    const given = record[name]
    if (given === undefined || given === null || given === '') continue
    // `title: 1984` is a number in YAML; a list or a mapping is no title.
    if (typeof given !== 'string' && typeof given !== 'number') return fail(`${name} must be text, not ${Array.isArray(given) ? 'a list' : typeof given}`)
    const text = String(given).trim()
    if (field === 'publishedAt' && !isIsoDate(text)) return fail(`${name} "${text}" is not a date (write 2024-12-06 or 2024-12-06T14:30:00+02:00)`)
    if (field === 'url' && !/^https?:\/\/[^\s/]+/i.test(text)) return fail(`url "${text}" is not an http(s) URL`)
    if (found[field] !== undefined) return fail(`${name} repeats another field that gives the ${field}: keep one`)
    found[field] = text
  }
  // A block of keys none of which we use is still a site generator's front-matter ("layout: post", "tags: […]"):
  // metadata, not body. Keys as such generators write them (lower-case names) tell it from a text that opens
  // with a rule and a "Note: …" line.
  if (Object.keys(found).length === 0) return Object.keys(record).every((key) => /^[a-z][A-Za-z0-9_-]*$/.test(key)) ? { document: raw, bodyStart: match[0].length } : none
  const document: RawDocument = {
    ...raw,
    ...(raw.outlet === undefined && found.outlet !== undefined ? { outlet: found.outlet } : {}),
    ...(raw.publishedAt === undefined && found.publishedAt !== undefined ? { publishedAt: found.publishedAt } : {}),
    ...(raw.url === undefined && found.url !== undefined ? { url: found.url } : {}),
    ...(raw.title === undefined && found.title !== undefined ? { title: found.title } : {}),
    ...(raw.byline === undefined && found.byline !== undefined ? { byline: found.byline } : {}),
  }
  return { document, bodyStart: match[0].length }
}

/** ISO 8601 calendar date, optionally with a time and zone; a day that does not exist (2024-02-30) is no date. */
function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  const isDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  const isTime = m[4] === undefined || (Number(m[4]) < 24 && Number(m[5]) < 60 && (m[6] === undefined || Number(m[6]) < 60))
  return isDay && isTime
}
