/** A title a story could take. */
export interface TitleCandidate {
  readonly title: string
  /** Framing load of the title as a headline (span confidence per 100 words); null when it is not a headline. */
  readonly score: number | null
  /** Framing spans in it. */
  readonly spans: number
  /** Outlets that carry this headline. */
  readonly outlets: number
  /** ISO 8601 publication (or first-seen) date, when known. */
  readonly seen?: string
  /** The headline's language, when known. */
  readonly language?: string
}

/**
 * The story's title: its most neutral headline. Least framing load first, then fewest spans, then one in the
 * reader's `language` (a story told in several languages reads under a headline in the report's), then the headline
 * more outlets carry, then the earliest, then input order. Undefined when no candidate is a headline (every
 * title was cut from a lead sentence): the caller keeps its own fallback.
 *
 * @example mostNeutralTitle([{ title: 'Dictator begs…', score: 12.5, … }, { title: 'Lukashenko asks…', score: 0, … }])  // 'Lukashenko asks…'
 */
export function mostNeutralTitle(candidates: readonly TitleCandidate[], language?: string): string | undefined {
  let best: (TitleCandidate & { score: number }) | undefined
  for (const c of candidates) {
    if (c.score === null || c.title.trim() === '') continue
    if (best === undefined || isMoreNeutral({ ...c, score: c.score }, best, language)) best = { ...c, score: c.score }
  }
  return best?.title
}

function isMoreNeutral(a: TitleCandidate & { score: number }, b: TitleCandidate & { score: number }, language: string | undefined): boolean {
  if (a.score !== b.score) return a.score < b.score
  if (a.spans !== b.spans) return a.spans < b.spans
  if ((a.language === language) !== (b.language === language)) return a.language === language
  if (a.outlets !== b.outlets) return a.outlets > b.outlets
  if (a.seen !== b.seen) return a.seen !== undefined && (b.seen === undefined || a.seen < b.seen)
  return false
}
