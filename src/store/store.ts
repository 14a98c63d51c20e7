/**
 * The one persistence interface. SQLite (src/store/sqlite) is the embedded default; a PostgreSQL store
 * will implement the same interface and pass the same contract suite (store.contract.ts). Every method is
 * async so a networked database fits; ids are strings chosen by the caller (deterministic, see docs/STORE.md),
 * so two processes writing the same article produce the same row.
 */
export interface Store {
  /** Schema version after migrations (see migrations/). */
  schemaVersion(): Promise<number>
  /**
   * Runs `fn` in one write transaction: everything it wrote is stored, or (on a throw, a crash or a full
   * disk) nothing. Writers are serialised; a second writer waits up to the busy timeout, then fails with
   * AppError 'store_unavailable'. Reads inside `fn` see the database as of the start of the transaction,
   * including what other writers committed before it.
   */
  write<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T>
  /**
   * Articles stored after `afterSeq` in storage order, with what dedupe and grouping need to rebuild their state;
   * at most `limit` of them when given (a large corpus is read in pages: every entry is a few KB in memory).
   */
  corpusSince(afterSeq: number, limit?: number): Promise<CorpusEntry[]>
  /** The corpus entries of these articles, in storage order (unknown ids are left out). */
  corpusOf(articleIds: readonly string[]): Promise<CorpusEntry[]>
  /**
   * The newest stories (by last seen), read from the story rows kept up to date by every write (migration 6):
   * an indexed LIMIT, not an aggregate over articles.
   */
  listStories(query?: StoryQuery): Promise<StorySummary[]>
  /**
   * A number that changes whenever any story's stored view changes (an article added, revised, moved; a story
   * gone): what a cached story list is checked against (see docs/STORE.md, "Stored views").
   */
  storyListVersion(): Promise<number>
  /** A story with its articles (current revision), or null. `storyId` may be a unique prefix. */
  getStory(storyId: string): Promise<StoryDetail | null>
  /** A story's id and content version without its articles (an ETag check), or null. `storyId` may be a unique prefix. */
  getStoryVersion(storyId: string): Promise<{ storyId: string; version: string } | null>
  /** The stored report (JSON text) of a story when it was stored under `key` (story version, analyser, settings), else null. */
  getStoryReport(storyId: string, key: string): Promise<string | null>
  /**
   * Stores a story's report under `key`, replacing an older one; dropped with the story. Best effort: a store busy
   * with another writer skips it rather than wait (the caller still has the report), so it may not be stored.
   */
  putStoryReport(storyId: string, key: string, report: string): Promise<void>
  /** A cached analysis result (JSON text) of one article revision by one analyser version, or null. */
  getAnalysis(key: AnalysisKey): Promise<string | null>
  putAnalysis(key: AnalysisKey, result: string): Promise<void>
  /** User corrections, oldest first. */
  corrections(): Promise<Correction[]>
  close(): Promise<void>
}

/** Writes allowed inside {@link Store.write}. */
export interface StoreWriter {
  corpusSince(afterSeq: number, limit?: number): Promise<CorpusEntry[]>
  /** The corpus entries of these articles, in storage order (unknown ids are left out). */
  corpusOf(articleIds: readonly string[]): Promise<CorpusEntry[]>
  /** The corpus entries of every article of these stories, in storage order (settling reads back retired stories). */
  corpusOfStories(storyIds: readonly string[]): Promise<CorpusEntry[]>
  /** A number that changes whenever stored articles change story (merge, split, regroup); see migration 3. */
  corpusGeneration(): Promise<number>
  /**
   * The stored corpus snapshot (a writer's state as of article `seq`, see src/corpus/corpus-snapshot.ts), or null.
   * The store drops it whenever an article up to `seq` changes what a replay reads (migration 7).
   */
  corpusSnapshot(): Promise<StoredSnapshot | null>
  /** Replaces the stored corpus snapshot. */
  putCorpusSnapshot(snapshot: StoredSnapshot): Promise<void>
  /** The MinHash signatures of these stored articles (article id → signature; absent when unknown). */
  signaturesOf(articleIds: readonly string[]): Promise<Map<string, Uint32Array>>
  /** Articles of ingest runs not settled yet (see migration 5), in storage order. */
  pendingSettle(): Promise<string[]>
  /** Records articles to settle at the end of the run, in the transaction that stores them. */
  addPendingSettle(articleIds: readonly string[]): Promise<void>
  /** Forgets pending articles once their settle is written (all of them when `articleIds` is left out). */
  clearPendingSettle(articleIds?: readonly string[]): Promise<void>
  /** The article an input location (URL, or path/source when there is no URL) was stored as. */
  findBySource(location: string): Promise<ArticleRef | null>
  /** The article whose some revision has exactly this normalised content hash. */
  findByContentHash(contentHash: string): Promise<ArticleRef | null>
  /** {@link findBySource} for many locations at once: location → article (absent when unknown). */
  findManyBySource(locations: readonly string[]): Promise<Map<string, ArticleRef>>
  /** {@link findByContentHash} for many hashes at once: hash → article (absent when unknown). */
  findManyByContentHash(hashes: readonly string[]): Promise<Map<string, ArticleRef>>
  /** Stores a new article (revision 1) and its input location; returns its storage sequence number. */
  insertArticle(article: NewArticle): Promise<number>
  /** {@link insertArticle} for many articles, in order; returns their sequence numbers. */
  insertArticles(articles: readonly NewArticle[]): Promise<number[]>
  /** Records one more input location (another URL or file) of an article already stored. */
  addSource(articleId: string, source: ArticleSource): Promise<void>
  /** {@link addSource} for many, in order. */
  addSources(list: readonly { articleId: string; source: ArticleSource }[]): Promise<void>
  /** Stores changed content of a known article as its next revision; returns the revision number. */
  addRevision(articleId: string, revision: NewRevision): Promise<number>
  /** Moves articles between stories (regrouping, user corrections); stories left empty are deleted. */
  moveArticles(moves: readonly { articleId: string; storyId: string }[]): Promise<void>
  addCorrection(correction: NewCorrection): Promise<Correction>
}

