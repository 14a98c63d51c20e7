import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { openSqliteStore } from '../../src/store/index.js'
import { runStoreContract } from '../../src/store/store.contract.js'

const dir = mkdtempSync(join(tmpdir(), 'parallax-store-'))
let n = 0
afterAll(() => rmSync(dir, { recursive: true, force: true }))

runStoreContract('sqlite', () => openSqliteStore(join(dir, `contract-${n++}.db`)))
