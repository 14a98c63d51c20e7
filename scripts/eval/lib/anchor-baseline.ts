import type { Span } from '../../../src/model/index.js'
import { foldName } from '../../../src/pipeline/text/index.js'
import type { LinkedSpans, PredictedCoverage } from './score-coverage.js'

/**
 * Dice overlap of anchor keys at or above which two mutual-best sentences are one shared fact. Fixed by hand
 * before the first run (not tuned on the benchmark): "about half of the names and numbers agree".
 */
export const ANCHOR_THRESHOLD = 0.4

/** Letters of a folded name compared: "Zaslava"/"Заслав" → "zasl", so inflection endings do not matter. */
const NAME_KEY_LETTERS = 4

interface Sentence extends Span {
  /** Anchor keys: "n:<digits>" for numbers, "w:<folded prefix>" for capitalised words. */
  readonly anchors: ReadonlySet<string>
  /** Numbers: digits only as key ("10 000" = "10,000" = "10000"), with their spans. */
  readonly numbers: readonly (Span & { readonly key: string })[]
}

/**
 * The translation-free baseline of cross-lingual fact alignment: each text is split into sentences at
 * [.!?…] + space + capital or at line breaks; a sentence's anchors are its digit numbers and its capitalised words
 * folded to Latin (foldName) and cut to 4 letters. Each A sentence is paired with its best B sentence by Dice
 * overlap of anchors when that choice is mutual and reaches ANCHOR_THRESHOLD: a shared fact. Unpaired sentences
 * are single-source facts. In a pair, one number on each side without a partner on the other is a conflict.
 * Example: "Putin signed 3 decrees in 2021." / "Путин подписал 3 указа в 2021 году." → one shared fact (anchors
 * puti, 3, 2021 on both sides).
 */
export function anchorBaseline(textA: string, textB: string): PredictedCoverage {
  const a = baselineSentences(textA)
  const b = baselineSentences(textB)
  const bestB = a.map((s) => bestMatch(s, b))
  const bestA = b.map((s) => bestMatch(s, a))
  const shared: LinkedSpans[] = []
  const conflicts: LinkedSpans[] = []
  const pairedA = new Set<number>()
  const pairedB = new Set<number>()
  bestB.forEach((best, i) => {
    if (best.index < 0 || best.score < ANCHOR_THRESHOLD || bestA[best.index]?.index !== i) return
    const sa = a[i]
    const sb = b[best.index]
    if (!sa || !sb) return
    pairedA.add(i)
    pairedB.add(best.index)
    shared.push({ a: [span(sa)], b: [span(sb)] })
    const unmatchedA = sa.numbers.filter((n) => !sb.numbers.some((m) => m.key === n.key))
    const unmatchedB = sb.numbers.filter((n) => !sa.numbers.some((m) => m.key === n.key))
    const [na] = unmatchedA
    const [nb] = unmatchedB
    if (unmatchedA.length === 1 && unmatchedB.length === 1 && na && nb) conflicts.push({ a: [span(na)], b: [span(nb)] })
  })
  return {
    shared,
    onlyA: a.flatMap((s, i) => (pairedA.has(i) ? [] : [[span(s)]])),
    onlyB: b.flatMap((s, i) => (pairedB.has(i) ? [] : [[span(s)]])),
    conflicts,
  }
}

/** Sentences of the baseline with their anchors; exported for tests. */
export function baselineSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0]
    const lead = raw.length - raw.trimStart().length
    const body = raw.trim()
    if (!/[\p{L}\p{N}]/u.test(body)) continue
    const start = match.index + lead
    sentences.push({ start, end: start + body.length, ...anchorsOf(body, start) })
  }
  return sentences
}

// A sentence ends at [.!?…] (with closing quotes or brackets) before a space and a capital, digit or opening quote,
// or at a line break. "Bros. Ve" splits too: a baseline does not know abbreviations.
const SENTENCE = /[^\n]+?(?:[.!?…]+["'»”“)\]]*(?=\s+["'«„“(]?[\p{Lu}\p{N}])|(?=\n)|$)/gu
const NUMBER = /\d+(?:[.,:/\-–\u00A0\u2009\u202F]\d+)*/gu
const CAPITALISED = /\p{Lu}[\p{L}\p{M}]*/gu

function anchorsOf(body: string, offset: number): Pick<Sentence, 'anchors' | 'numbers'> {
  const anchors = new Set<string>()
  const numbers: (Span & { key: string })[] = []
  for (const match of body.matchAll(NUMBER)) {
    const key = match[0].replace(/\D/gu, '')
    anchors.add(`n:${key}`)
    numbers.push({ start: offset + match.index, end: offset + match.index + match[0].length, key })
  }
  for (const match of body.matchAll(CAPITALISED)) {
    const folded = foldName(match[0]).replace(/\s+/gu, '')
    if (folded.length >= 2) anchors.add(`w:${folded.slice(0, NAME_KEY_LETTERS)}`)
  }
  return { anchors, numbers }
}

function bestMatch(sentence: Sentence, others: readonly Sentence[]): { index: number; score: number } {
  let index = -1
  let score = 0
  others.forEach((other, i) => {
    const s = dice(sentence.anchors, other.anchors)
    if (s > score) {
      score = s
      index = i
    }
  })
  return { index, score }
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0
  let both = 0
  for (const key of a) if (b.has(key)) both++
  return (2 * both) / (a.size + b.size)
}

function span(s: Span): Span {
  return { start: s.start, end: s.end }
}