export interface ArticleRef {
  readonly articleId: string
  readonly storyId: string
  /** Current (latest) revision number, from 1. */
  readonly revision: number
  /** Content hash of the current revision. */
  readonly contentHash: string
}

/** Where an input came from: "source" is the path/URL/record the user gave; `location` the key used for lookups. */
export interface ArticleSource {
  readonly location: string
  readonly source: string
  readonly url: string | null
  readonly outlet: string
}

export interface NewRevision {
  readonly contentHash: string
  readonly format: 'text' | 'html'
  /** The input as read (HTML or text), so analysis can be rerun later. */
  readonly content: string
  /** Body text the features were computed from. */
  readonly text: string
  readonly title: string
  /** Framing load of the title as a headline (span confidence per 100 words); absent when it is not a headline
   *  (cut from the lead sentence). The story's title is its most neutral headline. */
  readonly headlineScore?: number
  /** Folded (lower-case, Latin-script) title and text for `StoryQuery.query`. */
  readonly searchText: string
}

export interface NewArticle extends NewRevision {
  readonly articleId: string
  readonly sourceInfo: ArticleSource
  /** ISO 8601, or null when unknown. */
  readonly publishedAt: string | null
  readonly language: string
  readonly duplicateGroup: string
  /** Wire agency credited ("ap", "reuters", ...), or null. */
  readonly wire: string | null
  readonly storyId: string
  /** MinHash signature (dedupe). */
  readonly signature: Uint32Array
  /** Weighted grouping terms. */
  readonly terms: readonly (readonly [string, number])[]
}

/** What rebuilding the dedupe and grouping state needs about one stored article. */
export interface CorpusEntry {
  readonly seq: number
  readonly articleId: string
  readonly storyId: string
  readonly duplicateGroup: string
  readonly wire: string | null
  readonly outlet: string
  readonly publishedAt: string | null
  readonly signature: Uint32Array
  readonly terms: readonly (readonly [string, number])[]
}

/**
 * A persisted writer state: opaque bytes, valid for the articles up to `seq`, in parts whose concatenation is the
 * state (stored a row each, read back in order; a snapshot stored before migration 8 is one part).
 */
export interface StoredSnapshot {
  readonly seq: number
  readonly parts: readonly Uint8Array[]
}

export interface StoryQuery {
  /** Only stories with an article published (or first seen) at or after this ISO 8601 instant. */
  readonly since?: string
  /** Words that must all occur in the title or text of one of the story's articles (folded by the caller). */
  readonly query?: string
  /** Default 100. */
  readonly limit?: number
  /**
   * Only stories after this one in list order (newest first: last seen descending, then story id ascending): the
   * last story of the previous page, so the next page is a walk on down the index from there (keyset pagination:
   * a story seen since does not shift the pages already read).
   */
  readonly after?: StoryCursor
}

/** A story's place in the story list (StoryQuery.after): its last-seen instant and id. */
export interface StoryCursor {
  readonly lastSeen: string
  readonly storyId: string
}

export interface StoryMember {
  readonly articleId: string
  readonly title: string
  /** Framing load of `title` as a headline; null when it is not one (cut from the lead) or was stored before schema 4. */
  readonly headlineScore: number | null
  readonly outlet: string
  /** Every outlet whose copy was stored as this article (exact copies are one article). */
  readonly outlets: readonly string[]
  readonly wire: string | null
  readonly duplicateGroup: string
  readonly publishedAt: string | null
  readonly firstSeenAt: string
  readonly language: string
}

export interface StorySummary {
  readonly storyId: string
  /** The story's most neutral headline (lowest `headlineScore`, then in English, then carried by more outlets, then earliest);
   *  without any headline, the title of its earliest article. */
  readonly title: string
  readonly firstSeen: string
  readonly lastSeen: string
  /**
   * Content version of the story: a hash of its members as stored (ids, revisions, titles, outlets, dates, sources),
   * so it changes whenever anything a report or the list shows of the story changes, and only then.
   */
  readonly version: string
  readonly members: readonly StoryMember[]
}

export interface StoredArticle extends StoryMember {
  readonly source: string
  readonly url: string | null
  readonly language: string
  readonly revision: number
  readonly format: 'text' | 'html'
  readonly content: string
  readonly text: string
}

export interface StoryDetail extends Omit<StorySummary, 'members'> {
  readonly articles: readonly StoredArticle[]
}

export interface AnalysisKey {
  readonly articleId: string
  readonly revision: number
  /** Name and version of the analyser ("analyzeArticle@1"): a new version recomputes. */
  readonly analyzer: string
}

/**
 * A user's correction. 'merge': the listed articles belong together (in `storyId`). 'split': the listed
 * articles leave their story for a new one (`storyId`). Replayed in order after every regrouping.
 */
export type NewCorrection =
  | { readonly kind: 'merge'; readonly storyId: string; readonly articleIds: readonly string[] }
  | { readonly kind: 'split'; readonly storyId: string; readonly articleIds: readonly string[] }

export type Correction = NewCorrection & { readonly id: number; readonly createdAt: string }
