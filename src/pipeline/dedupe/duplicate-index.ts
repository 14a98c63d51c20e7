import { NEAR_DUPLICATE_JACCARD } from './find-near-duplicates.js'
import { LshIndex, type LshPairs } from './lsh-index.js'
import { createMinHasher, estimateJaccard } from './minhash.js'
import { shingles, shinglesOfNormalized } from './shingles.js'

/** What the index keeps per article, and what a store persists so the index can be rebuilt. */
export interface DuplicateEntry {
  readonly articleId: string
  readonly signature: Uint32Array
  /** The near-duplicate group: the id of the first article of the group. */
  readonly group: string
}

/**
 * The articles of an index as a persisted index keeps them (see {@link DuplicateIndex.held}): per generation,
 * oldest first, their ids and groups in the order they were added and their LSH entries as sorted (band key,
 * slot) pairs (256 bytes an article instead of the 512 of a signature), enough to find them as candidates. The
 * signature that verifies a candidate is read back when one is met (see {@link DuplicateIndex.missingSignatures}).
 */
export interface HeldWindow {
  readonly generations: readonly HeldGeneration[]
}

export interface HeldGeneration {
  readonly ids: readonly string[]
  readonly groups: readonly string[]
  readonly pairs: LshPairs
}

/** An entry as the index holds it: restored entries have no signature until one of their candidates needs it. */
interface Held {
  readonly articleId: string
  readonly group: string
  signature: Uint32Array | null
}

export interface DuplicateMatch {
  readonly group: string
  /** Closest earlier article of that group. */
  readonly articleId: string
  /** Estimated Jaccard (0–1) from the MinHash signatures. */
  readonly similarity: number
}

/**
 * Articles one generation of the index holds. Two generations are kept, so a new article is compared with the
 * last 50,000–100,000 added: reprints follow their original within hours or days, and memory stays bounded
 * (about 1 KB per held article) however large the corpus grows.
 */
export const DUPLICATE_GENERATION = 50_000

interface Generation {
  readonly lsh: LshIndex
  readonly entries: Map<string, Held>
}

/**
 * Incremental near-duplicate grouping for a growing corpus: `match(text)` finds the group a new article
 * joins (or null), `add` records it. Signatures are kept, not shingle sets, so memory per article is
 * 512 bytes + 32 LSH entries; similarity is the MinHash estimate (standard error ≤ 0.044). When a generation is
 * full the older one is dropped: which articles are held depends only on the order of `add`, so a process that
 * rebuilds the index from the store (in storage order) matches exactly as the one that added them as they came.
 */
export class DuplicateIndex {
  readonly #minHash = createMinHasher()
  readonly #threshold: number
  readonly #generationSize: number
  #current: Generation = newGeneration()
  #previous: Generation | null = null

  constructor(threshold = NEAR_DUPLICATE_JACCARD, generationSize = DUPLICATE_GENERATION) {
    this.#threshold = threshold
    this.#generationSize = generationSize
  }

  /** Articles held (the last `generationSize` to twice that many added). */
  get size(): number {
    return this.#current.entries.size + (this.#previous?.entries.size ?? 0)
  }

