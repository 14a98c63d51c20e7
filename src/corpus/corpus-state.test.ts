import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { createMinHasher, shingles } from '../pipeline/dedupe/index.js'
import { openSqliteStore } from '../store/index.js'
import { CorpusState, type ArticleCandidate } from './corpus-state.js'
import { storeBatch } from './store-batch.js'

const root = mkdtempSync(join(tmpdir(), 'parallax-corpus-state-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const minHash = createMinHasher()

/** A stored candidate of one small event: its own words, so every article founds a story. */
function candidate(i: number, publishedAt: string | null): ArticleCandidate {
  const text = `Event${i} in Town${i}: ${1000 + i} people saw storm${i} on day ${i}.`
  return {
    wire: null,
    signature: minHash(shingles(text)),
    terms: [[`e:town${i}`, 1.5], [`w:storm${i}`, 1], [`n:${1000 + i}`, 3]],
    publishedAt,
    language: 'en',
    sourceInfo: { location: `file-${i}.txt`, source: `file-${i}.txt`, url: null, outlet: 'Test' },
    contentHash: `hash-${i}`,
    format: 'text',
    content: text,
    text,
    title: `Event ${i}`,
    searchText: text.toLowerCase(),
  }
}

describe('CorpusState', () => {
  test('a state rebuilt from the store reads it all, page by page, and decides as the state that stored it', async () => {
    const store = await openSqliteStore(join(root, 'pages.db'))
    const writer = new CorpusState()
    // 4,500 articles: more than two catch-up pages of 2,000.
    for (let from = 0; from < 4_500; from += 500) {
      const batch = Array.from({ length: 500 }, (_, k) => candidate(from + k, '2024-01-01T00:00:00.000Z'))
      await store.write((tx) => storeBatch(tx, writer, batch))
    }
    const rebuilt = new CorpusState()
    await store.write((tx) => rebuilt.sync(tx))
    // Reprints of the first and of the last article stored (a new location, the same words) join their groups.
    for (const i of [0, 4_499]) {
      const reprint = { ...candidate(i, '2024-01-02T00:00:00.000Z'), sourceInfo: { location: `copy-${i}.txt`, source: `copy-${i}.txt`, url: null, outlet: 'Other' }, contentHash: `copy-${i}` }
      const fromWriter = writer.place(reprint)
      expect(rebuilt.place(reprint)).toEqual(fromWriter)
      expect(fromWriter.duplicateGroup).not.toBe(fromWriter.articleId)
    }
    await store.close()
  })
})

