import { readFileSync } from 'node:fs'

/** One side of a wmt-crosslingual pair: its language and its segments, paragraph by paragraph. */
export interface PairSide {
  readonly lang: string
  readonly paragraphs: readonly (readonly string[])[]
}

/** One line of pairs.jsonl: a news article (source) and its human translation (reference), segment by segment. */
export interface WmtPair {
  readonly id: string
  /** "ru-en": the source's language, then the reference's. */
  readonly pair: string
  readonly source: PairSide
  readonly reference: PairSide
}

/**
 * Reads ../shared/bench/wmt-crosslingual/<split>/pairs.jsonl beside the repository, in file order. The check
 * scripts (check-lexicons, check-quotes, check-values) read the dev half.
 * Example: `loadWmtPairs()[0]!.source.paragraphs.flat()` → the first article's segments.
 */
export function loadWmtPairs(split = 'dev'): WmtPair[] {
  const file = new URL(`../../../../shared/bench/wmt-crosslingual/${split}/pairs.jsonl`, import.meta.url)
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as WmtPair)
}
