import { describe, expect, test } from 'vitest'
import { StoryGrouper, StoryNameFilter } from '../pipeline/cluster/index.js'
import { DuplicateIndex } from '../pipeline/dedupe/index.js'
import { decodeCorpusSnapshot, encodeCorpusSnapshot, SNAPSHOT_FORMAT, type CorpusSnapshot } from './corpus-snapshot.js'

/** A small state made the way CorpusState makes one: 3 events of 4 articles, each grouped and deduplicated. */
function smallSnapshot(): CorpusSnapshot {
  const grouper = new StoryGrouper()
  const names = new StoryNameFilter()
  const duplicates = new DuplicateIndex()
  for (let event = 0; event < 3; event++) {
    for (let n = 0; n < 4; n++) {
      const articleId = `a${event}-${n}`
      const features = { terms: new Map([[`w:storm${event}`, 1.5], [`e:town${event}`, 2], [`w:day${n}`, 0.5]]), time: Date.UTC(2024, 0, 1 + event) }
      grouper.observe(features)
      names.add(grouper.assign(articleId, features).storyId)
      const signature = duplicates.signature(`Storm ${event} hit Town ${event} on day ${n}, said reporter ${n}.`)
      duplicates.add({ articleId, signature, group: duplicates.match(signature)?.group ?? articleId })
    }
  }
  return { seq: 12, grouper: grouper.exportState(), names: names.words(), duplicates: duplicates.held() }
}

describe('corpus snapshot', () => {
  test('decoding and encoding again gives the same bytes', () => {
    const bytes = encodeCorpusSnapshot(smallSnapshot())
    const decoded = decodeCorpusSnapshot(bytes)
    expect(decoded).not.toBeNull()
    expect(encodeCorpusSnapshot(decoded as CorpusSnapshot)).toEqual(bytes)
  })

  test('cells and LSH pairs come back as they went in: values and slots in 16 bits and past them', () => {
    const snapshot = smallSnapshot()
    const cells = { length: 2 ** 22, indices: Uint32Array.of(0, 1, 127, 128, 70_000, 2 ** 22 - 1), values: Uint32Array.of(1, 127, 128, 65_535, 2 ** 31, 2 ** 32 - 1) }
    const small = { length: 2 ** 22, indices: Uint32Array.of(3, 70_000), values: Uint32Array.of(1, 65_535) }
    // One generation of 70,000 held articles (more than 16-bit slots could name) and one of 3.
    const ids = Array.from({ length: 70_000 }, (_, i) => `id${i}`)
    const wide = { ids, groups: ids, pairs: { keys: Uint32Array.of(5, 5, 9), slots: Uint32Array.of(0, 69_999, 65_536) } }
    const narrow = { ids: ['x', 'y', 'z'], groups: ['x', 'x', 'z'], pairs: { keys: Uint32Array.of(1, 2, 3), slots: Uint32Array.of(2, 0, 1) } }
    const bytes = encodeCorpusSnapshot({ ...snapshot, grouper: { ...snapshot.grouper, df: [small, cells] }, names: cells, duplicates: { generations: [wide, narrow] } })
    const decoded = decodeCorpusSnapshot(bytes) as CorpusSnapshot
    expect(decoded.names).toEqual(cells)
    expect(decoded.grouper.df).toEqual([small, cells])
    expect(decoded.duplicates.generations.map((g) => g.pairs)).toEqual([wide.pairs, narrow.pairs])
    expect(decoded.duplicates.generations[1]?.pairs.slots).toBeInstanceOf(Uint32Array)
    expect(decoded.duplicates.generations[1]?.groups).toEqual(narrow.groups)
  })

  test('a large snapshot comes in parts, each large run a part of its own, and reads alike from its parts and from their concatenation', () => {
    const snapshot = smallSnapshot()
    const n = 5_000
    const cells = { length: 2 ** 22, indices: Uint32Array.from({ length: n }, (_, i) => i * 7), values: Uint32Array.from({ length: n }, (_, i) => i + 1) }
    const ids = Array.from({ length: n }, (_, i) => `article-${i}`)
    const pairs = { keys: Uint32Array.from({ length: n }, (_, i) => i * 3), slots: Uint32Array.from({ length: n }, (_, i) => n - 1 - i) }
    const parts = encodeCorpusSnapshot({ ...snapshot, grouper: { ...snapshot.grouper, df: [cells, cells] }, names: cells, duplicates: { generations: [{ ids, groups: ids, pairs }] } })
    // The strings' run, 2 LSH runs and 6 cell runs (20 KB each) each start a part.
    expect(parts.length).toBeGreaterThanOrEqual(10)
    const whole = Buffer.concat(parts)
    const fromParts = decodeCorpusSnapshot(parts) as CorpusSnapshot
    const fromWhole = decodeCorpusSnapshot(whole) as CorpusSnapshot
    for (const decoded of [fromParts, fromWhole]) {
      expect(decoded.names).toEqual(cells)
      expect(decoded.grouper.df).toEqual([cells, cells])
      expect(decoded.duplicates.generations).toEqual([{ ids, groups: ids, pairs }])
      expect(encodeCorpusSnapshot(decoded)).toEqual(parts)
    }
    // Word runs are views of the parts they start, not copies.
    const { keys, slots } = fromParts.duplicates.generations[0]?.pairs ?? {}
    const runs = [keys, slots, ...fromParts.grouper.df.flatMap((row) => [row.indices, row.values]), fromParts.names.indices, fromParts.names.values]
    for (const run of runs) expect(parts.some((part) => part.buffer === run?.buffer && run.byteOffset === part.byteOffset)).toBe(true)
  })

  test('a snapshot of another format reads as none (the writer then replays the corpus)', () => {
    const bytes = Buffer.concat(encodeCorpusSnapshot(smallSnapshot()))
    const format = Buffer.from(SNAPSHOT_FORMAT)
    const at = bytes.indexOf(format)
    const older = Uint8Array.from(bytes)
    older[at + format.length - 1] = '3'.charCodeAt(0)
    expect(decodeCorpusSnapshot(older)).toBeNull()
  })
})
