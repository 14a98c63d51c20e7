import type { ArticleFeatures } from './article-features.js'
import { DocumentFrequencies } from './document-frequencies.js'
import { PostingLists, postingsOf, type StoredPostings } from './posting-lists.js'
import type { CellEntries } from './sparse-cells.js'

/** Thresholds and limits of {@link StoryGrouper}; defaults and where each number came from are in DEFAULT_GROUPER_OPTIONS. */
export interface StoryGrouperOptions {
  /** Minimum cosine (0–1) between an article and a story's centroid to join it. */
  readonly threshold: number
  /** An article more than this many days from a story's first/last article is not compared with it. */
  readonly maxGapDays: number
  /** How many of the article's heaviest terms retrieve candidate stories. */
  readonly queryTerms: number
  /** How many of each joining article's heaviest terms index its story. */
  readonly indexTerms: number
  /** Per query term, only the most recently indexed stories are scanned: keeps cost flat as the corpus grows. */
  readonly postingLimit: number
  /** Of the stories the index finds, only this many (those sharing the most query-term weight) are scored. */
  readonly maxCandidates: number
  /** A story's centroid keeps at most this many terms (pruned to the heaviest half when exceeded). */
  readonly centroidTerms: number
  /**
   * Score = article · (sum of member vectors) / size^linkage. 1 is average link (mean cosine with the members);
   * lower values drift toward centroid cosine, which let big stories absorb whole topics on AllSides dev
   * (0.5 → BCubed F1 0.49 there at the same threshold).
   */
  readonly linkage: number
  /**
   * Forget stories no article can join any more (see #retire), so memory follows the active window. Batch
   * grouping turns it off: it regroups every article again and must report every article's story.
   */
  readonly retire: boolean
  /**
   * An undated story (no dated member, so time cannot retire it) that no article joined during this many
   * placements is retired too: without it, a corpus of undated files would keep every story in memory.
   */
  readonly maxIdleArticles: number
}

export const DEFAULT_GROUPER_OPTIONS: StoryGrouperOptions = {
  // Dev sweep (scripts/eval/clustering.ts --sweep, batch grouping with refinement and twin-event split), BCubed
  // F1 ECB+/BASIL/AllSides: 0.1 → .913/1.0/.804, 0.125 → .926/1.0/.832, 0.13 → .925/1.0/.835, 0.135 →
  // .932/.996/.837, 0.14 → .927/.996/.840, 0.15 → .909/.986/.842. 0.14 sits inside the 0.13–0.15 plateau; lower
  // values merge more because the split step takes twin events apart again.
  threshold: 0.14,
  // Follow-ups of a story keep arriving within days; a week without coverage means a new event.
  maxGapDays: 7,
  // 12/24/64: raising them did not change any dev-set assignment; lowering queryTerms to 6 lost recall on BASIL.
  queryTerms: 12,
  indexTerms: 24,
  postingLimit: 64,
  // Dev BCubed F1 was identical with 1000, 32 and 16 (every set); 32 leaves a margin for larger corpora.
  maxCandidates: 32,
  // Centroids of large stories grow long tails of one-off words; 400 terms keeps scoring bounded.
  centroidTerms: 400,
  linkage: 1,
  retire: true,
  // About two days of a 10,000-articles-a-day crawl; the candidate search (the newest 64 stories per term)
  // rarely reaches an undated story this old anyway. ~20,000 live undated stories take ~120 MiB at most.
  maxIdleArticles: 20_000,
}

/**
 * Everything a grouper holds, as plain data (see {@link StoryGrouper.exportState}): what a writer persists so the
 * next process restores it instead of replaying the corpus. Orders are kept (a story's terms, postings, stories),
 * since ties in pruning and candidate ranking go to the earlier entry.
 */
export interface GrouperState {
  readonly docs: number
  readonly newest: number
  readonly placedSinceRetire: number
  readonly placements: number
  readonly retiredSinceCompaction: number
  /** Document frequency counters (see DocumentFrequencies.counters). */
  readonly df: readonly [CellEntries, CellEntries]
  readonly stories: readonly StoryData[]
  /**
   * Each term's story ids, oldest first (stale ids of retired stories included, as in memory), terms in the
   * order one Map of them would hold: a restored grouper reads a list when it first meets its term.
   */
  readonly postings: StoredPostings
}

