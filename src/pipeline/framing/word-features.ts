import type { WordToken } from './tokenize-words.js'
import { clusterExamples, wordCluster } from './word-clusters.js'

/**
 * Calls `visit` with each feature of token `i` for the loaded-word model: the word, its neighbours, the word
 * pairs, suffixes, its shape, and the meaning clusters of the word and its neighbours. Training (scripts/train) and detection share this function, so they cannot drift.
 * @example forEachFeature(tokenizeWords('a vile lie'), 1, f => out.push(f))  // out: ['w=vile', 'p=a', 'n=lie', ...]
 */
export function forEachFeature(tokens: readonly WordToken[], i: number, visit: (feature: string) => void): void {
  const token = tokens[i]!
  const previous = tokens[i - 1]
  const next = tokens[i + 1]
  const p = previous !== undefined && previous.sentence === token.sentence ? previous.norm : '<s>'
  const n = next !== undefined && next.sentence === token.sentence ? next.norm : '</s>'
  const w = token.norm
  visit('w=' + w)
  visit('p=' + p)
  visit('n=' + n)
  visit('pw=' + p + '|' + w)
  visit('wn=' + w + '|' + n)
  // Suffixes carry the part of speech and affect ("-ous", "-ly", "-ist") for words never seen in training.
  if (w.length > 4) visit('s3=' + w.slice(-3))
  if (w.length > 5) visit('s4=' + w.slice(-4))
  if (token.isCapitalized && p !== '<s>') visit('cap')
  // Meaning clusters let unseen words share weight with seen ones ("vituperative" ~ "vicious").
  const c = wordCluster(w)
  if (c !== undefined) visit('c=' + c)
  const pc = wordCluster(p)
  if (pc !== undefined) visit('pc=' + pc)
  const nc = wordCluster(n)
  if (nc !== undefined) visit('nc=' + nc)
}

/** Reads a feature name back as words, for explanations: 'p=so' → 'after "so"'. */
export function describeFeature(feature: string): string {
  const eq = feature.indexOf('=')
  const kind = eq < 0 ? feature : feature.slice(0, eq)
  const value = eq < 0 ? '' : feature.slice(eq + 1)
  switch (kind) {
    case 'w':
      return `the word "${value}"`
    case 'p':
      return `after "${value}"`
    case 'n':
      return `before "${value}"`
    case 'pw':
    case 'wn':
      return `the pair "${value.replace('|', ' ')}"`
    case 's3':
    case 's4':
      return `the ending "-${value}"`
    case 'cap':
      return 'a capitalised word'
    case 'c':
      return `a word like "${clusterExample(value)}"`
    case 'pc':
      return `after a word like "${clusterExample(value)}"`
    case 'nc':
      return `before a word like "${clusterExample(value)}"`
    default:
      return feature
  }
}

/** The most frequent words of a cluster, to name it in explanations: "disgraceful" → cluster of "hostile, unfair". */
function clusterExample(value: string): string {
  return clusterExamples(Number(value)).join('", "')
}
