import type Database from 'better-sqlite3'
import type { CorpusEntry, Correction } from '../store.js'

interface CorpusRow {
  seq: number
  article_id: string
  story_id: string
  duplicate_group: string
  wire: string | null
  outlet: string
  published_at: string | null
  signature: Buffer
  terms: string
}

export function readCorpus(db: Database.Database, afterSeq: number): CorpusEntry[] {
  const rows = db
    .prepare('SELECT seq, article_id, story_id, duplicate_group, wire, outlet, published_at, signature, terms FROM articles WHERE seq > ? ORDER BY seq')
    .all(afterSeq) as CorpusRow[]
  return rows.map((r) => ({
    seq: r.seq,
    articleId: r.article_id,
    storyId: r.story_id,
    duplicateGroup: r.duplicate_group,
    wire: r.wire,
    outlet: r.outlet,
    publishedAt: r.published_at,
    signature: signatureFromBlob(r.signature),
    terms: JSON.parse(r.terms) as [string, number][],
  }))
}

/** Copies, so the array is aligned and owns its memory (a Buffer may be a view into a shared pool). */
export function signatureFromBlob(blob: Buffer): Uint32Array {
  const copy = new Uint8Array(blob.byteLength)
  copy.set(blob)
  return new Uint32Array(copy.buffer, 0, copy.byteLength >> 2)
}

export function signatureToBlob(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength)
}

interface CorrectionRow {
  id: number
  kind: 'merge' | 'split'
  story_id: string
  article_ids: string
  created_at: string
}

export function readCorrections(db: Database.Database): Correction[] {
  const rows = db.prepare('SELECT id, kind, story_id, article_ids, created_at FROM corrections ORDER BY id').all() as CorrectionRow[]
  return rows.map((r) => ({ id: r.id, kind: r.kind, storyId: r.story_id, articleIds: JSON.parse(r.article_ids) as string[], createdAt: r.created_at }))
}
