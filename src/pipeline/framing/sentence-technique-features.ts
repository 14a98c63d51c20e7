import type { FramingSpan } from '../../model/index.js'
import type { WordToken } from './tokenize-words.js'
import { wordCluster } from './word-clusters.js'

// Sentence length in words, bucketed: PTC's clause-level techniques (Doubt, Appeal to fear) sit in long sentences.
const LENGTH_BUCKETS = [6, 12, 20, 32] as const

/**
 * Calls `visit` with each feature of the sentence made of tokens [first, last] for the sentence technique
 * model (does this sentence hold a propaganda technique, SemEval-2020 Task 11?): its words, their meaning
 * clusters, its first word, length bucket and punctuation, and the techniques of the lexicon and loaded-word
 * spans already found in it (`upstream`). Training (scripts/train) and detection share it.
 * @example forEachSentenceTechniqueFeature(text, tokens, 0, 3, [], f => out.push(f))  // 'u=they', 'c=17', 'f=they', ...
 */
export function forEachSentenceTechniqueFeature(
  text: string,
  tokens: readonly WordToken[],
  first: number,
  last: number,
  upstream: readonly FramingSpan[],
  visit: (feature: string) => void,
): void {
  for (let k = first; k <= last; k++) {
    const w = tokens[k]!.norm
    visit('u=' + w)
    const c = wordCluster(w)
    if (c !== undefined) visit('c=' + c)
  }
  visit('f=' + tokens[first]!.norm)
  const words = last - first + 1
  visit('len=' + (LENGTH_BUCKETS.find((b) => words <= b) ?? 'long'))
  const start = tokens[first]!.start
  const end = tokens[last]!.end
  const tail = text.charCodeAt(end)
  if (tail === 33) visit('exclaim')
  if (tail === 63) visit('question')
  if (/["“”]/u.test(text.slice(start, end + 1))) visit('quote')
  let found = 0
  for (const span of upstream) {
    if (span.start < end && span.end > start) {
      visit('lx=' + span.technique)
      found += 1
    }
  }
  visit('spans=' + Math.min(found, 3))
}