/** One held story, as plain data. */
export interface StoryData {
  readonly id: string
  readonly size: number
  readonly first: number | null
  readonly last: number | null
  readonly members: string[]
  readonly lastPlaced: number
  /**
   * Its centroid sums and index terms, or a function that decodes them: a restored state decodes a story's body
   * only when the story is first scored or joined (an ingest of 100 articles into 6,000 reads a few dozen of the
   * ~900 open stories; decoding them all was a third of the restore, issue 19).
   */
  readonly body: StoryBody | (() => StoryBody)
}

/** The part of a story grouping reads and changes: its centroid and the terms it is indexed under. */
export interface StoryBody {
  /** Sum of the members' vectors, in the map's insertion order. */
  readonly sums: Map<string, number>
  /** The terms the story is indexed under, in the order they were added. */
  readonly indexed: Set<string>
}

/** Where one article went. `score` is the cosine with the story it joined (0 for a new story). */
export interface Assignment {
  readonly articleId: string
  readonly storyId: string
  readonly isNew: boolean
  readonly score: number
}

interface StoryState {
  readonly id: string
  size: number
  first: number | null
  last: number | null
  /** Member article ids, so retiring a story also forgets its articles. */
  readonly members: string[]
  /** The placement count when an article last joined (see maxIdleArticles). */
  lastPlaced: number
  /** Read through {@link bodyOf}: a restored story's is decoded on first use. */
  body: StoryBody | (() => StoryBody)
}

/** The story's sums and index terms, decoded now if it came from a persisted state and was not used yet. */
function bodyOf(story: StoryState): StoryBody {
  if (typeof story.body === 'function') story.body = story.body()
  return story.body
}

/**
 * An article's TF-IDF vector as parallel arrays, terms in the order of its features: Maps per article (and the
 * entry arrays iterating them made) were most of grouping's garbage (issue 19). Callers must not change it.
 */
interface Vector {
  readonly terms: readonly string[]
  /** A plain array: a Float64Array of a vector's size keeps its numbers outside the heap, a malloc and a free each. */
  readonly weights: readonly number[]
}

const DAY_MS = 86_400_000
/** Retirement runs every 1,000 placements: its scan of the live stories then costs little per article. */
const RETIRE_EVERY = 1000

/**
 * Incremental, time-aware grouping of articles into stories: each article joins the most similar story
 * (TF-IDF cosine against the story centroid) when the cosine reaches the threshold, else starts a new one.
 * Candidates come from an inverted index of story terms, scanning at most `queryTerms × postingLimit`
 * postings, so the cost per article does not grow with the corpus.
 * Call `observe` on every article (document frequencies) before `assign`ing it; `place` puts an article into
 * a known story (restoring saved state, applying a user's correction).
 */
export class StoryGrouper {
  readonly #options: StoryGrouperOptions
  readonly #newStoryId: (articleId: string) => string
  readonly #isNameTaken: (storyId: string) => boolean
  readonly #df = new DocumentFrequencies()
  #docs = 0
  readonly #stories = new Map<string, StoryState>()
  #postings = new PostingLists()
  readonly #storyOf = new Map<string, string>()
  #newest = Number.NEGATIVE_INFINITY
  #placedSinceRetire = 0
  /** Placements so far (the clock of undated stories' retirement). */
  #placements = 0
  #retiredSinceCompaction = 0
  #retirementHeld = false
  #lastTop: { readonly vector: Vector; readonly top: TopTerms } | null = null

  /**
   * `newStoryId`: the name of a story an article founds. `isNameTaken`: whether a name belongs to a story this
   * grouper no longer holds (retired, but stored): new stories never reuse one, or the store would put a new
   * event into an old story.
   */
  constructor(
    options: Partial<StoryGrouperOptions> = {},
    newStoryId: (articleId: string) => string = (id) => `s-${id}`,
    isNameTaken: (storyId: string) => boolean = () => false,
  ) {
    this.#options = { ...DEFAULT_GROUPER_OPTIONS, ...options }
    this.#newStoryId = newStoryId
    this.#isNameTaken = isNameTaken
  }

