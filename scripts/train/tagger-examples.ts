/** Turns the benchmark readers' output into token-labelled texts for the loaded-word tagger. */
import { tokenizeWords, type WordToken } from '../../src/pipeline/framing/index.js'
import type { BabeSentence, BasilSentence, CharSpan, PtcArticle } from './bench-data.js'

export type Corpus = 'babe' | 'basil' | 'ptc'

export interface TaggedText {
  readonly corpus: Corpus
  /** Cross-validation group: the article (BABE, PTC) or the event triplet (BASIL). */
  readonly group: string
  readonly tokens: readonly WordToken[]
  /** Per token: 1 loaded, 0 not, -1 left out of training (ambiguous annotation). */
  readonly labels: Int8Array
}

// PTC spans of these techniques, up to this many words, are word-level loaded language like BABE's and BASIL's;
// longer spans (whole clauses of Doubt, Appeal to fear...) are not word labels, so their words are left out.
const PTC_WORD_TECHNIQUES = new Set(['Loaded_Language', 'Name_Calling,Labeling'])
const PTC_MAX_WORDS = 4

export function babeTexts(sentences: readonly BabeSentence[]): TaggedText[] {
  return sentences
    .filter((s) => s.label !== 'No agreement')
    .map((s) => {
      const tokens = tokenizeWords(s.text)
      // A non-biased sentence's marked words are a minority opinion: neither loaded nor clean.
      const inside = s.label === 'Biased' ? 1 : -1
      return { corpus: 'babe', group: s.group, tokens, labels: labelTokens(tokens, s.wordSpans, inside, []) }
    })
}

export function basilTexts(sentences: readonly BasilSentence[]): TaggedText[] {
  return sentences.map((s) => {
    const tokens = tokenizeWords(s.text)
    return { corpus: 'basil', group: s.group, tokens, labels: labelTokens(tokens, s.lexical, 1, []) }
  })
}

export function ptcTexts(articles: readonly PtcArticle[]): TaggedText[] {
  return articles.map((a) => {
    const tokens = tokenizeWords(a.text)
    const words = (span: CharSpan): number => tokens.filter((t) => t.start < span.end && t.end > span.start).length
    const positive = a.techniques.filter((t) => PTC_WORD_TECHNIQUES.has(t.technique) && words(t) <= PTC_MAX_WORDS)
    const other = [...a.techniques.filter((t) => !positive.includes(t)), ...a.si]
    return { corpus: 'ptc', group: a.id, tokens, labels: labelTokens(tokens, positive, 1, other) }
  })
}

function labelTokens(tokens: readonly WordToken[], positive: readonly CharSpan[], inside: 1 | -1, ignore: readonly CharSpan[]): Int8Array {
  const labels = new Int8Array(tokens.length)
  tokens.forEach((token, i) => {
    const overlaps = (s: CharSpan): boolean => s.start < token.end && s.end > token.start
    if (positive.some(overlaps)) labels[i] = inside
    else if (ignore.some(overlaps)) labels[i] = -1
  })
  return labels
}
