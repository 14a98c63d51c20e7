import { contentWords } from './content-words.js'

/**
 * What a reader notices in a brief, sentence by sentence: a sentence cut short ("… whom they shot and killed
 * after..."), or left without an end (a headline-style fragment: "Biden's Afghanistan Exit"), quotation marks that
 * open and never close, and one fact told twice.
 */
export interface BriefDefects {
  readonly sentences: number
  readonly truncated: number
  readonly unbalanced: number
  /** Sentences that open by pointing back at text the brief does not have ("That amounts to…", "These measures…"). */
  readonly dangling: number
  /** Pairs of sentences of one brief that tell one fact: most content words of the shorter are in the longer. */
  readonly repeated: number
}

// Two sentences whose smaller set of content words is at least this much inside the other's repeat one fact:
// a paraphrase with a clause more, as the "lead fact repeated three times" examples were.
const REPEAT_OVERLAP = 0.6

export function briefDefects(sentences: readonly string[]): BriefDefects {
  const words = sentences.map(contentWords)
  let repeated = 0
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) if (overlap(words[i]!, words[j]!) >= REPEAT_OVERLAP) repeated++
  }
  return {
    sentences: sentences.length,
    truncated: sentences.filter(isTruncated).length,
    unbalanced: sentences.filter(isUnbalanced).length,
    dangling: sentences.filter(isDangling).length,
    repeated,
  }
}

/** Ends in an ellipsis, without a sentence end (".", "!", "?", optionally inside a closing quote or bracket), or after a name title. */
export function isTruncated(sentence: string): boolean {
  const s = sentence.trim()
  // "…, which includes Sens.": an excerpt cut after a title that stands before a name.
  return /(\.\.\.|…)["'”’)\]]*$/.test(s) || !/[.!?]["'”’)\]]*$/.test(s) || /\b(?:Sens?|Reps?|Gov|Dr|Mr|Mrs|Ms|Gen|Prof|Rev)\.$/.test(s)
}

/** Opens with a demonstrative or a non-person pronoun, not one of a time ("This year") or "Those who". */
export function isDangling(sentence: string): boolean {
  return /^["“']?(That|This|These|Those|Such|They|Their|Its)\b(?!,? (year|week|month|morning|afternoon|evening|weekend|time|spring|summer|fall|autumn|winter|season|day|night|same|who)\b)/.test(sentence.trim())
}

/** An odd number of straight double quotes, or curly/angle quotes that do not pair. */
export function isUnbalanced(sentence: string): boolean {
  const count = (re: RegExp): number => (sentence.match(re) ?? []).length
  return count(/"/g) % 2 === 1 || count(/“/g) !== count(/”/g) || count(/«/g) !== count(/»/g)
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const small = a.size <= b.size ? a : b
  const large = small === a ? b : a
  if (small.size === 0) return 0
  let both = 0
  for (const word of small) if (large.has(word)) both++
  return both / small.size
}

export function emptyDefects(): BriefDefects {
  return { sentences: 0, truncated: 0, unbalanced: 0, dangling: 0, repeated: 0 }
}

export function addDefects(a: BriefDefects, b: BriefDefects): BriefDefects {
  return { sentences: a.sentences + b.sentences, truncated: a.truncated + b.truncated, unbalanced: a.unbalanced + b.unbalanced, dangling: a.dangling + b.dangling, repeated: a.repeated + b.repeated }
}
