/**
 * ROUGE (Lin 2004) as the original perl script scores one candidate against one reference without stemming or
 * stop-word removal: text lower-cased, every run of characters other than letters and digits a token boundary
 * ("Biden's" → biden, s). ROUGE-N counts n-grams clipped to their count in the reference; ROUGE-L is the longest
 * common subsequence of the two whole token sequences (not the per-sentence union LCS of ROUGE-Lsum).
 * No npm package fits: the maintained ones are wrappers of the perl script or bundle a stemmer we would not use.
 */

/** Recall, precision and their harmonic mean (F1), each 0–1; all 0 when either side has no tokens. */
export interface RougeScore {
  readonly recall: number
  readonly precision: number
  readonly f1: number
}

export interface RougeScores {
  readonly rouge1: RougeScore
  readonly rouge2: RougeScore
  readonly rougeL: RougeScore
}

/** Lower-cased letter-and-digit tokens. Example: `rougeTokens("Biden's 3.5%")` → ['biden', 's', '3', '5']. */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** The first `limit` tokens' worth of `text`, as tokens: a candidate cut to the reference's length. */
export function firstTokens(text: string, limit: number): string[] {
  return rougeTokens(text).slice(0, limit)
}

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L of `candidate` against `reference` (token lists from `rougeTokens`).
 * Example: candidate "the cat sat", reference "the cat ran" → ROUGE-1 R = P = F1 = 2/3, ROUGE-2 1/2, ROUGE-L 2/3.
 */
export function rouge(candidate: readonly string[], reference: readonly string[]): RougeScores {
  return { rouge1: rougeN(candidate, reference, 1), rouge2: rougeN(candidate, reference, 2), rougeL: rougeL(candidate, reference) }
}

export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const candidateGrams = nGrams(candidate, n)
  const referenceGrams = nGrams(reference, n)
  let overlap = 0
  for (const [gram, count] of candidateGrams) overlap += Math.min(count, referenceGrams.get(gram) ?? 0)
  return score(overlap, total(referenceGrams), total(candidateGrams))
}

export function rougeL(candidate: readonly string[], reference: readonly string[]): RougeScore {
  return score(lcsLength(candidate, reference), reference.length, candidate.length)
}

/** Length of the longest common subsequence, in O(|a|·|b|) time and O(|b|) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0)
  for (const x of a) {
    const current = new Array<number>(b.length + 1).fill(0)
    for (let j = 1; j <= b.length; j++) {
      current[j] = x === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

function nGrams(tokens: readonly string[], n: number): Map<string, number> {
  const grams = new Map<string, number>()
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ')
    grams.set(gram, (grams.get(gram) ?? 0) + 1)
  }
  return grams
}

function total(grams: ReadonlyMap<string, number>): number {
  let sum = 0
  for (const count of grams.values()) sum += count
  return sum
}

function score(overlap: number, referenceCount: number, candidateCount: number): RougeScore {
  const recall = referenceCount === 0 ? 0 : overlap / referenceCount
  const precision = candidateCount === 0 ? 0 : overlap / candidateCount
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision)
  return { recall, precision, f1 }
}
