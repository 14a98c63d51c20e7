import type { WordToken } from './tokenize-words.js'

/**
 * Calls `visit` with each feature of token `i` for the loaded-word model: the word, its neighbours, the word
 * pairs, a suffix and its shape. Training (scripts/train) and detection share this function, so they cannot drift.
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
    default:
      return feature
  }
}