  /**
   * The held articles with their LSH entries: what a persisted corpus state stores so a later process restores the
   * index without reading every signature back (see {@link DuplicateIndex.restoreHeld}).
   */
  held(): HeldWindow {
    const generations: HeldGeneration[] = []
    for (const generation of [this.#previous, this.#current]) {
      if (generation === null) continue
      const ids = [...generation.entries.keys()]
      const groups = [...generation.entries.values()].map((e) => e.group)
      const pairs = generation.lsh.pairs()
      // Articles dropped since (gone from the store, see loadSignatures) leave their LSH entries behind: renumber.
      generations.push({ ids, groups, pairs: ids.length === generation.lsh.size ? pairs : livePairs(generation, pairs) })
    }
    return { generations }
  }

  /**
   * Refills an empty index with {@link DuplicateIndex.held}'s window: the same candidates as the index that held
   * them, with no signatures yet. Before matching a signature, read back the signatures `missingSignatures` names
   * and hand them to `loadSignatures`; the matches are then exactly those of the index that held the articles.
   * Restoring a 6,000-article window this way reads no signature and inserts nothing, where reading every
   * signature back from the store took ~110–250 ms on the shared VM (issue 19).
   */
  restoreHeld(window: HeldWindow): void {
    if (this.size !== 0) throw new Error('dedupe: restore into an index that is not empty')
    const { generations } = window
    if (generations.length > 2) throw new Error('dedupe: held window of more than two generations')
    const fill = (generation: Generation, held: HeldGeneration) => {
      if (held.groups.length !== held.ids.length) throw new Error('dedupe: held window of another shape')
      held.ids.forEach((articleId, i) => generation.entries.set(articleId, { articleId, group: held.groups[i] as string, signature: null }))
      generation.lsh.restorePairs(held.ids, held.pairs)
    }
    const [older, newer] = generations.length === 2 ? generations : [undefined, generations[0]]
    if (older !== undefined) {
      this.#previous = newGeneration()
      fill(this.#previous, older)
    }
    if (newer !== undefined) fill(this.#current, newer)
  }

  /** Held articles that are candidates of any of `signatures` and whose own signature is not loaded yet. */
  missingSignatures(signatures: readonly Uint32Array[]): string[] {
    const missing = new Set<string>()
    for (const generation of [this.#previous, this.#current]) {
      if (generation === null) continue
      for (const signature of signatures) {
        for (const id of generation.lsh.candidates(signature)) if (generation.entries.get(id)?.signature === null) missing.add(id)
      }
    }
    return [...missing]
  }

  /**
   * Gives restored articles their signatures (article id → signature, as stored). An article named by
   * `missingSignatures` that is not in `found` is gone from the store and is dropped from the index.
   */
  loadSignatures(requested: readonly string[], found: ReadonlyMap<string, Uint32Array>): void {
    for (const generation of [this.#previous, this.#current]) {
      if (generation === null) continue
      for (const id of requested) {
        const entry = generation.entries.get(id)
        if (entry === undefined || entry.signature !== null) continue
        const signature = found.get(id)
        if (signature === undefined) generation.entries.delete(id)
        else entry.signature = signature
      }
    }
  }

  signature(text: string): Uint32Array {
    return this.#minHash(shingles(text))
  }

  /** {@link DuplicateIndex.signature} of text already passed through normalizeForHash. */
  signatureOfNormalized(normalized: string): Uint32Array {
    return this.#minHash(shinglesOfNormalized(normalized))
  }

  match(signature: Uint32Array): DuplicateMatch | null {
    let best: DuplicateMatch | null = null
    for (const generation of [this.#previous, this.#current]) {
      if (generation === null) continue
      for (const id of generation.lsh.candidates(signature)) {
        const entry = generation.entries.get(id)
        if (entry === undefined) continue
        if (entry.signature === null) throw new Error(`dedupe: the signature of ${id} is not loaded (see missingSignatures)`)
        const similarity = estimateJaccard(entry.signature, signature)
        // Ties go to the earlier article, as within one generation.
        if (similarity >= this.#threshold && (best === null || similarity > best.similarity)) {
          best = { group: entry.group, articleId: id, similarity }
        }
      }
    }
    return best
  }

  add(entry: DuplicateEntry): void {
    if (this.#current.entries.has(entry.articleId) || this.#previous?.entries.has(entry.articleId)) return
    if (this.#current.entries.size >= this.#generationSize) {
      this.#previous = this.#current
      this.#current = newGeneration()
    }
    this.#current.entries.set(entry.articleId, held(entry))
    this.#current.lsh.add(entry.articleId, entry.signature)
  }
}

function held(entry: DuplicateEntry): Held {
  return { articleId: entry.articleId, group: entry.group, signature: entry.signature }
}

/** A generation's LSH pairs without the articles it no longer holds, slots renumbered in the same order. */
function livePairs(generation: Generation, pairs: LshPairs): LshPairs {
  const ids = generation.lsh.ids
  const slotOf = new Int32Array(ids.length).fill(-1)
  let live = 0
  ids.forEach((id, slot) => {
    if (generation.entries.has(id)) slotOf[slot] = live++
  })
  const keep = [...pairs.slots.keys()].filter((i) => (slotOf[pairs.slots[i] as number] as number) >= 0)
  return { keys: Uint32Array.from(keep, (i) => pairs.keys[i] as number), slots: Uint32Array.from(keep, (i) => slotOf[pairs.slots[i] as number] as number) }
}

function newGeneration(): Generation {
  return { lsh: new LshIndex(), entries: new Map() }
}
