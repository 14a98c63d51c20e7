import type { Span } from '../../../src/model/index.js'

export interface Detokenized {
  readonly text: string
  /** Where each input token landed in `text`, same order as the input. */
  readonly tokenSpans: readonly Span[]
}

/**
 * Rebuilds readable text from pre-split tokens so a text pipeline sees "Jackman's hosting, (U.S.)" rather
 * than "Jackman 's hosting , ( U . S . )"; each sentence becomes its own paragraph (blank line between).
 * Example: `detokenize([['He', 'said', '``', 'no', "''", '.']])` → 'He said “no”.'
 */
export function detokenize(sentences: readonly (readonly string[])[]): Detokenized {
  let text = ''
  const tokenSpans: Span[] = []
  for (const sentence of sentences) {
    if (text !== '') text += '\n\n'
    let previous = ''
    let beforePrevious = ''
    let isQuoteOpen = false
    for (const raw of sentence) {
      const token = raw === '``' ? '“' : raw === "''" ? '”' : raw
      let isTight = previous === '' || NO_SPACE_AFTER.has(previous) || NO_SPACE_BEFORE.has(token)
      if (/^['’](?:s|re|ve|ll|d|m|t)$/iu.test(token) || /^n['’]t$/iu.test(token)) isTight = true
      // "U . S ." → "U.S.": a single capital after "<capital> ." joins on.
      if (/^\p{Lu}$/u.test(token) && previous === '.' && /^\p{Lu}$/u.test(beforePrevious)) isTight = true
      // "2 . 6 million" → "2.6 million", "08 : 06AM" → "08:06AM" (ECB+ splits decimals and clock times).
      if (/^\d/u.test(token) && (previous === '.' || previous === ':') && /\d$/u.test(beforePrevious)) isTight = true
      // "time ’ s" → "time’s".
      if (token === 's' && (previous === '’' || previous === "'")) isTight = true
      if (token === '"') {
        // A straight quote opens or closes by turns within a sentence.
        isTight = isQuoteOpen || previous === ''
        isQuoteOpen = !isQuoteOpen
      } else if (previous === '"' && isQuoteOpen) {
        isTight = true
      }
      if (!isTight) text += ' '
      tokenSpans.push({ start: text.length, end: text.length + token.length })
      text += token
      beforePrevious = previous
      previous = token
    }
  }
  return { text, tokenSpans }
}

const NO_SPACE_BEFORE = new Set(['.', ',', ':', ';', '!', '?', ')', ']', '}', '%', '”', '’', '...'])
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '“', '‘', '£', '€'])
