import type Database from 'better-sqlite3'
import { CORPUS_COLUMNS, CORRECTION_COLUMNS, toCorpusEntry, toCorrection, type CorpusRow, type CorrectionRow } from '../rows.js'
import type { CorpusEntry, Correction } from '../store.js'

export { signatureToBytes } from '../rows.js'

export function readCorpus(db: Database.Database, afterSeq: number, limit = -1): CorpusEntry[] {
  // LIMIT -1: no limit in SQLite.
  const rows = db.prepare(`SELECT ${CORPUS_COLUMNS} FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`).all(afterSeq, limit) as CorpusRow[]
  return rows.map(toCorpusEntry)
}

export function readCorpusOf(db: Database.Database, articleIds: readonly string[]): CorpusEntry[] {
  // One statement over a JSON array: no limit on the number of ids (SQLite caps bound parameters).
  const sql = `SELECT ${CORPUS_COLUMNS} FROM articles WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY seq`
  return (db.prepare(sql).all(JSON.stringify(articleIds)) as CorpusRow[]).map(toCorpusEntry)
}

export function readCorpusOfStories(db: Database.Database, storyIds: readonly string[]): CorpusEntry[] {
  const sql = `SELECT ${CORPUS_COLUMNS} FROM articles WHERE story_id IN (SELECT value FROM json_each(?)) ORDER BY seq`
  return (db.prepare(sql).all(JSON.stringify(storyIds)) as CorpusRow[]).map(toCorpusEntry)
}

export function readCorrections(db: Database.Database): Correction[] {
  const rows = db.prepare(`SELECT ${CORRECTION_COLUMNS} FROM corrections ORDER BY id`).all() as CorrectionRow[]
  return rows.map(toCorrection)
}
