import type { Queryable } from './queryable.js'
import type { CorpusEntry, Correction } from '../store.js'

interface CorpusRow {
  seq: string
  article_id: string
  story_id: string
  duplicate_group: string
  wire: string | null
  outlet: string
  published_at: string | null
  signature: Buffer
  terms: string
}

export async function readCorpus(db: Queryable, afterSeq: number): Promise<CorpusEntry[]> {
  const { rows } = await db.query<CorpusRow>(
    'SELECT seq, article_id, story_id, duplicate_group, wire, outlet, published_at, signature, terms FROM articles WHERE seq > $1 ORDER BY seq',
    [afterSeq],
  )
  return rows.map((r) => ({
    seq: Number(r.seq),
    articleId: r.article_id,
    storyId: r.story_id,
    duplicateGroup: r.duplicate_group,
    wire: r.wire,
    outlet: r.outlet,
    publishedAt: r.published_at,
    signature: signatureFromBytes(r.signature),
    terms: JSON.parse(r.terms) as [string, number][],
  }))
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

interface CorrectionRow {
  id: string
  kind: 'merge' | 'split'
  story_id: string
  article_ids: string
  created_at: string
}

export async function readCorrections(db: Queryable, onlyId?: number): Promise<Correction[]> {
  const { rows } =
    onlyId === undefined
      ? await db.query<CorrectionRow>('SELECT id, kind, story_id, article_ids, created_at FROM corrections ORDER BY id')
      : await db.query<CorrectionRow>('SELECT id, kind, story_id, article_ids, created_at FROM corrections WHERE id = $1', [onlyId])
  return rows.map((r) => ({ id: Number(r.id), kind: r.kind, storyId: r.story_id, articleIds: JSON.parse(r.article_ids) as string[], createdAt: r.created_at }))
}
