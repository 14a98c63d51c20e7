import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, test } from 'vitest'
import { buildCli } from '../cli/built-cli.js'
import { syntheticArticle } from './synthetic-corpus.js'

// The built CLI, as users run it (test/cli/built-cli.ts: one build shared by every test file): a child started
// from source through tsx spent most of its time compiling.
const CLI = [buildCli()]
const root = mkdtempSync(join(tmpdir(), 'parallax-concurrent-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('concurrent writers on one SQLite file', () => {
  test('four ingests at once into a new file: each waits its turn, none fails, every article is stored once and settled', async () => {
    const db = join(root, 'shared.db')
    // 500 articles per process, different events each (issue 16: one of four exited "database is locked" and its 500 were missing).
    const dirs = [0, 1, 2, 3].map((p) => {
      const dir = join(root, `input-${p}`)
      mkdirSync(dir)
      for (let i = 0; i < 500; i++) writeFileSync(join(dir, `${i}.txt`), syntheticArticle(1000 * (p + 1) + Math.floor(i / 20), 10_000 * p + i))
      return dir
    })
    const run = (dir: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [...CLI, 'ingest', dir, '--db', db, '--jobs', '0', '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] })
        let stderr = ''
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
        child.on('exit', (code) => resolve({ code, stderr }))
      })
    const results = await Promise.all(dirs.map(run))
    expect(results).toEqual(dirs.map(() => ({ code: 0, stderr: '' })))
    const d = new Database(db, { readonly: true })
    const count = (sql: string) => (d.prepare(sql).get() as { n: number }).n
    expect({
      articles: count('SELECT COUNT(*) AS n FROM articles'),
      distinctContent: count('SELECT COUNT(DISTINCT content_hash) AS n FROM revisions'),
      storyless: count('SELECT COUNT(*) AS n FROM articles WHERE story_id NOT IN (SELECT story_id FROM stories)'),
      pending: count('SELECT COUNT(*) AS n FROM pending_settle'),
      integrity: (d.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check,
    }).toEqual({ articles: 2000, distinctContent: 2000, storyless: 0, pending: 0, integrity: 'ok' })
    d.close()
  }, 120_000)
})
