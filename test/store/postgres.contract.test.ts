import { afterAll, describe, expect, test } from 'vitest'
import { openPostgresStore } from '../../src/store/postgres/index.js'
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.js'
import { runStoreContract } from '../../src/store/store.contract.js'
import { DATABASE_URL, dropCreatedSchemas, freshSchemaUrl, SKIP_MESSAGE } from './postgres-schema.js'

if (DATABASE_URL === null) {
  describe.skip(SKIP_MESSAGE, () => {
    test('PostgreSQL store contract', () => {})
  })
} else {
  const base = DATABASE_URL
  afterAll(() => dropCreatedSchemas(base))
  runStoreContract('postgres', async () => openPostgresStore(await freshSchemaUrl(base, 'contract')))

  describe('PostgreSQL store: beyond the contract', () => {
    test('two writers are serialised by the write lock; the second fails with a clear message after the busy timeout', async () => {
      const url = await freshSchemaUrl(base, 'lock')
      const first = await openPostgresStore(url)
      const second = await openPostgresStore(url, { busyTimeoutMs: 200 })
      let release = () => {}
      const held = new Promise<void>((resolve) => (release = resolve))
      const writing = first.write(async () => held)
      await new Promise((r) => setTimeout(r, 100))
      await expect(second.write(async (tx) => tx.corpusSince(0))).rejects.toMatchObject({
        code: 'store_unavailable',
        message: expect.stringContaining('another writer holds the write lock') as unknown,
      })
      release()
      await writing
      expect(await second.write(async (tx) => tx.corpusSince(0))).toEqual([])
      await first.close()
      await second.close()
    })

    test('opening the same fresh schema from several stores at once migrates it once', async () => {
      const url = await freshSchemaUrl(base, 'migrate')
      const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(url)))
      const latest = POSTGRES_MIGRATIONS.at(-1)?.version
      expect(await Promise.all(stores.map((s) => s.schemaVersion()))).toEqual([latest, latest, latest, latest])
      await Promise.all(stores.map((s) => s.close()))
    })

    test('an unreachable server gives store_unavailable without the password', async () => {
      const error = await openPostgresStore('postgres://someone:s3cret@127.0.0.1:1/nothing').catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'store_unavailable' })
      expect(String((error as Error).message)).toContain('cannot reach PostgreSQL at someone@127.0.0.1:1/nothing')
      expect(String((error as Error).message)).not.toContain('s3cret')
    })
  })
}
