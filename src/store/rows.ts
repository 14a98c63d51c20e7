import type { CorpusEntry, Correction } from './store.js'

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

/** Copies, so the array is aligned and owns its memory (a Buffer may be a view into a shared pool). */
export function signatureFromBytes(bytes: Buffer): Uint32Array {
  const copy = new Uint8Array(bytes.byteLength)
  copy.set(bytes)
  return new Uint32Array(copy.buffer, 0, copy.byteLength >> 2)
}

export function signatureToBytes(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength)
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
