/** What the user handed us, before any extraction: one document of any supported format. */
export interface RawDocument {
  /** Where it came from: a file path, a URL, "stdin", or "<file>#<n>" for one record of a container. */
  readonly source: string
  readonly format: 'text' | 'html'
  /** The decoded document (UTF-16 JS string). Offsets in `Removal` point into this string for text input. */
  readonly content: string
  readonly url?: string
  /** Outlet given by the user or the container (feed title, `--outlet`); wins over anything inferred. */
  readonly outlet?: string
  /** As the container states it (feed item, JSON Lines, front-matter, API client); the pipeline normalizes it (normalizePublishedAt). */
  readonly publishedAt?: string
  readonly title?: string
  readonly byline?: string
}

/** An input that could not be analysed: an expected outcome, not an exception. */
export interface Skipped {
  readonly kind: 'skipped'
  readonly source: string
  readonly reason: SkipReason
  readonly message: string
}

export type SkipReason =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'bad-encoding'
  | 'not-an-article'
  | 'unreadable'
  | 'fetch-failed'
  | 'parse-failed'
  | 'blocked'
