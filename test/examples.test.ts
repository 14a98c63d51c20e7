// The seed pair ships in examples/ so a bare clone can run it; it must stay byte-identical to the acceptance case.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLES_DIR, POLISH, SHARED_SEEDS_DIR, UKRAINIAN } from './example-paths.js'

const HAS_SHARED = existsSync(SHARED_SEEDS_DIR)

describe.skipIf(!HAS_SHARED)(HAS_SHARED ? 'examples/ seed pair' : 'examples/ seed pair: skipped, no ../shared/seeds to compare with', () => {
  it.each([UKRAINIAN, POLISH])('%s is a byte copy of ../shared/seeds', (name) => {
    expect(readFileSync(join(EXAMPLES_DIR, name)).equals(readFileSync(join(SHARED_SEEDS_DIR, name)))).toBe(true)
  })
})
