/** One sentence the brief may use, reduced to what selection weighs. */
export interface Candidate {
  /** Concepts the sentence states: content lemmas and pairs of adjacent ones ("supreme court", "court rule"). */
  readonly concepts: readonly string[]
  /** Words as the brief would write it. */
  readonly words: number
  /** Share of the story's articles (0–1) its aligned facts span, when the story is in several languages (else 0):
   *  there no concept is shared by spelling, and alignment says what several outlets report. Each concept of the
   *  sentence weighs at least this. */
  readonly support: number
  /** 0-based index of the sentence in its article: what outlets put first matters most to them. */
  readonly position: number
  /** Framing the detector still finds in it as written (quoted or attributed): used only when nothing cleaner says as much. */
  readonly hasFraming: boolean
  /** Candidates that tell the same thing with another figure or the opposite claim (a conflict): one of them is told, with the difference noted. */
  readonly rivals?: readonly number[]
}

export interface SelectOptions {
  /** Most words in all. */
  readonly maxWords: number
  /** How many of the story's articles mention each concept, over the number of articles (0–1]. */
  readonly conceptWeight: (concept: string) => number
}

/** Parameters of the greedy choice; see docs/REPORT.md ("How the brief is chosen") for how they were set. */
export const SELECTION = {
  /** A sentence's value falls as 1 / (1 + POSITION_DECAY × its index in its article). */
  POSITION_DECAY: 0.3,
  /** Value = new concepts' weight / (concepts in the sentence)^LENGTH_EXPONENT: 1 is their mean weight, which
   *  favours short sentences; source sentences of 30–50 words match editors' summaries best (0.55 of their tokens
   *  vs 0.35 for under 10), so longer ones are favoured a little. */
  LENGTH_EXPONENT: 0.8,
  /** The last sentence may run past the brief's words by this share of them: "about 120 words". */
  OVERSHOOT: 0.1,
  /** Sentences with framing left in them (quoted, or attributed to their outlet) are used only to bring a brief of
   *  clean sentences up to this share of its words: a neutral brief shorter than that would leave out too much. */
  FRAMED_FILL: 0.5,
  /** A sentence whose concepts are this much (0–1) inside one already chosen repeats it. */
  REPEAT_OVERLAP: 0.5,
} as const

/**
 * Chooses sentences greedily by the value of the concepts they add that no chosen sentence states yet (each
 * concept weighs the share of outlets that report it, so what most outlets report comes first), per word, with
 * earlier sentences of each article preferred, until no sentence fits the words left or adds anything.
 * A sentence whose concepts are mostly those of a chosen one tells a fact again and is never chosen (facts as
 * aligned are not used for this: alignment joins a lead "Biden took no questions from US reporters" with "the press
 * pool lodged a complaint", which an editor reports as two facts).
 * Returns indexes into `candidates`, in the order chosen (most valuable first).
 */
export function selectSentences(candidates: readonly Candidate[], options: SelectOptions, parameters: Partial<typeof SELECTION> = {}): number[] {
  const p = { ...SELECTION, ...parameters }
  const covered = new Set<string>()
  const chosen: number[] = []
  const unigrams = candidates.map((c) => new Set(c.concepts.filter((k) => !k.includes(' '))))
  let wordsLeft = options.maxWords
  const choose = (allowFraming: boolean): void => {
    for (;;) {
      let best = -1
      let bestValue = 0
      candidates.forEach((c, i) => {
        if (chosen.includes(i) || c.words > wordsLeft + options.maxWords * p.OVERSHOOT || (c.hasFraming && !allowFraming) ) return
        if (chosen.some((j) => containment(unigrams[i]!, unigrams[j]!) >= p.REPEAT_OVERLAP)) return
        if (c.rivals?.some((j) => chosen.includes(j))) return
        let gain = 0
        const own = new Set(c.concepts)
        for (const k of own) if (!covered.has(k)) gain += Math.max(options.conceptWeight(k), c.support)
        // The mean weight of the sentence's concepts that are new: how much of it is news most outlets report.
        const value = gain / Math.max(1, own.size) ** p.LENGTH_EXPONENT / (1 + p.POSITION_DECAY * c.position)
        if (value > bestValue) {
          best = i
          bestValue = value
        }
      })
      if (best < 0 || wordsLeft <= 0 || (allowFraming && wordsLeft <= options.maxWords * (1 - p.FRAMED_FILL))) return
      const c = candidates[best]!
      chosen.push(best)
      wordsLeft -= c.words
      for (const k of c.concepts) covered.add(k)
    }
  }
  choose(false)
  choose(true)
  return chosen
}

/** Share of the smaller set inside the larger one, 0–1. */
function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0) return 0
  let both = 0
  for (const k of small) if (large.has(k)) both++
  return both / small.size
}
