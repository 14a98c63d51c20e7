import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { openSqliteStore } from './open-sqlite-store.js'

const root = mkdtempSync(join(tmpdir(), 'parallax-busy-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/**
 * Another process that writes `commits` transactions back to back, each holding the write lock `holdMs`: the
 * lock changes hands constantly but is never free for long. Resolves once it holds its first transaction.
 */
function busyWriter(db: string, commits: number, holdMs: number): { started: Promise<void>; done: Promise<number | null> } {
  const script = `
    import Database from 'better-sqlite3'
    const db = new Database(${JSON.stringify(db)})
    const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
    for (let i = 0; i < ${commits}; i++) {
      db.exec('BEGIN IMMEDIATE')
      db.prepare('INSERT INTO corrections (kind, story_id, article_ids, created_at) VALUES (?, ?, ?, ?)').run('merge', 's' + i, '[]', 'now')
      if (i === 0) process.stdout.write('holding\\n')
      sleep(${holdMs})
      db.exec('COMMIT')
    }`
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: join(import.meta.dirname, '..', '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] })
  const started = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { started, done }
}

describe('a write waits for other writers while they make progress', () => {
  // Each of the other's transactions holds the lock 10 ms, well inside one 250 ms busy timeout even on a loaded
  // machine (a hold as long as the timeout made this test flaky: a stalled holder is exactly what should fail).
  test('a busy timeout of 250 ms outlasts 1.5 s of another process committing back to back', async () => {
    const db = join(root, 'busy.db')
    await (await openSqliteStore(db)).close()
    const other = busyWriter(db, 150, 10)
    await other.started
    const store = await openSqliteStore(db, { busyTimeoutMs: 250 })
    const began = Date.now()
    // Before: SQLITE_BUSY ("is locked by another process") after 250 ms, with the other writer still committing.
    await store.write(async (tx) => tx.addCorrection({ kind: 'split', storyId: 'mine', articleIds: [] }))
    expect(Date.now() - began).toBeGreaterThan(250)
    expect((await store.corrections()).some((c) => c.storyId === 'mine')).toBe(true)
    await store.close()
    expect(await other.done).toBe(0)
  }, 30_000)

  test('a writer that holds the lock without committing for a whole busy timeout still fails with a clear error', async () => {
    const db = join(root, 'stuck.db')
    await (await openSqliteStore(db)).close()
    const other = busyWriter(db, 1, 1500)
    await other.started
    const store = await openSqliteStore(db, { busyTimeoutMs: 200 })
    await expect(store.write(async (tx) => tx.addCorrection({ kind: 'split', storyId: 'mine', articleIds: [] }))).rejects.toMatchObject({
      code: 'store_unavailable',
      message: expect.stringContaining('is locked by another process'),
    })
    await store.close()
    expect(await other.done).toBe(0)
  }, 30_000)
})
