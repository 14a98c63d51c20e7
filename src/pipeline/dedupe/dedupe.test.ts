import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  contentHash,
  countIndependentSources,
  createMinHasher,
  detectWireCredit,
  DuplicateIndex,
  LshIndex,
  estimateJaccard,
  findNearDuplicates,
  jaccard,
  normalizeForHash,
  referenceFold,
  shingles,
  type NearDuplicatePair,
} from './index.js'

const WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split(' ')

/** The slow, obvious reference: every pair, exact Jaccard. */
function allPairsReference(docs: readonly { id: string; text: string }[], threshold: number): NearDuplicatePair[] {
  const sets = docs.map((d) => shingles(d.text))
  const out: NearDuplicatePair[] = []
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const similarity = jaccard(sets[i] ?? new Uint32Array(), sets[j] ?? new Uint32Array())
      if (similarity >= threshold) out.push({ a: docs[i]?.id ?? '', b: docs[j]?.id ?? '', similarity })
    }
  }
  return out
}

// A corpus of a few base texts, each with variants made by editing a share of their words, so that
// pair similarities spread over the whole 0–1 range (random texts alone would all be near 0).
const corpusArb = fc
  .array(
    fc.record({
      base: fc.array(fc.constantFrom(...WORDS), { minLength: 30, maxLength: 120 }),
      variants: fc.array(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...WORDS)), { maxLength: 25 }), { maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((families) =>
    families.flatMap((family, f) => [
      { id: `f${f}`, text: family.base.join(' ') },
      ...family.variants.map((edits, v) => {
        const words = [...family.base]
        for (const [at, word] of edits) words[at % words.length] = word
        return { id: `f${f}v${v}`, text: words.join(' ') }
      }),
    ]),
  )

describe('findNearDuplicates', () => {
  // Tolerance: LSH may miss a pair only with probability 1 − (1 − J⁴)³² < 1e-4 for J ≥ 0.7, so every
  // reference pair at J ≥ 0.7 must be found; pairs in [0.6, 0.7) may be missed (≤ 1.5% each).
  test('matches the exact all-pairs reference: no false pair, no miss at J ≥ 0.7 (seed 42)', () => {
    fc.assert(
      fc.property(corpusArb, (docs) => {
        const found = findNearDuplicates(docs)
        const reference = allPairsReference(docs, 0.6)
        const key = (p: NearDuplicatePair) => `${p.a}|${p.b}`
        const referenceKeys = new Set(reference.map(key))
        for (const pair of found) expect(referenceKeys.has(key(pair))).toBe(true)
        const foundKeys = new Set(found.map(key))
        for (const pair of reference) if (pair.similarity >= 0.7) expect(foundKeys.has(key(pair))).toBe(true)
      }),
      { seed: 42, numRuns: 60 },
    )
  })

  test('is symmetric: reversing the input finds the same unordered pairs', () => {
    fc.assert(
      fc.property(corpusArb, (docs) => {
        const unordered = (pairs: NearDuplicatePair[]) => pairs.map((p) => [p.a, p.b].sort().join('|')).sort()
        expect(unordered(findNearDuplicates([...docs].reverse()))).toEqual(unordered(findNearDuplicates(docs)))
      }),
      { seed: 7, numRuns: 40 },
    )
  })

  test('an exact copy scores 1 and an unrelated text is not paired', () => {
    const text = WORDS.join(' ')
    const pairs = findNearDuplicates([
      { id: 'a', text },
      { id: 'b', text: text.toUpperCase() },
      { id: 'c', text: [...WORDS].reverse().join(' ') },
    ])
    expect(pairs).toEqual([{ a: 'a', b: 'b', similarity: 1 }])
  })
})

describe('MinHash estimate', () => {
  // 128 hashes: standard error ≤ 0.044; 0.2 is 4.5 standard errors, so a failure means a real bug.
  test('stays within 0.2 of the exact Jaccard (seed 3)', () => {
    const minHash = createMinHasher()
    fc.assert(
      fc.property(corpusArb, (docs) => {
        const sets = docs.map((d) => shingles(d.text))
        for (let i = 1; i < sets.length; i++) {
          const a = sets[0] ?? new Uint32Array()
          const b = sets[i] ?? new Uint32Array()
          expect(Math.abs(estimateJaccard(minHash(a), minHash(b)) - jaccard(a, b))).toBeLessThanOrEqual(0.2)
        }
      }),
      { seed: 3, numRuns: 40 },
    )
  })

  test('is symmetric and 1 on itself', () => {
    const minHash = createMinHasher()
    const a = minHash(shingles('one two three four five six seven'))
    const b = minHash(shingles('one two three four five six eight'))
    expect(estimateJaccard(a, b)).toBe(estimateJaccard(b, a))
    expect(estimateJaccard(a, a)).toBe(1)
  })
})

describe('normalizeForHash', () => {
  test.each([['Łukaszenka  said: “Yes.”'], ['Лукашенко и Путин, 2024'], ['Ørsted — Ærø; Straße'], ['Їжак, Ґанок, Ўсё, йод, ёлка'], ['Café  DÉJÀ-VU']])(
    'agrees with foldName on %j',
    (text) => {
      expect(normalizeForHash(text)).toBe(referenceFold(text))
    },
  )
})

describe('contentHash', () => {
  test.each([
    ['Łukaszenka  said: “Yes.”', 'lukaszenka said yes'],
    ['A\n\nB', 'a b'],
  ])('%j hashes like %j', (a, b) => {
    expect(contentHash(a)).toBe(contentHash(b))
  })
  test('differs when a word differs', () => {
    expect(contentHash('Putin said yes')).not.toBe(contentHash('Putin said no'))
  })
})

describe('DuplicateIndex', () => {
  test('a reprint with a new last sentence joins the first copy’s group; an unrelated text does not', () => {
    const index = new DuplicateIndex()
    const story = Array.from({ length: 12 }, (_, i) => `${WORDS[i]} ${WORDS[(i * 7) % 26]} ${WORDS[(i * 3) % 26]} ${WORDS[(i * 5) % 26]}`).join(' ')
    const first = index.signature(story)
    index.add({ articleId: 'a1', signature: first, group: 'a1' })
    expect(index.match(index.signature(`${story} Local officials declined to comment`))).toMatchObject({ group: 'a1', articleId: 'a1' })
    expect(index.match(index.signature([...WORDS].reverse().join(' ')))).toBeNull()
  })

  test('restored from its held band keys, with the signatures it asks for loaded, it matches as the index it came from (issue 19)', () => {
    const original = new DuplicateIndex(undefined, 4)
    const texts = Array.from({ length: 10 }, (_, i) => WORDS.map((w, k) => (k % 5 === 0 ? `${w}${i}` : `${w}${i % 3}`)).join(' '))
    const signatures = new Map(texts.map((text, i) => [`a${i}`, original.signature(text)]))
    for (const [id, signature] of signatures) original.add({ articleId: id, signature, group: original.match(signature)?.group ?? id })
    const window = original.held()
    // Generations of 4: a0–a3 dropped, a4–a7 the older generation, a8–a9 the current one.
    expect(window.generations.map((g) => [g.ids.length, g.pairs.keys.length])).toEqual([[4, 4 * 32], [2, 2 * 32]])
    const restored = new DuplicateIndex(undefined, 4)
    restored.restoreHeld(window)
    const queries = texts.map((text) => restored.signature(`${text} Reporting by the wire`))
    expect(() => queries.forEach((q) => restored.match(q))).toThrow(/not loaded/)
    const missing = restored.missingSignatures(queries)
    expect(missing.length).toBeGreaterThan(0)
    restored.loadSignatures(missing, signatures)
    expect(restored.missingSignatures(queries)).toEqual([])
    for (const q of queries) expect(restored.match(q)).toEqual(original.match(q))
    expect(queries.filter((q) => restored.match(q) !== null).length).toBeGreaterThan(3)
    expect(restored.held()).toEqual(original.held())
    // An article the store no longer has is dropped rather than matched.
    const gone = new DuplicateIndex(undefined, 4)
    gone.restoreHeld(window)
    gone.loadSignatures(missing, new Map([...signatures].filter(([id]) => id !== 'a8')))
    expect(gone.held().generations.map((g) => g.ids)).toEqual([['a4', 'a5', 'a6', 'a7'], ['a9']])
    expect(queries.map((q) => gone.match(q)?.articleId).includes('a8')).toBe(false)
    // Its held window is that of an index that never had it.
    const without = new DuplicateIndex(undefined, 4)
    for (const [id, signature] of signatures) if (id !== 'a8') without.add({ articleId: id, signature, group: id })
    expect(gone.held().generations.map((g) => g.pairs)).toEqual(without.held().generations.map((g) => g.pairs))
    // Added after a restore, articles are found both in the restored pairs and in the table.
    const grown = new DuplicateIndex(undefined, 4)
    grown.restoreHeld(window)
    grown.add({ articleId: 'b1', signature: signatures.get('a9') as Uint32Array, group: 'b1' })
    grown.loadSignatures(grown.missingSignatures(queries), signatures)
    expect(grown.match(queries[9] as Uint32Array)).toMatchObject({ articleId: 'a9' })
    expect(grown.held().generations[1]?.pairs.keys.length).toBe(3 * 32)
  })

  test('keeps two generations: an article whose generation was dropped is no longer matched, a recent one is', () => {
    const index = new DuplicateIndex(undefined, 3)
    const texts = Array.from({ length: 8 }, (_, i) => WORDS.map((w) => `${w}${i}`).join(' '))
    texts.forEach((text, i) => index.add({ articleId: `a${i}`, signature: index.signature(text), group: `a${i}` }))
    // Generations of 3: a0–a2 dropped when a6 started the third; a3–a5 and a6–a7 held.
    expect(index.size).toBe(5)
    expect(index.match(index.signature(texts[0] ?? ''))).toBeNull()
    expect(index.match(index.signature(texts[3] ?? ''))).toMatchObject({ articleId: 'a3', similarity: 1 })
    expect(index.match(index.signature(texts[7] ?? ''))).toMatchObject({ articleId: 'a7', similarity: 1 })
    // Adding an id it holds changes nothing.
    index.add({ articleId: 'a7', signature: index.signature(texts[0] ?? ''), group: 'a7' })
    expect(index.size).toBe(5)
    expect(index.match(index.signature(texts[0] ?? ''))).toBeNull()
  })
})

describe('LshIndex', () => {
  test('finds every id sharing a band, in insertion order, across table growth and many ids per key', () => {
    const index = new LshIndex()
    let seed = 1
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0)
    const signatures = Array.from({ length: 3_000 }, () => Uint32Array.from({ length: 128 }, next))
    // 200 copies of one signature share all 32 band keys: long runs of equal keys in the table.
    const copied = signatures[0] ?? new Uint32Array(128)
    signatures.forEach((signature, i) => {
      index.add(`s${i}`, signature)
      if (i < 200) index.add(`copy${i}`, copied)
    })
    expect(index.size).toBe(3_200)
    for (const i of [1, 999, 2_999]) expect(index.candidates(signatures[i] ?? copied)).toEqual([`s${i}`])
    expect(index.candidates(copied)).toEqual(['s0', ...Array.from({ length: 200 }, (_, i) => `copy${i}`)])
    // One band in common is enough; none is nothing.
    const oneBand = Uint32Array.from({ length: 128 }, next)
    oneBand.set((signatures[5] ?? copied).subarray(124, 128), 124)
    expect(index.candidates(oneBand)).toEqual(['s5'])
    expect(index.candidates(Uint32Array.from({ length: 128 }, next))).toEqual([])
  })
})

describe('detectWireCredit', () => {
  test.each([
    ['KYIV (Reuters) - Ukraine said on Monday...', 'reuters'],
    ['WASHINGTON (AP) — The Senate voted...', 'ap'],
    ['PARIS (AFP) - Protesters...', 'afp'],
    ['Text of the report.\n\nReporting by Jane Doe; Editing by John Roe', 'reuters'],
    ['Body.\n\nCopyright 2024 The Associated Press. All rights reserved.', 'ap'],
    ['The minister told Reuters that talks would continue.', null],
    ['Our own reporter in Minsk writes...', null],
  ])('%s → %s', (text, agency) => {
    expect(detectWireCredit(text)).toBe(agency)
  })
})

describe('countIndependentSources', () => {
  test('3 outlets reprinting one AP story, an uncredited reprint of it, and 2 own reports → 3 sources', () => {
    expect(
      countIndependentSources([
        { id: '1', outlet: 'Daily A', wire: 'ap', duplicateGroup: '1' },
        { id: '2', outlet: 'Daily B', wire: 'ap', duplicateGroup: '1' },
        { id: '3', outlet: 'Daily C', wire: 'ap', duplicateGroup: '3' },
        { id: '4', outlet: 'Daily D', wire: null, duplicateGroup: '1' },
        { id: '5', outlet: 'Times', wire: null, duplicateGroup: '5' },
        { id: '6', outlet: 'Post', wire: null, duplicateGroup: '6' },
      ]),
    ).toBe(3)
  })
  test('two reports from one outlet are one source', () => {
    expect(
      countIndependentSources([
        { id: '1', outlet: 'Times', wire: null, duplicateGroup: '1' },
        { id: '2', outlet: 'times ', wire: null, duplicateGroup: '2' },
      ]),
    ).toBe(1)
  })
})
