import { PHRASE_WINDOW, forEachSentence, sentenceShape } from './phrase-features.js'
import type { WordToken } from './tokenize-words.js'
import { CLUSTER_COUNT } from './word-clusters.js'

/**
 * Runs of tokens whose log-odds reach `minLogit`, within one sentence, as [first, last] pairs. A gap of up to
 * `maxGap` words below the threshold between two runs is bridged when the words on both sides pass
 * ("a [truly] disgraceful, [shameful] act" → one span): PTC spans are phrases, and a tagger that scores words
 * one at a time leaves holes in them.
 */
export function decodeRuns(tokens: readonly WordToken[], logits: Float64Array, minLogit: number, maxGap: number): [number, number][] {
  const runs: [number, number][] = []
  let i = 0
  while (i < tokens.length) {
    if (logits[i]! < minLogit) {
      i++
      continue
    }
    const sentence = tokens[i]!.sentence
    const first = i
    let last = i
    let k = i + 1
    while (k < tokens.length && tokens[k]!.sentence === sentence) {
      if (logits[k]! >= minLogit) {
        last = k
        k++
        continue
      }
      let j = k
      while (j < tokens.length && j - k < maxGap && tokens[j]!.sentence === sentence && logits[j]! < minLogit) j++
      if (j < tokens.length && j - k <= maxGap && tokens[j]!.sentence === sentence && logits[j]! >= minLogit) {
        k = j
        continue
      }
      break
    }
    runs.push([first, last])
    i = last + 1
  }
  return runs
}

/** Weights of the phrase tagger as committed (parallel arrays, as the other weight files). */
export interface PhraseTaggerWeightsFile {
  readonly description: string
  readonly bias: number
  /** A word is inside a phrase when p ≥ threshold. */
  readonly threshold: number
  /** Words below the threshold bridged between two runs (see `decodeRuns`). */
  readonly maxGap: number
  readonly features: readonly string[]
  readonly weights: readonly number[]
}

/**
 * Logistic regression: P(word is inside a propaganda span | words and clusters two either side, word pair,
 * sentence shape), with the weights split by feature kind so scoring builds no strings.
 */
export interface PhraseTagger {
  readonly bias: number
  readonly threshold: number
  readonly maxGap: number
  /** Every weight by feature name (phrase-features.ts), for tests and explanations. */
  readonly weights: ReadonlyMap<string, number>
  /** Word and cluster weights per window offset, in `PHRASE_WINDOW` order. */
  readonly word: readonly ReadonlyMap<string, number>[]
  readonly cluster: readonly Float64Array[]
  readonly pair: ReadonlyMap<string, ReadonlyMap<string, number>>
  readonly punct: number
  /** Weights of a word inside a lexicon or loaded-word span, and of one within three words of such a span. */
  readonly lexicon: number
  readonly near: number
}

export function loadPhraseTagger(file: PhraseTaggerWeightsFile): PhraseTagger {
  if (file.features.length !== file.weights.length) throw new Error('framing: phrase weights: features and weights differ in length')
  const weights = new Map<string, number>()
  const word = PHRASE_WINDOW.map(() => new Map<string, number>())
  const cluster = PHRASE_WINDOW.map(() => new Float64Array(CLUSTER_COUNT))
  const pair = new Map<string, Map<string, number>>()
  let punct = 0
  let lexicon = 0
  let near = 0
  file.features.forEach((feature, k) => {
    const weight = file.weights[k]!
    weights.set(feature, weight)
    const eq = feature.indexOf('=')
    const kind = eq < 0 ? feature : feature.slice(0, eq)
    const value = feature.slice(eq + 1)
    const offset = PHRASE_WINDOW.indexOf(Number(kind.slice(1)) as (typeof PHRASE_WINDOW)[number])
    if (kind[0] === 'w' && kind !== 'w' && offset >= 0) word[offset]!.set(value, weight)
    else if (kind[0] === 'c' && offset >= 0) cluster[offset]![Number(value)] = weight
    else if (kind === 'pw') {
      const bar = value.indexOf('|')
      const inner = pair.get(value.slice(0, bar)) ?? new Map<string, number>()
      inner.set(value.slice(bar + 1), weight)
      pair.set(value.slice(0, bar), inner)
    } else if (kind === 'punct') punct = weight
    else if (kind === 'lex0') lexicon = weight
    else if (kind === 'lexnear') near = weight
    else if (!SENTENCE_KINDS.has(kind)) throw new Error(`framing: phrase weights: unknown feature ${feature}`)
  })
  return { bias: file.bias, threshold: file.threshold, maxGap: file.maxGap, weights, word, cluster, pair, punct, lexicon, near }
}

const SENTENCE_KINDS = new Set(['slen', 'sq', 'sx', 'squote', 'slex'])

/**
 * Log-odds that each token is inside a propaganda span: exactly the features of `forEachPhraseFeature`
 * (a test checks the two agree), computed from the split tables.
 */
export function phraseLogits(text: string, tokens: readonly WordToken[], marks: Uint8Array, tagger: PhraseTagger): Float64Array {
  const logits = new Float64Array(tokens.length)
  const clusters = Int32Array.from(tokens, (t) => t.cluster)
  forEachSentence(tokens, (first, last) => {
    let z0 = tagger.bias
    for (const f of sentenceShape(text, tokens, first, last, marks).features) z0 += tagger.weights.get(f) ?? 0
    for (let i = first; i <= last; i++) {
      let z = z0
      for (let o = 0; o < PHRASE_WINDOW.length; o++) {
        const k = i + PHRASE_WINDOW[o]!
        if (k < first) z += tagger.word[o]!.get('<s>') ?? 0
        else if (k > last) z += tagger.word[o]!.get('</s>') ?? 0
        else {
          z += tagger.word[o]!.get(tokens[k]!.norm) ?? 0
          const c = clusters[k]!
          if (c >= 0) z += tagger.cluster[o]![c]!
        }
      }
      z += tagger.pair.get(i === first ? '<s>' : tokens[i - 1]!.norm)?.get(tokens[i]!.norm) ?? 0
      if (tokens[i]!.afterPunctuation) z += tagger.punct
      if (marks[i] === 1) z += tagger.lexicon
      else {
        let near = false
        for (let k = Math.max(first, i - 3); k <= Math.min(last, i + 3) && !near; k++) near = marks[k] === 1
        if (near) z += tagger.near
      }
      logits[i] = z
    }
  })
  return logits
}
