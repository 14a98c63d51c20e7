import { AppError } from '../model/index.js'
import type { CorpusEntry, Correction, StoredArticle, StoryDetail, StoryMember, StorySummary } from './store.js'

/**
 * Row shapes and their mapping to store types, shared by the SQLite and PostgreSQL stores: both select the same
 * columns; only the driver differs (PostgreSQL returns BIGINT as a string).
 */
export interface CorpusRow {
  seq: number | string
  article_id: string
  story_id: string
  duplicate_group: string
  wire: string | null
  outlet: string
  published_at: string | null
  signature: Buffer
  terms: string
}

export const CORPUS_COLUMNS = 'seq, article_id, story_id, duplicate_group, wire, outlet, published_at, signature, terms'

export function toCorpusEntry(r: CorpusRow): CorpusEntry {
  return {
    seq: Number(r.seq),
    articleId: r.article_id,
    storyId: r.story_id,
    duplicateGroup: r.duplicate_group,
    wire: r.wire,
    outlet: r.outlet,
    publishedAt: r.published_at,
    signature: signatureFromBytes(r.signature),
    terms: JSON.parse(r.terms) as [string, number][],
  }
}

/** The same bytes as a Buffer, not copied (what the drivers bind as a BLOB / BYTEA). */
export function bufferOf(bytes: ArrayBufferView): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Copies, so the array is aligned and owns its memory (a Buffer may be a view into a shared pool). */
export function signatureFromBytes(bytes: Buffer): Uint32Array {
  const copy = new Uint8Array(bytes.byteLength)
  copy.set(bytes)
  return new Uint32Array(copy.buffer, 0, copy.byteLength >> 2)
}

export function signatureToBytes(signature: Uint32Array): Buffer {
  return bufferOf(signature)
}

export interface CorrectionRow {
  id: number | string
  kind: 'merge' | 'split'
  story_id: string
  article_ids: string
  created_at: string
}

export const CORRECTION_COLUMNS = 'id, kind, story_id, article_ids, created_at'

export function toCorrection(r: CorrectionRow): Correction {
  return { id: Number(r.id), kind: r.kind, storyId: r.story_id, articleIds: JSON.parse(r.article_ids) as string[], createdAt: r.created_at }
}

/** 100 stories: a screenful or two; `--json` users page with --since. */
export const DEFAULT_STORY_LIMIT = 100

export interface MemberRow {
  article_id: string
  story_id: string
  title: string
  headline_score: number | null
  outlet: string
  wire: string | null
  duplicate_group: string
  published_at: string | null
  first_seen_at: string
  language: string
}

export type StoredArticleRow = MemberRow & {
  revision: number
  format: 'text' | 'html'
  content: string
  text: string
  source: string
  url: string | null
}

export const MEMBER_COLUMNS = `a.article_id, a.story_id, r.title, r.headline_score, a.outlet, a.wire, a.duplicate_group, a.published_at, a.first_seen_at, a.language`
export const SEEN = `COALESCE(a.published_at, a.first_seen_at)`

/** The story an id or unique id prefix names, from up to a few candidate ids; null when none. */
export function pickStoryId(ids: readonly { story_id: string }[], idOrPrefix: string): string | null {
  const exact = ids.find((r) => r.story_id === idOrPrefix)
  if (ids.length > 1 && exact === undefined) {
    throw new AppError('invalid_input', `story id "${idOrPrefix}" is ambiguous: ${ids.map((r) => r.story_id).join(', ')}`)
  }
  return exact?.story_id ?? ids[0]?.story_id ?? null
}

/** A story row as the list reads it (migration 6): the view stored when the story last changed (story-view.ts). */
export interface StoryRow {
  story_id: string
  title: string
  first_seen: string
  last_seen: string
  members: string
  version: string
}

export const STORY_COLUMNS = 'story_id, title, first_seen, last_seen, members, version'

export function toStorySummary(r: StoryRow): StorySummary {
  return { storyId: r.story_id, title: r.title, firstSeen: r.first_seen, lastSeen: r.last_seen, version: r.version, members: JSON.parse(r.members) as StoryMember[] }
}

/** Every outlet whose copy was stored as each article, in storage order, without repeats. */
export function groupOutlets(rows: readonly { article_id: string; outlet: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const r of rows) {
    const list = out.get(r.article_id) ?? []
    if (!list.includes(r.outlet)) list.push(r.outlet)
    out.set(r.article_id, list)
  }
  return out
}

export function toStoryDetail(storyId: string, version: string, rows: readonly StoredArticleRow[], outlets: ReadonlyMap<string, string[]>): StoryDetail {
  const articles: StoredArticle[] = rows.map((r) => ({
    ...toMember(r, outlets),
    source: r.source,
    url: r.url,
    language: r.language,
    revision: r.revision,
    format: r.format,
    content: r.content,
    text: r.text,
  }))
  const seen = articles.map((a) => a.publishedAt ?? a.firstSeenAt).sort()
  return { storyId, title: storyTitle(articles), firstSeen: seen[0] ?? '', lastSeen: seen.at(-1) ?? '', version, articles }
}

/**
 * The most neutral headline: lowest headline score, then one in English (the reports' default language: a story
 * told in several languages is listed under its English headline where one is as neutral), then the one more
 * outlets carry, then the earliest; without any headline, the first member's title (today's earliest article). The
 * same order as the comparison report's title (pipeline/headlines mostNeutralTitle), from the stored score: the
 * store does not run the detector.
 */
export function storyTitle(members: readonly StoryMember[]): string {
  let best: StoryMember | undefined
  for (const m of members) {
    if (m.headlineScore === null || m.title.trim() === '') continue
    if (best === undefined || isBetterTitle(m, best)) best = m
  }
  return (best ?? members[0])?.title ?? ''
}

/** The reports' default language: the stored title is the one a reader of the default report sees. */
const TITLE_LANGUAGE = 'en'

function isBetterTitle(m: StoryMember, best: StoryMember): boolean {
  if (m.headlineScore !== best.headlineScore) return m.headlineScore! < best.headlineScore!
  if ((m.language === TITLE_LANGUAGE) !== (best.language === TITLE_LANGUAGE)) return m.language === TITLE_LANGUAGE
  if (m.outlets.length !== best.outlets.length) return m.outlets.length > best.outlets.length
  const seen = (x: StoryMember): string => x.publishedAt ?? x.firstSeenAt
  return seen(m) < seen(best)
}

export function toMember(r: MemberRow, outlets: ReadonlyMap<string, string[]>): StoryMember {
  return {
    articleId: r.article_id,
    title: r.title,
    headlineScore: r.headline_score,
    outlet: r.outlet,
    outlets: outlets.get(r.article_id) ?? [r.outlet],
    wire: r.wire,
    duplicateGroup: r.duplicate_group,
    publishedAt: r.published_at,
    firstSeenAt: r.first_seen_at,
    language: r.language,
  }
}
