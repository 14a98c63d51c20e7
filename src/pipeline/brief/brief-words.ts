/** An editor's summary of up to three articles' coverage runs to about this many words (AllSides roundups: ~120). */
const BASE_WORDS = 120
const BASE_ARTICLES = 3

/**
 * The brief's default length in words: 120 for up to three articles, then a quarter more for each doubling of the
 * number of articles, since more outlets add fewer new facts than they repeat.
 * Example: 2 → 120, 3 → 120, 6 → 150, 12 → 180, 24 → 210.
 */
export function briefWords(articleCount: number): number {
  if (articleCount <= BASE_ARTICLES) return BASE_WORDS
  return Math.round(BASE_WORDS * (1 + Math.log2(articleCount / BASE_ARTICLES) / 4))
}
