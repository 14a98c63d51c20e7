import type { Sentence } from '../../model/index.js'

/**
 * Joins a sentence to the one before it (same paragraph) when it cannot start a sentence: it opens with a
 * lower-case word, a comma or a closing bracket. The splitter ends sentences at abbreviation dots inside
 * brackets ("Sen. Johnny Isakson (R-Ga.) | said he …"), which cuts a speaker from its verb.
 */
export function joinBrokenSentences(sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = []
  for (const s of sentences) {
    const last = out[out.length - 1]
    if (last && last.paragraph === s.paragraph && isContinuation(s)) {
      out[out.length - 1] = { ...last, end: s.end, text: `${last.text}${' '.repeat(Math.max(0, s.start - last.end))}${s.text}`, tokens: [...last.tokens, ...s.tokens] }
    } else {
      out.push(s)
    }
  }
  return out
}

function isContinuation(s: Sentence): boolean {
  const first = s.tokens[0]
  if (!first) return false
  return /^[,;)\]]$/.test(first.text) || /^\p{Ll}/u.test(first.text)
}
