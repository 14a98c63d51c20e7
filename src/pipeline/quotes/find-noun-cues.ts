import type { Sentence, Token } from '../../model/index.js'
import { speakerOf } from './find-speaker.js'
import { isInsideMarks, trimContent, type QuoteContext, type Report, type Speaker } from './quote-context.js'

/**
 * Nouns that report a statement or a stance through a "that" clause: "Trump's claim that the election is rigged",
 * "his warning that …", "the State Department's assertion that …". The clause is the content; the possessor
 * before the noun, when there is one, is the speaker.
 */
const CUE_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'argument', 'assertion', 'allegation', 'warning', 'statement', 'suggestion', 'contention', 'belief',
  'insistence', 'promise', 'pledge', 'charge', 'accusation', 'remark', 'comment', 'message', 'assurance',
  'announcement', 'admission', 'prediction', 'view', 'position', 'conclusion', 'concern', 'fear', 'hope', 'vow',
])
// "Trump's repeated claim that": the possessor stands this many words before the noun at most.
const MAX_MODIFIER_TOKENS = 2

/** "X's claim that CLAUSE", "his warning that CLAUSE" in one sentence. */
export function findNounCues(ctx: QuoteContext, sentence: Sentence): Report[] {
  const tokens = sentence.tokens
  for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens[i]!
    const that = tokens[i + 1]!
    if (t.pos !== 'NOUN' || !CUE_NOUNS.has(t.lemma) || that.norm !== 'that' || isInsideMarks(ctx, t)) continue
    // "the claim that he made" is a relative clause (the tagger reads its "that" as a pronoun): the clause must
    // open with its own subject and verb.
    if (that.pos === 'PRON' || !opensClause(tokens, i + 2)) continue
    const speaker = possessor(ctx, tokens, i)
    const end = tokens.findIndex((u, k) => k > i + 2 && (u.text === ';' || (u.text === ',' && tokens[k + 1]?.norm === 'but')))
    const content = trimContent(ctx.text, { start: that.start, end: end >= 0 ? tokens[end]!.start : sentence.end })
    return [{ content, attribution: { verb: t.text, ...(speaker ? { speaker } : {}) } }]
  }
  return []
}

/** A subject (pronoun, name or noun phrase) followed within a few words by a verb that is not its object's. */
function opensClause(tokens: readonly Token[], j: number): boolean {
  const first = tokens[j]
  if (!first || !['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'NUM'].includes(first.pos)) return false
  for (let k = j + 1; k < tokens.length && k - j <= 6; k++) {
    const t = tokens[k]!
    if (t.pos === 'AUX') return true
    // "the claim that he made": a lone verb right after a pronoun, then nothing of its own, is the relative's.
    if (t.pos === 'VERB') return tokens[k + 1] !== undefined && !/^[.,;:]$/.test(tokens[k + 1]!.text)
    if (!['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PART', 'ADP', 'ADV'].includes(t.pos)) return false
  }
  return false
}

/** "Trump's claim", "his claim", "the White House's repeated claim": who holds it. */
function possessor(ctx: QuoteContext, tokens: readonly Token[], i: number): Speaker | undefined {
  for (let k = i - 1; k >= 0 && i - k <= MAX_MODIFIER_TOKENS + 1; k--) {
    const t = tokens[k]!
    if (/^(?:his|her|their|its|my|our)$/.test(t.norm)) return speakerOf(ctx, t)
    if (t.text === "'s" || t.text === '’s') {
      let s = k - 1
      while (s > 0 && tokens[s - 1]!.pos === 'PROPN') s--
      return s <= k - 1 && tokens[s] ? speakerOf(ctx, { start: tokens[s]!.start, end: tokens[k - 1]!.end }) : undefined
    }
    if (t.pos !== 'ADJ' && t.pos !== 'ADV') return undefined
  }
  return undefined
}
