import { occurrenceCounter, type Occurrences } from './count-occurrences.js'
import type { WordToken } from './tokenize-words.js'

/** A span to classify: tokens [first, last] of the text, inclusive. */
export interface TokenRange {
  readonly first: number
  readonly last: number
}

/**
 * The tokens a character span overlaps (a gold span of a corpus, a detected span), or undefined when it overlaps none.
 * @example tokensOverlapping(tokenizeWords('a vile lie'), { start: 2, end: 6 })  // { first: 1, last: 1 }
 */
export function tokensOverlapping(tokens: readonly WordToken[], span: { readonly start: number; readonly end: number }): TokenRange | undefined {
  let first = -1
  let last = -1
  for (let k = 0; k < tokens.length && tokens[k]!.start < span.end; k++) {
    if (tokens[k]!.end <= span.start) continue
    if (first < 0) first = k
    last = k
  }
  return first < 0 ? undefined : { first, last }
}

// Span length in words, bucketed: PTC's techniques differ most by length (Loaded_Language median 2 words,
// Name_Calling 3, Doubt 15, Causal_Oversimplification 20; bench/ptc README counts).
const LENGTH_BUCKETS = [1, 2, 4, 8, 16] as const

/**
 * Calls `visit` with each feature of a span for the technique classifier: its words and their meaning
 * clusters, first and last word, the word before it, and its shape (`forEachShapeFeature`). Shared by
 * training (scripts/train) and detection.
 */
export function forEachSpanFeature(text: string, tokens: readonly WordToken[], range: TokenRange, visit: (feature: string) => void): void {
  const first = tokens[range.first]!
  const last = tokens[range.last]!
  for (let k = range.first; k <= range.last; k++) {
    visit('b=' + tokens[k]!.norm)
    const cluster = tokens[k]!.cluster
    if (cluster >= 0) visit('bc=' + cluster)
  }
  visit('f=' + first.norm)
  visit('l=' + last.norm)
  visit('pre=' + previousWord(tokens, range))
  forEachShapeFeature(text, tokens, range, visit)
}

/** The word before a span in its sentence, or "<s>" at a sentence start: the value of the "pre=" feature. */
export function previousWord(tokens: readonly WordToken[], range: TokenRange): string {
  const before = tokens[range.first - 1]
  return before === undefined || before.sentence !== tokens[range.first]!.sentence ? '<s>' : before.norm
}

/**
 * The features of a span that are not its words: length bucket, punctuation, a capitalised start inside a
 * sentence, and whether the same words occur again in the text (PTC's Repetition).
 */
export function forEachShapeFeature(text: string, tokens: readonly WordToken[], range: TokenRange, visit: (feature: string) => void): void {
  const first = tokens[range.first]!
  const last = tokens[range.last]!
  const words = range.last - range.first + 1
  visit('len=' + (LENGTH_BUCKETS.find((b) => words <= b) ?? 'long'))
  const surface = text.slice(first.start, last.end)
  if (surface.includes('?') || text[last.end] === '?') visit('question')
  if (surface.includes('!') || text[last.end] === '!') visit('exclaim')
  if (/["“”«»]/u.test(surface)) visit('quote')
  if (first.isCapitalized && range.first > 0 && tokens[range.first - 1]!.sentence === first.sentence) visit('cap')
  if (words <= 6 && isRepeated(text, surface, first.start)) {
    visit('repeated')
    // How often, and whether this is the first time: PTC marks the later occurrences as Repetition (five-fold
    // CV: technique micro-F1 0.563 → 0.579 (PTC-only folds; 0.579 in scripts/eval/framing.ts); Repetition 0.47 → 0.61 right).
    const { count, firstAt } = occurrences(text, surface.toLowerCase())
    visit('rep=' + Math.min(count, 4))
    visit(firstAt === first.start ? 'repfirst' : 'replater')
  }
}

/**
 * The text being scored, lower-cased once, a counter of matches in it, and what each wording's search found: spans
 * of one text are scored one after another, and many share a wording ("the regime", "said").
 */
let current = { text: '', count: occurrenceCounter(''), found: new Map<string, Occurrences>() }

/** How many times `needle` (a span's wording, lower-cased) occurs in the lower-cased text, and where first. */
function occurrences(text: string, needle: string): Occurrences {
  if (current.text !== text) current = { text, count: occurrenceCounter(text.toLowerCase()), found: new Map() }
  let found = current.found.get(needle)
  if (found === undefined) {
    found = current.count(needle)
    current.found.set(needle, found)
  }
  return found
}

/** True when the span's wording (case-insensitive) occurs elsewhere in the text. */
function isRepeated(text: string, surface: string, at: number): boolean {
  const needle = surface.toLowerCase()
  if (needle.length < 3) return false
  // Found first elsewhere, or first here and once more after (occurrences counts overlapping matches too).
  const { count, firstAt } = occurrences(text, needle)
  return firstAt >= 0 && (firstAt !== at || count >= 2)
}
