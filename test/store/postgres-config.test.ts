import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { MIGRATIONS } from '../../src/store/migrations/migrations.js'
import { describeDatabaseUrl, openConfiguredStore, postgresUrl } from '../../src/store/postgres/index.js'

const dir = mkdtempSync(join(tmpdir(), 'parallax-config-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test.each([
  [{ DATABASE_URL: 'postgres://u:p@db:5432/parallax' }, 'postgres://u:p@db:5432/parallax'],
  [{ DATABASE_URL: ' postgresql://db/parallax ' }, 'postgresql://db/parallax'],
  [{ DATABASE_URL: '' }, null],
  [{ DATABASE_URL: 'mysql://db/parallax' }, null],
  [{}, null],
])('DATABASE_URL %j → %s', (env, expected) => {
  expect(postgresUrl(env)).toBe(expected)
})

test('without DATABASE_URL the SQLite file stays the default', async () => {
  const db = join(dir, 'default.db')
  const store = await openConfiguredStore({ db, env: {} })
  expect(await store.schemaVersion()).toBe(MIGRATIONS.at(-1)?.version)
  expect(store.constructor.name).toBe('SqliteStore')
  await store.close()
})

test('a PostgreSQL URL that cannot be reached fails with store_unavailable, not a fallback to SQLite', async () => {
  await expect(openConfiguredStore({ env: { DATABASE_URL: 'postgres://x:secret@127.0.0.1:1/db', PARALLAX_DB: join(dir, 'unused.db') } })).rejects.toMatchObject({
    code: 'store_unavailable',
  })
})

test('an explicit --db file wins over DATABASE_URL', async () => {
  const store = await openConfiguredStore({ db: join(dir, 'flag.db'), env: { DATABASE_URL: 'postgres://x:secret@127.0.0.1:1/db' } })
  expect(store.constructor.name).toBe('SqliteStore')
  await store.close()
})

test('error messages name the server without the password', () => {
  expect(describeDatabaseUrl('postgres://ann:s3cret@db.example:5433/news?sslmode=require')).toBe('ann@db.example:5433/news')
  expect(describeDatabaseUrl('not a url')).toBe('(unparseable DATABASE_URL)')
})
