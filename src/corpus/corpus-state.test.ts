import { describe, expect, test } from 'vitest'
import { createMinHasher, shingles } from '../pipeline/dedupe/index.js'
import { CorpusState, type ArticleCandidate } from './corpus-state.js'

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
  test('a long run keeps only the placements whose stories are still held: memory follows the active window', () => {
    const state = new CorpusState({ settles: true })
    const hour = 3_600_000
    // 30,000 articles, one an hour (about 3.4 years): a story is retired two weeks after its last article.
    for (let i = 0; i < 30_000; i++) state.place(candidate(i, new Date(Date.UTC(2020, 0, 1) + i * hour).toISOString()))
    // Held: the last 14 days (336 articles) plus up to 1,000 between retirement passes; checked at most every
    // 10,000 placements, and at most twice what the last check kept.
    expect(state.unsettled).toBeLessThan(10_000)
    const undated = new CorpusState({ settles: true })
    for (let i = 0; i < 12_000; i++) undated.place(candidate(i, null))
    // Undated stories retire only after 20,000 placements without a new member: all 12,000 stay to be settled.
    expect(undated.unsettled).toBe(12_000)
  })
})
