import type { Sentence } from '../../model/index.js'

// Both sides of a split need this many words to state something on their own.
const MIN_CLAUSE_WORDS = 4
// Conjunctions that join two claims: "asked Putin to place Oreshnik, because this would calm some minds".
const CLAUSE_BREAK = /^(because|but|while|whereas|although|though|since)$/i

/**
 * Splits a sentence into clauses where a comma or semicolon precedes a conjunction that joins two claims, so that
 * each claim can align on its own. Clauses keep the sentence's paragraph; tokens are partitioned between them.
 */
export function splitClauses(sentence: Sentence): Sentence[] {
  const tokens = sentence.tokens
  const cuts: number[] = []
  let quoteDepth = quoteDelta(tokens[0]?.text ?? '', 0)
  for (let i = 1; i < tokens.length - 1; i++) {
    // Never inside quotation marks: a quote is one statement ("Not only Poles …, but NATO forces … are gathering").
    quoteDepth += quoteDelta(tokens[i]!.text, quoteDepth)
    if (quoteDepth > 0) continue
    const isSemicolon = tokens[i]!.text === ';'
    const isCommaConjunction = tokens[i]!.text === ',' && CLAUSE_BREAK.test(tokens[i + 1]!.text)
    if (isSemicolon || isCommaConjunction) cuts.push(i + 1)
  }
  if (cuts.length === 0) return [sentence]
  const words = (from: number, to: number): number => tokens.slice(from, to).filter((t) => /\p{L}/u.test(t.text)).length
  const bounds = [0, ...cuts, tokens.length]
  const kept: number[] = [0]
  for (let k = 1; k < bounds.length - 1; k++) {
    if (words(kept[kept.length - 1]!, bounds[k]!) >= MIN_CLAUSE_WORDS && words(bounds[k]!, tokens.length) >= MIN_CLAUSE_WORDS) kept.push(bounds[k]!)
  }
  kept.push(tokens.length)
  const text = sentence.text
  const out: Sentence[] = []
  for (let k = 0; k < kept.length - 1; k++) {
    const part = tokens.slice(kept[k]!, kept[k + 1]!)
    const start = k === 0 ? sentence.start : part[0]!.start
    const end = k === kept.length - 2 ? sentence.end : part[part.length - 1]!.end
    out.push({ start, end, text: text.slice(start - sentence.start, end - sentence.start), paragraph: sentence.paragraph, tokens: part })
  }
  return out
}

/** +1 for an opening mark, -1 for a closing one; a straight quote toggles. */
function quoteDelta(token: string, depth: number): number {
  if (/^[“„«]$/.test(token)) return 1
  if (/^[”»]$/.test(token)) return depth > 0 ? -1 : 0
  if (token === '"') return depth > 0 ? -1 : 1
  return 0
}