  /**
   * The grouper's whole state as plain data, read at once (it shares the grouper's maps: encode it before the
   * grouper changes again). A grouper given it by {@link StoryGrouper.importState} decides exactly as this one
   * would from here on.
   */
  exportState(): GrouperState {
    if (this.#retirementHeld) throw new Error('cluster: cannot export a grouper while retirement is held')
    const stories = [...this.#stories.values()].map((s): StoryData => ({ ...s, body: bodyOf(s) }))
    return {
      docs: this.#docs,
      newest: this.#newest,
      placedSinceRetire: this.#placedSinceRetire,
      placements: this.#placements,
      retiredSinceCompaction: this.#retiredSinceCompaction,
      df: this.#df.counters(),
      stories,
      postings: postingsOf([...this.#postings.entries()]),
    }
  }

  /** Takes over an exported state, its maps and arrays included (see {@link StoryGrouper.exportState}); only into a grouper that has seen nothing. */
  importState(state: GrouperState): void {
    if (this.#docs !== 0 || this.#stories.size !== 0) throw new Error('cluster: importState into a grouper that is not empty')
    // First, as it checks the sketch's size: a state of another size must leave this grouper untouched.
    this.#df.load(state.df)
    this.#docs = state.docs
    this.#newest = state.newest
    this.#placedSinceRetire = state.placedSinceRetire
    this.#placements = state.placements
    this.#retiredSinceCompaction = state.retiredSinceCompaction
    for (const s of state.stories) {
      this.#stories.set(s.id, { ...s })
      for (const member of s.members) this.#storyOf.set(member, s.id)
    }
    // Read a list at a time (see PostingLists): decoding ~26,000 lists was a large part of a restore (issue 19).
    this.#postings = new PostingLists(state.postings)
  }

  /** Articles in active stories. */
  get articleCount(): number {
    return this.#storyOf.size
  }

  /** Stories still held in memory (not retired; see {@link StoryGrouper.place}). */
  get activeStoryCount(): number {
    return this.#stories.size
  }

  /** Entries and terms in the inverted index (document frequencies take a fixed 32 MiB). */
  get indexSize(): { postings: number; terms: number } {
    let postings = 0
    let terms = 0
    for (const [, list] of this.#postings.entries()) {
      postings += list.length
      terms++
    }
    return { postings, terms }
  }

  /** The story of an article, while that story is active (retired stories forget their articles). */
  /** The member articles of an active story, in placement order (empty when unknown or retired). */
  membersOf(storyId: string): readonly string[] {
    return this.#stories.get(storyId)?.members ?? []
  }

  /** The smoothed IDF grouping weighs `term` with now. */
  idf(term: string): number {
    return this.#idf(term)
  }

  storyOf(articleId: string): string | undefined {
    return this.#storyOf.get(articleId)
  }

  /** Counts the article's terms into the document frequencies (once per article). */
  observe(features: ArticleFeatures): void {
    this.#docs++
    for (const term of features.terms.keys()) this.#df.add(term)
  }

  /** Groups one article; an article already grouped keeps its story. */
  assign(articleId: string, features: ArticleFeatures): Assignment {
    const known = this.#storyOf.get(articleId)
    if (known !== undefined) return { articleId, storyId: known, isNew: false, score: 1 }
    return this.#join(articleId, this.#vector(features.terms), features.time)
  }

  /**
   * Takes an article out of its story and groups it again against all stories (its old one included): one
   * step of batch refinement, which undoes joins made before the stories had taken shape. Only exact when
   * document frequencies have not changed since the article was placed (batch use, see groupStories).
   */
  reassign(articleId: string, features: ArticleFeatures): Assignment {
    // One vector per call: removing, scoring and placing all use it (the IDF lookups are most of the cost).
    const vector = this.#vector(features.terms)
    this.#remove(articleId, vector)
    return this.#join(articleId, vector, features.time)
  }

  /** Places the article in its most similar candidate story at or above the threshold, else in a story of its own. */
  #join(articleId: string, vector: Vector, time: number | null): Assignment {
    let bestId: string | null = null
    let bestScore = 0
    for (const candidate of this.#candidates(vector, time)) {
      // A story emptied by reassign stays indexed until its postings age out.
      if (candidate.size === 0) continue
      const score = this.#cosine(vector, candidate)
      if (score > bestScore) {
        bestScore = score
        bestId = candidate.id
      }
    }
    if (bestId !== null && bestScore >= this.#options.threshold) {
      this.#place(articleId, time, bestId, vector)
      return { articleId, storyId: bestId, isNew: false, score: bestScore }
    }
    const storyId = this.#freshStoryId(articleId)
    this.#place(articleId, time, storyId, vector)
    return { articleId, storyId, isNew: true, score: 0 }
  }

  /** The id of a story the article founds (see {@link StoryGrouper.unusedName}). */
  #freshStoryId(articleId: string): string {
    return this.unusedName(this.#newStoryId(articleId))
  }

  /** Whether a story of this name is held, or stored and retired: a new story must not take it. */
  isNameUsed(storyId: string): boolean {
    return this.#stories.has(storyId) || this.#isNameTaken(storyId)
  }

  /** `base`, or `<base>_2`, `_3`… when a held or retired story has it (an article that founded a story, left it, and others stayed). */
  unusedName(base: string): string {
    let storyId = base
    for (let n = 2; this.isNameUsed(storyId); n++) storyId = `${base}_${n}`
    return storyId
  }

  /** Moves an article into a given story (a reprint following its original), without deciding. */
  move(articleId: string, features: ArticleFeatures, storyId: string): void {
    const vector = this.#vector(features.terms)
    this.#remove(articleId, vector)
    this.#place(articleId, features.time, storyId, vector)
  }

  /** Takes an article out of its story, leaving it in none until it is placed again (a story left empty is forgotten). */
  remove(articleId: string, features: ArticleFeatures): void {
    this.#remove(articleId, this.#vector(features.terms))
  }

  /**
   * Runs `fn` with retirement held off: regrouping a run's articles in several rounds re-places each of them,
   * and retiring in the middle would forget stories the rounds still have to read (dev AllSides, regrouping the
   * run as ingest settles it: BCubed F1 .812 with retirement, .844 without).
   */
  holdingRetirement<T>(fn: () => T): T {
    const held = this.#retirementHeld
    this.#retirementHeld = true
    try {
      return fn()
    } finally {
      this.#retirementHeld = held
      // Catch up on the retirement the hold put off: a caller that only ever places inside holds (a regroup in
      // windows) would otherwise keep every story.
      if (!held && this.#options.retire && this.#placedSinceRetire >= RETIRE_EVERY) this.#retire()
    }
  }

  /** Takes an article out of its story; a story left empty is forgotten. */
  #remove(articleId: string, vector: Vector): void {
    const current = this.#storyOf.get(articleId)
    const story = current === undefined ? undefined : this.#stories.get(current)
    if (story !== undefined) {
      const { sums } = bodyOf(story)
      const { terms, weights } = vector
      for (let i = 0; i < terms.length; i++) {
        const term = terms[i] as string
        const weight = weights[i] as number
        const sum = sums.get(term)
        if (sum === undefined) continue
        // Float residue of add-then-subtract would keep dead terms alive.
        if (Math.abs(sum - weight) < 1e-9) sums.delete(term)
        else sums.set(term, sum - weight)
      }
      story.size--
      const at = story.members.indexOf(articleId)
      if (at >= 0) story.members.splice(at, 1)
      if (story.size === 0) this.#stories.delete(story.id)
    }
    this.#storyOf.delete(articleId)
  }

  /** Adds an article to a given story (created if unknown), without deciding. */
  place(articleId: string, features: ArticleFeatures, storyId: string): void {
    if (this.#storyOf.has(articleId)) throw new Error(`cluster: article ${articleId} is already in a story`)
    this.#place(articleId, features.time, storyId, this.#vector(features.terms))
  }

  #place(articleId: string, time: number | null, storyId: string, vector: Vector): void {
    let story = this.#stories.get(storyId)
    if (story === undefined) {
      story = { id: storyId, size: 0, first: null, last: null, members: [], lastPlaced: 0, body: { sums: new Map(), indexed: new Set() } }
      this.#stories.set(storyId, story)
    }
    const { sums, indexed } = bodyOf(story)
    const { terms, weights } = vector
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] as string
      sums.set(term, (sums.get(term) ?? 0) + (weights[i] as number))
    }
    story.size++
    story.members.push(articleId)
    story.lastPlaced = ++this.#placements
    if (time !== null) {
      story.first = story.first === null ? time : Math.min(story.first, time)
      story.last = story.last === null ? time : Math.max(story.last, time)
    }
    if (sums.size > this.#options.centroidTerms) this.#prune(sums)
    const top = this.#topTerms(vector)
    for (let i = 0; i < Math.min(top.count, this.#options.indexTerms); i++) {
      const term = top.terms[i] as string
      if (indexed.has(term)) continue
      indexed.add(term)
      this.#postings.push(term, storyId)
    }
    this.#storyOf.set(articleId, storyId)
    if (time !== null) this.#newest = Math.max(this.#newest, time)
    if (this.#options.retire && ++this.#placedSinceRetire >= RETIRE_EVERY && !this.#retirementHeld) this.#retire()
  }

  /**
   * Drops from memory the dated stories that no article can join any more: last seen more than 2 × maxGapDays
   * before the newest article (2×: an article dated up to maxGapDays behind the newest can still reach a story
   * last seen maxGapDays before it). Memory then follows the active window, not the corpus. A late article
   * placed into a retired story (a reprint of an old article) restarts that story's state from itself. Undated
   * stories go when no article joined them in the last `maxIdleArticles` placements.
   */
  #retire(): void {
    this.#placedSinceRetire = 0
    const cutoff = this.#newest - 2 * this.#options.maxGapDays * DAY_MS
    const idleBefore = this.#placements - this.#options.maxIdleArticles
    for (const [id, story] of this.#stories) {
      if (story.last === null ? story.lastPlaced < idleBefore : story.last < cutoff) {
        this.#stories.delete(id)
        for (const member of story.members) this.#storyOf.delete(member)
        this.#retiredSinceCompaction++
      }
    }
    // Compact the postings once there is more garbage than live stories: amortised O(1) per article.
    if (this.#retiredSinceCompaction <= this.#stories.size) return
    this.dropStalePostings()
  }

  /**
   * Drops the index entries of stories no longer held (retired, or emptied by `remove`/`reassign`). Settling
   * calls it once the run's articles are out: stale entries would otherwise fill the `postingLimit` most recent
   * slots of a term, so the regrouping would see other candidates than a batch over the same articles.
   */
  dropStalePostings(): void {
    this.#retiredSinceCompaction = 0
    this.#postings.dropStale((id) => this.#stories.has(id))
  }

  #candidates(vector: Vector, time: number | null): StoryState[] {
    // Each story found gets the summed weight of the query terms that led to it; only the best
    // `maxCandidates` are scored in full (a cosine costs ~150 map lookups, a posting hit one addition).
    const hits = new Map<string, number>()
    const maxGap = this.#options.maxGapDays * DAY_MS
    const top = this.#topTerms(vector)
    for (let t = 0; t < Math.min(top.count, this.#options.queryTerms); t++) {
      const list = this.#postings.get(top.terms[t] as string)
      if (list === undefined) continue
      const weight = top.weights[t] as number
      for (let i = list.length - 1; i >= Math.max(0, list.length - this.#options.postingLimit); i--) {
        const id = list[i] ?? ''
        hits.set(id, (hits.get(id) ?? 0) + weight)
      }
    }
    // The best `maxCandidates` joinable stories by hit weight, ties in the order they were hit: what a stable sort
    // of all hits then a scan would give, by bounded insertion (a sort of up to queryTerms × postingLimit entries
    // per article was most of the search on a large store, issue 19). Only a hit that would enter is checked.
    const k = this.#options.maxCandidates
    const out: StoryState[] = []
    const scores: number[] = []
    hits.forEach((score, id) => {
      if (out.length === k && score <= (scores[k - 1] as number)) return
      const story = this.#stories.get(id)
      if (story === undefined) return
      if (time !== null && story.first !== null && story.last !== null) {
        if (time < story.first - maxGap || time > story.last + maxGap) return
      }
      let at = Math.min(out.length, k - 1)
      while (at > 0 && (scores[at - 1] as number) < score) at--
      if (out.length < k) {
        out.push(story)
        scores.push(score)
      }
      for (let i = out.length - 1; i > at; i--) {
        out[i] = out[i - 1] as StoryState
        scores[i] = scores[i - 1] as number
      }
      out[at] = story
      scores[at] = score
    })
    return out
  }

  /** The heaviest terms of `vector` the candidate search and the index read; one selection per vector serves both. */
  #topTerms(vector: Vector): TopTerms {
    if (this.#lastTop?.vector !== vector) {
      this.#lastTop = { vector, top: topTerms(vector, Math.max(this.#options.queryTerms, this.#options.indexTerms)) }
    }
    return this.#lastTop.top
  }

  #idf(term: string): number {
    // Smoothed IDF; a term unseen by `observe` counts as seen once.
    return Math.log(1 + (this.#docs + 1) / (this.#df.get(term) + 1))
  }

  /**
   * Each article's last vector and the document count it was computed at: settling takes every run article out,
   * regroups it over several rounds, renames and re-places it, and each step computed the same vector again
   * (document frequencies do not move meanwhile); that was most of the settle's time (issue 19).
   */
  readonly #vectors = new WeakMap<ReadonlyMap<string, number>, { readonly docs: number; readonly vector: Vector }>()

  /** (1 + ln tf) × IDF, unit length: long articles do not outweigh short ones in a centroid. Callers must not change it. */
  #vector(terms: ReadonlyMap<string, number>): Vector {
    const cached = this.#vectors.get(terms)
    if (cached !== undefined && cached.docs === this.#docs) return cached.vector
    const vector = this.#computeVector(terms)
    this.#vectors.set(terms, { docs: this.#docs, vector })
    return vector
  }

  #computeVector(terms: ReadonlyMap<string, number>): Vector {
    const kept: string[] = []
    const weights: number[] = []
    let norm = 0
    // forEach: no entry array per term (three vectors per article, issue 19).
    terms.forEach((tf, term) => {
      const sublinear = tf > 0 ? 1 + Math.log(tf) : 0
      if (sublinear <= 0) return
      const value = sublinear * this.#idf(term)
      weights.push(value)
      kept.push(term)
      norm += value * value
    })
    norm = Math.sqrt(norm) || 1
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / norm
    return { terms: kept, weights }
  }

  #cosine(vector: Vector, story: StoryState): number {
    let dot = 0
    const { sums } = bodyOf(story)
    const { terms, weights } = vector
    for (let i = 0; i < terms.length; i++) {
      const sum = sums.get(terms[i] as string)
      if (sum !== undefined) dot += (weights[i] as number) * sum
    }
    return dot / story.size ** this.#options.linkage
  }

  #prune(sums: Map<string, number>): void {
    const keep = [...sums].sort((a, b) => b[1] - a[1]).slice(0, this.#options.centroidTerms >> 1)
    sums.clear()
    for (const [term, sum] of keep) sums.set(term, sum)
  }
}

/**
 * The `k` heaviest terms, heaviest first, ties by term: a bounded insertion (a full sort of every vector was
 * 8% of grouping time) into scratch arrays shifted in place (splice allocated on every insertion, issue 19).
 */
function topTerms(vector: Vector, k: number): TopTerms {
  const terms = TOP_TERMS
  const weights = TOP_WEIGHTS
  let n = 0
  for (let v = 0; v < vector.terms.length; v++) {
    const term = vector.terms[v] as string
    const weight = vector.weights[v] as number
    if (n === k) {
      const lastWeight = weights[n - 1] as number
      if (weight < lastWeight || (weight === lastWeight && term > (terms[n - 1] as string))) continue
    }
    let at = n
    while (at > 0) {
      const w = weights[at - 1] as number
      if (w > weight || (w === weight && (terms[at - 1] as string) < term)) break
      at--
    }
    // Shift the lighter ones down one place, dropping the last when all k places are taken.
    for (let i = n < k ? n : k - 1; i > at; i--) {
      terms[i] = terms[i - 1] as string
      weights[i] = weights[i - 1] as number
    }
    terms[at] = term
    weights[at] = weight
    if (n < k) n++
  }
  return { count: n, terms: terms.slice(0, n), weights: weights.slice(0, n) }
}

/** The heaviest terms of a vector, heaviest first, with their weights (the vector's). */
interface TopTerms {
  readonly count: number
  readonly terms: readonly string[]
  readonly weights: readonly number[]
}

/** topTerms' scratch: it never calls out while filling them. */
const TOP_TERMS: string[] = []
const TOP_WEIGHTS: number[] = []
