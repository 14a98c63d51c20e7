import type { Span } from '../../../src/model/index.js'

/**
 * Word tokens of a text: runs of letters, digits and marks, with inner apostrophes or hyphens kept
 * ("Clinton’s", "state-designated"). Punctuation and quotation marks are not tokens, so a span that
 * includes its quotation marks and one that does not cover the same tokens.
 * Example: `wordTokens('He said: “No.”')` → [0,2) [3,7) [10,12).
 */
export function wordTokens(text: string): Span[] {
  const tokens: Span[] = []
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*/gu)) {
    tokens.push({ start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

/**
 * Indices of the tokens (sorted, non-overlapping) that share at least one character with any of `spans`.
 * Example: tokens [0,2) [3,7) [10,12), spans [[4,5)] → {1}.
 */
export function coveredTokens(tokens: readonly Span[], spans: readonly Span[]): Set<number> {
  const covered = new Set<number>()
  for (const span of spans) {
    for (let i = firstEndingAfter(tokens, span.start); i < tokens.length; i++) {
      const token = tokens[i]
      if (!token || token.start >= span.end) break
      covered.add(i)
    }
  }
  return covered
}

/** Binary search: the first token whose end is after `offset`. */
function firstEndingAfter(tokens: readonly Span[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((tokens[mid]?.end ?? 0) <= offset) low = mid + 1
    else high = mid
  }
  return low
}

/** |a ∩ b|. */
export function intersectionSize(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let count = 0
  for (const item of small) if (large.has(item)) count++
  return count
}

/** Jaccard similarity |a ∩ b| / |a ∪ b|, 0–1; 0 when both are empty. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const both = intersectionSize(a, b)
  const union = a.size + b.size - both
  return union === 0 ? 0 : both / union
}
