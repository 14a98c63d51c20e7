import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, test } from 'vitest'
import { buildCli } from '../cli/built-cli.js'
import { writeSyntheticCorpus } from './synthetic-corpus.js'

const root = mkdtempSync(join(tmpdir(), 'parallax-ingest-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
// The built CLI, as users run it (test/cli/built-cli.ts: one build shared by every test file): a child started
// from source through tsx spent most of its time compiling.
const CLI = [buildCli()]

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function inspect(db: string) {
  const d = new Database(db, { readonly: true })
  try {
    return {
      articles: (d.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n,
      distinctContent: (d.prepare('SELECT COUNT(DISTINCT content_hash) AS n FROM revisions').get() as { n: number }).n,
      revisions: (d.prepare('SELECT COUNT(*) AS n FROM revisions').get() as { n: number }).n,
      sources: (d.prepare('SELECT COUNT(*) AS n FROM article_sources').get() as { n: number }).n,
      storyless: (d.prepare('SELECT COUNT(*) AS n FROM articles WHERE story_id NOT IN (SELECT story_id FROM stories)').get() as { n: number }).n,
      integrity: (d.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check,
    }
  } finally {
    d.close()
  }
}

describe('parallax ingest', () => {
  test('is idempotent, records copies and revisions, and never duplicates', () => {
    const dir = join(root, 'small')
    const paths = writeSyntheticCorpus(dir, 40)
    const db = join(root, 'small.db')
    const first = cli(['ingest', dir, '--db', db])
    expect(first.code).toBe(0)
    expect(first.stderr).toMatch(/40 read, 40 new, 0 revised, 0 unchanged, 0 copies, 0 skipped/)
    const again = cli(['ingest', dir, '--db', db])
    expect(again.stderr).toMatch(/40 read, 0 new, 0 revised, 40 unchanged/)
    // An exact copy elsewhere is the same article; a changed file is a new revision of it.
    const copy = join(root, 'copy.txt')
    writeFileSync(copy, readFileSync(paths[0] ?? ''))
    writeFileSync(paths[1] ?? '', `${readFileSync(paths[1] ?? '', 'utf8')}\n\nUpdate: officials corrected the figures.`)
    const third = cli(['ingest', dir, copy, '--db', db])
    expect(third.stderr).toMatch(/41 read, 0 new, 1 revised, 39 unchanged, 1 copies/)
    expect(inspect(db)).toEqual({ articles: 40, distinctContent: 41, revisions: 41, sources: 41, storyless: 0, integrity: 'ok' })
  })

  test('survives kill -9 mid-run: the rerun stores everything exactly once', async () => {
    const dir = join(root, 'big')
    writeSyntheticCorpus(dir, 3000)
    const db = join(root, 'big.db')
    const killed = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [...CLI, 'ingest', dir, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] })
      child.stderr.on('data', (chunk: Buffer) => {
        // After the first committed batch, the next one is in flight: kill it there.
        if (/\d+ new/.test(chunk.toString())) child.kill('SIGKILL')
      })
      child.on('exit', (_code, signal) => resolve(signal === 'SIGKILL' ? 1 : 0))
    })
    expect(killed).toBe(1)
    const afterKill = inspect(db)
    expect(afterKill.integrity).toBe('ok')
    // Batches are atomic: a multiple of 500 articles, never a half-written batch.
    expect(afterKill.articles % 500).toBe(0)
    expect(afterKill.articles).toBeLessThan(3000)
    const rerun = cli(['ingest', dir, '--db', db])
    expect(rerun.code).toBe(0)
    expect(rerun.stderr).toContain(`3000 read, ${3000 - afterKill.articles} new, 0 revised, ${afterKill.articles} unchanged`)
    expect(inspect(db)).toEqual({ articles: 3000, distinctContent: 3000, revisions: 3000, sources: 3000, storyless: 0, integrity: 'ok' })
  })

  test('two ingests at once on one file: each article once, every article in one story', async () => {
    const dir = join(root, 'shared')
    writeSyntheticCorpus(dir, 1200)
    const db = join(root, 'shared.db')
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [...CLI, 'ingest', dir, '--db', db, '--quiet'], { stdio: 'ignore' })
        child.on('exit', (code) => resolve(code))
      })
    expect(await Promise.all([run(), run()])).toEqual([0, 0])
    expect(inspect(db)).toEqual({ articles: 1200, distinctContent: 1200, revisions: 1200, sources: 1200, storyless: 0, integrity: 'ok' })
  })
})

describe('parallax ingest: faults give a clear error and damage nothing', () => {
  test('a corrupt database file', () => {
    const db = join(root, 'corrupt.db')
    const garbage = Buffer.from('this is not a database '.repeat(300))
    writeFileSync(db, garbage)
    const r = cli(['ingest', join(root, 'small'), '--db', db])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('is corrupt or not a Parallax database')
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(readFileSync(db).equals(garbage)).toBe(true)
  })

  test('a damaged database (valid header, garbage pages) is reported, and the file is left as it was', () => {
    const db = join(root, 'damaged.db')
    const dir = join(root, 'damaged-input')
    const [first] = writeSyntheticCorpus(dir, 200)
    expect(cli(['ingest', dir, '--db', db]).code).toBe(0)
    const checkpoint = new Database(db)
    checkpoint.pragma('wal_checkpoint(TRUNCATE)')
    checkpoint.close()
    const bytes = readFileSync(db)
    // Keep page 1 (header and schema), overwrite every later page.
    for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff
    writeFileSync(db, bytes)
    const copy = join(root, 'damaged-copy.txt')
    writeFileSync(copy, `${readFileSync(first ?? '', 'utf8')} New paragraph.`)
    const r = cli(['ingest', copy, '--db', db])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('is corrupt or not a Parallax database')
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(readFileSync(db).equals(bytes)).toBe(true)
  })

  test('a database locked by another writer', () => {
    const db = join(root, 'locked.db')
    expect(cli(['ingest', join(root, 'small'), '--db', db]).code).toBe(0)
    const holder = new Database(db)
    holder.exec('BEGIN IMMEDIATE')
    try {
      const r = cli(['ingest', join(root, 'copy.txt'), '--db', db], { PARALLAX_BUSY_TIMEOUT_MS: '200' })
      expect(r.code).toBe(1)
      expect(r.stderr).toContain('is locked by another process')
      expect(r.stderr).not.toMatch(/\n\s+at /)
    } finally {
      holder.exec('ROLLBACK')
      holder.close()
    }
    expect(inspect(db)).toMatchObject({ articles: 40, integrity: 'ok' })
  })
})
