import { createHash } from 'node:crypto'
import { settleArticles, StoryGrouper, StoryNameFilter, type ArticleFeatures, type Placement } from '../pipeline/cluster/index.js'
import { DuplicateIndex } from '../pipeline/dedupe/index.js'
import type { CorpusEntry, NewArticle, StoreWriter } from '../store/index.js'
import { decodeCorpusSnapshot, encodeCorpusSnapshot } from './corpus-snapshot.js'

/** A new article's stored fields, less what {@link CorpusState.place} decides: its id, story and duplicate group. */
export type ArticleCandidate = Omit<NewArticle, 'articleId' | 'storyId' | 'duplicateGroup'>

/** Grouping terms as the store keeps them (3 decimals): every writer must group with exactly these. */
export function roundTerms(features: ArticleFeatures): NewArticle['terms'] {
  // forEach: no array of entries nor an entry array per term (issue 19).
  const rounded: (readonly [string, number])[] = []
  features.terms.forEach((weight, term) => rounded.push([term, Math.round(weight * 1000) / 1000]))
  return rounded
}

/**
 * Dedupe and grouping state of the stored corpus, kept in step with the store. One implementation for every
 * writer (`parallax ingest`, POST /api/articles, queue workers), so all make the same decisions, ids and story
 * names. Before each write transaction a writer catches up with what others committed. New articles are placed
 * with the rounded terms the store keeps, so a process that rebuilt its state from the store decides exactly as
 * the one that grouped the article in memory.
 */
export class CorpusState {
  #duplicates = new DuplicateIndex()
  /** Every story name seen in the store or given here: retired stories keep theirs, and new stories must not take them. */
  #storyNames = new StoryNameFilter()
  #grouper = this.#newGrouper()
  /**
   * Articles this state placed since its last catch-up. Their transaction records their sequence numbers
   * ({@link CorpusState.track}), so a catch-up, which reads only later ones, should never meet them; if one does,
   * it is skipped rather than counted twice. Cleared after each catch-up: a set of every article would grow with
   * the corpus (about 50 MB at a million articles).
   */
  #placedSinceCatchUp = new Set<string>()
  /** The highest store sequence number seen: the next catch-up reads from there. */
  #lastSeq = 0
  #generation = -1
  /** Articles this state took in (replayed or placed) since the snapshot it was restored from, or since it was empty. */
  #sinceSnapshot = 0
  readonly #snapshotAfter: number
  /**
   * The articles this state placed and the store wrote (up to RECENT_LIMIT), as the store holds them: settling a
   * run and storing the snapshot after it read them here instead of reading every one back and parsing its terms
   * again (issue 19). Emptied when the state is rebuilt (others moved stored articles).
   */
  #recent = new Map<number, CorpusEntry>()
  /** The same by article id, with the grouping features place() made of them (the same as featuresOf gives). */
  #recentById = new Map<string, { readonly entry: CorpusEntry; readonly features: ArticleFeatures }>()
  /** Placed articles waiting for their sequence number (see {@link CorpusState.track}), in placement order. */
  #unsequenced: { readonly article: NewArticle; readonly features: ArticleFeatures }[] = []
  /** The #recent of the state whose snapshot this fresh state stores (see storeSnapshot): replayed instead of read. */
  #replaySource: CorpusState | null = null

  /** `snapshotAfter`: store a new snapshot once this many articles came after the stored one (default SNAPSHOT_AFTER). */
  constructor(options: { readonly snapshotAfter?: number } = {}) {
    this.#snapshotAfter = options.snapshotAfter ?? SNAPSHOT_AFTER
  }

