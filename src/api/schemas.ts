import { z } from 'zod'
import { normalizePublishedAt } from '../pipeline/extract/index.js'
import { decodeStoryCursor } from './story-cursor.js'

/** 20 articles per comparison: a story rarely has more outlets worth reading side by side, and analysis is CPU-bound (~50 ms an article). */
export const MAX_COMPARE_ARTICLES = 20
/**
 * Article text one comparison may hold, summed over its articles (about 400 pages; a news story's 20 articles
 * hold a tenth of it). Alignment compares sentences pairwise: a request must not hold the server for minutes.
 */
export const MAX_COMPARE_CHARS = 2_000_000
/**
 * Bytes a comparison request may send (the JSON body or the form; each fetched URL too): 8 MiB holds
 * MAX_COMPARE_CHARS of text in any script (up to 3 bytes a character in UTF-8) or 20 news pages of ~400 KB of
 * HTML. Checked on Content-Length before the body is read, and while it streams.
 */
export const MAX_COMPARE_BODY_BYTES = 8 * 1024 * 1024

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
  .max(2048, 'URLs longer than 2048 characters are not accepted')

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date or date-time')

/** A publication date, normalized as every other source's is: "2024-12-06T14:05:00+01:00", "2024-12-06", RFC 2822. */
const publishedDate = z
  .string()
  .transform((s, ctx) => normalizePublishedAt(s) ?? (ctx.addIssue({ code: 'custom', message: 'must be a date: ISO 8601 (2024-12-06, 2024-12-06T14:05:00Z) or RFC 2822' }), z.NEVER))

const outlet = z.string().trim().min(1).max(200)

/**
 * One article as a client gives it: exactly one of `text` (plain text), `html` (a page) or `url` (fetched
 * through the SSRF-guarded fetcher). With `text` or `html`, `url` may be added as metadata: where the
 * article was published; it is then not fetched.
 */
export const ArticleInput = z
  .strictObject({
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    url: httpUrl.optional(),
    outlet: outlet.optional(),
    title: z.string().trim().min(1).max(1000).optional(),
    publishedAt: publishedDate.optional(),
  })
  .refine((a) => !(a.text !== undefined && a.html !== undefined), { error: 'give either text or html, not both' })
  .refine((a) => a.text !== undefined || a.html !== undefined || a.url !== undefined, { error: 'give one of text, html or url' })
export type ArticleInput = z.infer<typeof ArticleInput>

/** Body of POST /api/compare. */
export const CompareRequest = z.strictObject({
  articles: z.array(ArticleInput).min(1, 'give at least one article').max(MAX_COMPARE_ARTICLES, `at most ${MAX_COMPARE_ARTICLES} articles per comparison`),
  /** The language facts and the brief are shown in when an outlet wrote in it (`--lang` of `parallax compare`). */
  language: z.string().regex(/^[a-z]{2,3}$/, 'a language code such as en, uk, ru, pl').optional(),
})
export type CompareRequest = z.infer<typeof CompareRequest>

/** Stories on a page of GET /api/stories when the client names no `limit`: ~1 KB of JSON each (issue 19). */
export const DEFAULT_STORIES_LIMIT = 20

/** The `after` cursor of a story-list page (the `next` link of the page before), decoded. */
export const StoryCursorParam = z
  .string()
  .transform((s, ctx) => decodeStoryCursor(s) ?? (ctx.addIssue({ code: 'custom', message: 'not a story-list cursor: use the "next" link of the page before' }), z.NEVER))

/** Query of GET /api/stories. */
export const StoriesQuery = z.strictObject({
  since: isoDate.optional(),
  q: z.string().trim().min(1).max(500).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  /** The page after this cursor (the `next` link of the page before). */
  after: StoryCursorParam.optional(),
  /** "1": only stories that are a blindspot under some group kind of the outlet registry. */
  blindspots: z.literal('1', { error: '"blindspots" must be 1 or absent' }).optional(),
})
export type StoriesQuery = z.infer<typeof StoriesQuery>

/** Story ids are "s" plus hex (see ingest); a prefix is accepted, so only the alphabet is checked. */
export const StoryId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'story ids are letters, digits, "-" and "_"')
