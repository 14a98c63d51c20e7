/**
 * A grouper's inverted index as a persisted state keeps it (see StoryGrouper.importState), read a term at a time:
 * a restored corpus of 6,000 articles has ~26,000 lists, and an ingest of 100 articles reads a few thousand.
 */
export interface StoredPostings {
  /** The terms, in their stored order. */
  readonly size: number
  /** The place of `term` among the stored terms, or -1. */
  find(term: string): number
  term(entry: number): string
  /** A new array of the entry's story ids, oldest first. */
  list(entry: number): string[]
  /** Every story id the stored lists name, each once. */
  storyIds(): readonly string[]
}

/**
 * Each term's story ids, oldest first: what StoryGrouper retrieves candidate stories by. Restored from stored
 * postings, a list is decoded when its term is first read; decoding all ~26,000 lists of a restored corpus, and the
 * garbage collector then copying them, was a large part of a restore (issue 19). It reads, changes and iterates
 * exactly as one Map of every list would (a list emptied by dropStale is deleted, a term added again goes last).
 */
export class PostingLists {
  readonly #stored: StoredPostings | null
  /** Stored entries read so far: the list as it now stands, or null once emptied. */
  readonly #read = new Map<number, string[] | null>()
  /** Lists of terms that are not stored ones, or stored ones emptied and added again, in the order they were made. */
  readonly #added = new Map<string, string[]>()
  /** Story ids some dropStale found not held: stored lists read later leave them out, as dropStale would have. */
  readonly #dropped = new Set<string>()

  /** `stored`: lists to read on demand. */
  constructor(stored: StoredPostings | null = null) {
    this.#stored = stored
  }

  get(term: string): string[] | undefined {
    const added = this.#added.get(term)
    if (added !== undefined || this.#stored === null) return added
    const entry = this.#stored.find(term)
    return entry < 0 ? undefined : (this.#storedList(entry) ?? undefined)
  }

  /** Appends `storyId` to the term's list, making the list if there is none. */
  push(term: string, storyId: string): void {
    const list = this.get(term)
    if (list !== undefined) list.push(storyId)
    else this.#added.set(term, [storyId])
  }

  /**
   * Drops the ids of stories `isHeld` rejects from every list, deleting lists left empty. Most lists have
   * nothing stale: they are counted first, not copied.
   */
  dropStale(isHeld: (storyId: string) => boolean): void {
    const kept = (list: string[]): string[] | null => {
      let live = 0
      for (const id of list) if (isHeld(id)) live++
      if (live === list.length) return list
      return live === 0 ? null : list.filter(isHeld)
    }
    for (const [term, list] of this.#added) {
      const now = kept(list)
      if (now === null) this.#added.delete(term)
      else if (now !== list) this.#added.set(term, now)
    }
    for (const [entry, list] of this.#read) if (list !== null) this.#read.set(entry, kept(list))
    if (this.#stored !== null) for (const id of this.#stored.storyIds()) if (!isHeld(id)) this.#dropped.add(id)
  }

  /** Every term with its list, in the order one Map of them all would hold (stored terms first). */
  *entries(): IterableIterator<[string, string[]]> {
    const stored = this.#stored
    if (stored !== null) {
      for (let entry = 0; entry < stored.size; entry++) {
        const list = this.#storedList(entry)
        if (list !== null) yield [stored.term(entry), list]
      }
    }
    yield* this.#added
  }

  #storedList(entry: number): string[] | null {
    let list = this.#read.get(entry)
    if (list === undefined) {
      const all = (this.#stored as StoredPostings).list(entry)
      const live = this.#dropped.size === 0 ? all : all.filter((id) => !this.#dropped.has(id))
      list = live.length === 0 ? null : live
      this.#read.set(entry, list)
    }
    return list
  }
}

/** Lists held in memory, in order, as {@link StoredPostings} (what StoryGrouper.exportState gives): each list read is a copy. */
export function postingsOf(entries: readonly (readonly [string, readonly string[]])[]): StoredPostings {
  let byTerm: Map<string, number> | null = null
  let ids: string[] | null = null
  const at = (entry: number) => {
    const found = entries[entry]
    if (found === undefined) throw new Error('cluster: posting out of range')
    return found
  }
  return {
    size: entries.length,
    find: (term) => (byTerm ??= new Map(entries.map(([t], entry) => [t, entry]))).get(term) ?? -1,
    term: (entry) => at(entry)[0],
    list: (entry) => [...at(entry)[1]],
    storyIds: () => (ids ??= [...new Set(entries.flatMap(([, list]) => list))]),
  }
}
