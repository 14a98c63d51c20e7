import { CORPUS_COLUMNS, CORRECTION_COLUMNS, toCorpusEntry, toCorrection, type CorpusRow, type CorrectionRow } from '../rows.js'
import type { CorpusEntry, Correction } from '../store.js'
import type { Queryable } from './queryable.js'

export { signatureToBytes } from '../rows.js'

export async function readCorpus(db: Queryable, afterSeq: number, limit: number | null = null): Promise<CorpusEntry[]> {
  // LIMIT NULL: no limit in PostgreSQL.
  const { rows } = await db.query<CorpusRow>(`SELECT ${CORPUS_COLUMNS} FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2`, [afterSeq, limit])
  return rows.map(toCorpusEntry)
}

export async function readCorpusOf(db: Queryable, articleIds: readonly string[]): Promise<CorpusEntry[]> {
  const { rows } = await db.query<CorpusRow>(`SELECT ${CORPUS_COLUMNS} FROM articles WHERE article_id = ANY($1::text[]) ORDER BY seq`, [articleIds])
  return rows.map(toCorpusEntry)
}

export async function readCorpusOfStories(db: Queryable, storyIds: readonly string[]): Promise<CorpusEntry[]> {
  const { rows } = await db.query<CorpusRow>(`SELECT ${CORPUS_COLUMNS} FROM articles WHERE story_id = ANY($1::text[]) ORDER BY seq`, [storyIds])
  return rows.map(toCorpusEntry)
}

export async function readCorrections(db: Queryable, onlyId?: number): Promise<Correction[]> {
  const { rows } =
    onlyId === undefined
      ? await db.query<CorrectionRow>(`SELECT ${CORRECTION_COLUMNS} FROM corrections ORDER BY id`)
      : await db.query<CorrectionRow>(`SELECT ${CORRECTION_COLUMNS} FROM corrections WHERE id = $1`, [onlyId])
  return rows.map(toCorrection)
}