  /**
   * Brings the state in step with the store inside a write transaction: rebuilt when stored articles changed
   * story since it was built (a merge, split or regroup, or a settle), else caught up with the articles stored
   * since. A rebuild starts from the stored snapshot (migration 7) when there is one and replays only the articles
   * stored after it: the same state as replaying the whole corpus, at a cost that follows the articles since the
   * snapshot and the stories still open, not the corpus. A rebuild that replayed at least SNAPSHOT_AFTER articles
   * stores the state it reached as the new snapshot.
   */
  async sync(tx: StoreWriter): Promise<void> {
    const generation = await tx.corpusGeneration()
    const isRebuild = generation !== this.#generation
    if (isRebuild) {
      await this.#restore(tx)
      this.#generation = generation
    }
    // In pages: a corpus of a million articles would otherwise be read into memory at once (GBs of terms).
    for (;;) {
      const known = this.#replaySource === null ? [] : following(this.#replaySource.#recent, this.#lastSeq, CATCH_UP_PAGE)
      const page = known.length > 0 ? known : await tx.corpusSince(this.#lastSeq, CATCH_UP_PAGE)
      this.#catchUp(page)
      if (known.length === 0 && page.length < CATCH_UP_PAGE) break
    }
    this.#placedSinceCatchUp.clear()
    // Only right after a rebuild is the state exactly a replay of the store (nothing placed or settled in memory).
    if (isRebuild && this.#sinceSnapshot > 0 && this.#sinceSnapshot >= this.#snapshotAfter) await this.#saveSnapshot(tx)
  }

  /**
   * Stores a snapshot of the corpus as it now stands (see {@link CorpusState.isSnapshotDue}): a fresh state replays from the stored snapshot (which a run's own settle leaves valid:
   * it moves only articles stored after it) and stores what it reached. `parallax ingest` calls it after its
   * settle, so the next run starts from here. Call inside a write transaction.
   */
  async storeSnapshot(tx: StoreWriter): Promise<void> {
    const fresh = new CorpusState({ snapshotAfter: 1 })
    // The articles this state stored, as the store now holds them, unless others moved stored articles since.
    if (this.#recent.size > 0 && (await tx.corpusGeneration()) === this.#generation) fresh.#replaySource = this
    await fresh.sync(tx)
  }

  /** Whether this state took in `snapshotAfter` articles or more since the snapshot it started from. */
  get isSnapshotDue(): boolean {
    return this.#sinceSnapshot >= this.#snapshotAfter
  }

  /** Empties the state, then takes over the stored snapshot when there is a readable one. */
  async #restore(tx: StoreWriter): Promise<void> {
    this.#duplicates = new DuplicateIndex()
    this.#storyNames = new StoryNameFilter()
    this.#grouper = this.#newGrouper()
    this.#placedSinceCatchUp = new Set()
    this.#lastSeq = 0
    this.#sinceSnapshot = 0
    this.#recent = new Map()
    this.#recentById = new Map()
    this.#unsequenced = []
    const stored = await tx.corpusSnapshot()
    if (stored === null) return
    try {
      const snapshot = decodeCorpusSnapshot(stored.parts)
      if (snapshot === null || snapshot.seq !== stored.seq) return
      this.#storyNames.load(snapshot.names)
      this.#grouper.importState(snapshot.grouper)
      // Band keys only: the signatures candidates need are read back when a batch meets them (loadSignatures).
      this.#duplicates.restoreHeld(snapshot.duplicates)
      this.#lastSeq = snapshot.seq
    } catch {
      // A snapshot that cannot be read (another size of sketch, damaged bytes) is only a lost shortcut: replay all.
      this.#duplicates = new DuplicateIndex()
      this.#storyNames = new StoryNameFilter()
      this.#grouper = this.#newGrouper()
    }
  }

  async #saveSnapshot(tx: StoreWriter): Promise<void> {
    const parts = encodeCorpusSnapshot({
      seq: this.#lastSeq,
      grouper: this.#grouper.exportState(),
      names: this.#storyNames.words(),
      duplicates: this.#duplicates.held(),
    })
    await tx.putCorpusSnapshot({ seq: this.#lastSeq, parts })
    this.#sinceSnapshot = 0
  }

  #catchUp(entries: readonly CorpusEntry[]): void {
    for (const e of entries) {
      this.#lastSeq = Math.max(this.#lastSeq, e.seq)
      if (this.#placedSinceCatchUp.has(e.articleId)) continue
      this.#sinceSnapshot++
      const features = this.#replaySource === null ? featuresOf(e.terms, e.publishedAt) : this.#replaySource.#featuresOf(e)
      this.#duplicates.add({ articleId: e.articleId, signature: e.signature, group: e.duplicateGroup })
      this.#grouper.observe(features)
      this.#grouper.place(e.articleId, features, e.storyId)
      this.#storyNames.add(e.storyId)
    }
  }

  /**
   * Regroups a run's new articles by the batch algorithm against the stories as they now stand (see
   * settleArticles: reprints follow their originals, older articles stay) and stores the moves. The run is the
   * stored articles `runIds` (a posted feed, a queue batch that several workers grouped), or, left out, every
   * article ingest runs recorded as pending (migration 5), which are then cleared in the same transaction: a run
   * killed before its settle committed is settled by the next one, with its own articles, exactly as one
   * uninterrupted run would have been. Articles whose stories retired during the run are read back with their
   * whole stories, so a run into an empty corpus gets the batch stories however long it spans. Runs of more
   * than SETTLE_WINDOW articles are settled window by window (storage order), as `stories regroup` works.
   * Call inside a write transaction. Returns the articles that changed story, with their new story.
   */
  async settle(tx: StoreWriter, runIds?: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const ids = runIds ?? (await tx.pendingSettle())
    if (ids.length === 0) return new Map()
    // Cheap when the state is current; rebuilds it when other writers moved stored articles meanwhile.
    await this.sync(tx)
    const moved = new Map<string, string>()
    for (let from = 0; from < ids.length; from += SETTLE_WINDOW) {
      const window = ids.slice(from, from + SETTLE_WINDOW)
      const entries = this.#recentOf(window) ?? (await tx.corpusOf(window))
      const retired = [...new Set(entries.filter((e) => this.#grouper.storyOf(e.articleId) === undefined).map((e) => e.storyId))]
      const revived = retired.length === 0 ? [] : await tx.corpusOfStories(retired)
      const settled = this.#grouper.holdingRetirement(() => {
        for (const e of revived) if (this.#grouper.storyOf(e.articleId) === undefined) this.#grouper.place(e.articleId, featuresOf(e.terms, e.publishedAt), e.storyId)
        return settleArticles(this.#grouper, entries.map((e) => placementOf(e, this.#featuresOf(e))))
      })
      for (const [articleId, storyId] of settled) moved.set(articleId, storyId)
    }
    if (runIds === undefined) await tx.clearPendingSettle(ids)
    if (moved.size === 0) return moved
    await tx.moveArticles([...moved].map(([articleId, storyId]) => ({ articleId, storyId })))
    for (const storyId of moved.values()) this.#storyNames.add(storyId)
    for (const [articleId, storyId] of moved) {
      const recent = this.#recentById.get(articleId)
      if (recent === undefined) continue
      const entry = { ...recent.entry, storyId }
      this.#recent.set(entry.seq, entry)
      this.#recentById.set(articleId, { entry, features: recent.features })
    }
    // These moves are this state's own: adopt the generation they made rather than rebuild from the store.
    this.#generation = await tx.corpusGeneration()
    return moved
  }

  #newGrouper(): StoryGrouper {
    return new StoryGrouper({}, (articleId) => `s${articleId.slice(0, 11)}`, (storyId) => this.#storyNames.has(storyId))
  }

  /**
   * Records the sequence number of an article this state placed and the store has now written: call once per
   * placed article, in the order they were placed.
   */
  track(seq: number): void {
    this.#lastSeq = Math.max(this.#lastSeq, seq)
    const placed = this.#unsequenced.shift()
    if (placed === undefined || this.#recent.size >= RECENT_LIMIT) return
    const { articleId, storyId, duplicateGroup, wire, sourceInfo, publishedAt, signature, terms } = placed.article
    const entry: CorpusEntry = { seq, articleId, storyId, duplicateGroup, wire, outlet: sourceInfo.outlet, publishedAt, signature, terms }
    this.#recent.set(seq, entry)
    this.#recentById.set(articleId, { entry, features: placed.features })
  }

  /** The grouping features of a stored entry: those place() made when this state placed it, else from its terms. */
  #featuresOf(e: CorpusEntry): ArticleFeatures {
    return this.#recentById.get(e.articleId)?.features ?? featuresOf(e.terms, e.publishedAt)
  }

  /** The stored entries of `ids`, in storage order, when this state holds them all (see #recent); else null. */
  #recentOf(ids: readonly string[]): CorpusEntry[] | null {
    const entries: CorpusEntry[] = []
    for (const id of ids) {
      const recent = this.#recentById.get(id)
      if (recent === undefined) return null
      entries.push(recent.entry)
    }
    return entries.sort((a, b) => a.seq - b.seq)
  }

  /**
   * Reads back the stored signatures that placing these candidates may compare with: a restored near-duplicate
   * index holds band keys only (see DuplicateIndex.restoreHeld). Call after {@link CorpusState.sync}, before
   * placing them, in the same transaction.
   */
  async loadSignatures(tx: StoreWriter, candidates: readonly ArticleCandidate[]): Promise<void> {
    const missing = this.#duplicates.missingSignatures(candidates.map((c) => c.signature))
    if (missing.length > 0) this.#duplicates.loadSignatures(missing, await tx.signaturesOf(missing))
  }

  /** Decides the new article's id, duplicate group and story, and records it in memory (after {@link CorpusState.loadSignatures}). */
  place(candidate: ArticleCandidate): NewArticle {
    const articleId = createHash('sha256').update(`${candidate.sourceInfo.location}\n${candidate.contentHash}`).digest('hex').slice(0, 16)
    const match = this.#duplicates.match(candidate.signature)
    const features = featuresOf(candidate.terms, candidate.publishedAt)
    this.#grouper.observe(features)
    // A near-duplicate (a reprint) always joins its original's story.
    const original = match === null ? undefined : this.#grouper.storyOf(match.articleId)
    let storyId: string
    if (original !== undefined && match !== null) {
      storyId = original
      this.#grouper.place(articleId, features, storyId)
    } else {
      storyId = this.#grouper.assign(articleId, features).storyId
    }
    const duplicateGroup = match?.group ?? articleId
    this.#duplicates.add({ articleId, signature: candidate.signature, group: duplicateGroup })
    this.#placedSinceCatchUp.add(articleId)
    this.#storyNames.add(storyId)
    this.#sinceSnapshot++
    const article = { ...candidate, articleId, storyId, duplicateGroup }
    this.#unsequenced.push({ article, features })
    return article
  }
}

/**
 * Run articles settled at once: up to this many, a run gets exactly the batch stories (as `stories regroup`,
 * whose window REGROUP_WINDOW is the same size); a larger run is settled in windows so memory follows the window.
 */
const SETTLE_WINDOW = 50_000

/**
 * Placed articles a state keeps as stored entries for its settle and the snapshot after it (see #recent): about
 * 10 KB each (terms and signature, which the state had anyway), so a run of up to this many reads none back.
 */
const RECENT_LIMIT = 5_000

/** Entries of `source` with consecutive sequence numbers from `afterSeq` + 1, at most `limit`. */
function following(source: ReadonlyMap<number, CorpusEntry>, afterSeq: number, limit: number): CorpusEntry[] {
  const out: CorpusEntry[] = []
  for (let seq = afterSeq + 1; out.length < limit; seq++) {
    const entry = source.get(seq)
    if (entry === undefined) break
    out.push(entry)
  }
  return out
}

/** Stored articles read per query while catching up. */
const CATCH_UP_PAGE = 2_000

/**
 * A new corpus snapshot is stored once this many articles came after the stored one. Each writer start then
 * replays at most about this many (tens of µs each) besides reading the snapshot, and a snapshot, whose size
 * follows the open stories rather than the corpus, is written at most once per this many articles. Measured
 * (bench/ingest-incremental.bench.ts, loaded 2-core VM): restoring the state of 6,030 articles took ~270 ms of CPU,
 * replaying costs ~90 µs an article, so 1,000 replayed articles cost about a third of a restore. Since the window's
 * LSH pairs and lazily decoded stories (issue 19) a restore of 6,340 articles takes ~60–120 ms, about as much as
 * replaying 1,000: a writer start replays at most about one restore's worth.
 */
export const SNAPSHOT_AFTER = 1_000


/** A stored article as settleArticles takes it: an article of a duplicate group it did not found is a reprint of the group's first. */
function placementOf(e: CorpusEntry, features: ArticleFeatures): Placement {
  return e.duplicateGroup === e.articleId ? { id: e.articleId, features } : { id: e.articleId, features, leader: e.duplicateGroup }
}

/** Grouping features of a stored article (terms as stored, date parsed). */
export function featuresOf(terms: NewArticle['terms'], publishedAt: string | null): ArticleFeatures {
  return { terms: new Map(terms), time: publishedAt === null ? null : Date.parse(publishedAt) }
}
