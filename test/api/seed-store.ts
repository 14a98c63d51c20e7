import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ingestDocuments } from '../../src/corpus/index.js'
import { readInputs } from '../../src/ingest/index.js'
import { openSqliteStore, type Store } from '../../src/store/index.js'
import { EXAMPLES_DIR } from '../example-paths.js'

/** The seed pair (examples/) with the outlet each comes from, as a user would ingest them. */
export const SEED_DIR = process.env['PARALLAX_SEEDS'] ?? EXAMPLES_DIR
export const SEEDS = [
  { file: '000_ab4b00356de3292d.txt', outlet: 'Kyiv Herald' },
  { file: '002_5f50d3ae80105f63.txt', outlet: 'Daily Wrap' },
] as const

export interface SeedStore {
  readonly store: Store
  readonly dir: string
  readonly dbPath: string
  close(): Promise<void>
}

/** A temporary SQLite store holding the seed pair, ingested as `parallax ingest FILE --outlet NAME` does. */
export async function openSeedStore(prefix = 'parallax-api-'): Promise<SeedStore> {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const dbPath = join(dir, 'parallax.db')
  const store = await openSqliteStore(dbPath)
  for (const seed of SEEDS) await ingestDocuments(store, readInputs([join(SEED_DIR, seed.file)], { outlet: seed.outlet }))
  return {
    store,
    dir,
    dbPath,
    close: async () => {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
