import type { Sentence, Span, Token } from '../../model/index.js'
import { memoizeByObject } from '../memoize.js'
import { firstIndex } from '../span-at.js'
import { isInsideMarks, namesIn, type QuoteContext, type Speaker } from './quote-context.js'

// A speaker phrase is a noun phrase: "Sen. Johnny Isakson", "the White House press secretary", "a spokeswoman for
// the Department of Homeland Security" (9 words). Longer runs are a clause we misread, not a name.
const MAX_SPEAKER_TOKENS = 10
// An apposition between speaker and verb ("Isakson, one of the few co-authors still on Capitol Hill, said") is
// skipped when it is this short; PolNeAR's longest common ones ("a spokesman for …") fit.
const MAX_APPOSITION_TOKENS = 15

const NOUN_PHRASE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PRON'])

/**
 * The speaker named right before a speech verb: the noun phrase that is its subject ("The White House said",
 * "Trump's aides have said", "Isakson (R-Ga.), one of the co-authors, said"), with the name it resolves to when
 * its head is a name or a person pronoun.
 */
export function speakerBefore(ctx: QuoteContext, sentence: Sentence, verbIndex: number): Speaker | undefined {
  const tokens = sentence.tokens
  let j = verbIndex - 1
  // The verb group: "has also said", "did not say", "repeatedly argued".
  while (j >= 0 && isVerbGroupWord(tokens[j]!)) j--
  j = skipParenthesis(tokens, skipApposition(tokens, skipParenthesis(tokens, j)))
  const end = j
  while (j >= 0 && end - j < MAX_SPEAKER_TOKENS && isNounPhraseWord(tokens, j) && !isInsideMarks(ctx, tokens[j]!)) {
    // A pronoun or a determiner opens the phrase: "he", "the company"; "who" in "…, who said".
    if (tokens[j]!.pos === 'PRON' || tokens[j]!.pos === 'DET') {
      j--
      break
    }
    j--
  }
  let first = j + 1
  let last = end
  // Edge punctuation is no part of a name: "victory -", "- the campaign".
  while (first <= last && tokens[first]!.pos === 'PUNCT') first++
  while (last >= first && tokens[last]!.pos === 'PUNCT') last--
  if (first > last) return undefined
  return speakerOf(ctx, { start: tokens[first]!.start, end: tokens[last]!.end })
}

/** "arguing", "to point out", "then says": a verb whose subject is the sentence's, not the words before it. */
export function isNonFinite(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm ?? ''
  return /ing$/.test(tokens[i]!.text) || before === 'to' || before === 'then'
}

/** The subject of the sentence's first verb: "Trump aimed his criticism at Obama, saying …" → Trump. */
export function mainSubject(ctx: QuoteContext, sentence: Sentence, i: number): Speaker | undefined {
  const tokens = sentence.tokens
  const main = tokens.findIndex((u, k) => k < i && (u.pos === 'VERB' || u.pos === 'AUX') && !isInsideMarks(ctx, u))
  return main > 0 ? speakerBefore(ctx, sentence, main) : undefined
}

/** The speaker named right after the verb, in inverted order: "…, said Sen. Ted Cruz, a Republican." */
export function speakerAfter(ctx: QuoteContext, sentence: Sentence, verbIndex: number, isObject = false): Speaker | undefined {
  const tokens = sentence.tokens
  let j = verbIndex + 1
  const start = j
  // After a preposition ("according to") the phrase is its object, whatever the tagger made of its first word:
  // wink reads "to state news agency Belta" as an infinitive.
  const isPhraseWord = (k: number): boolean => isNounPhraseWord(tokens, k) || (isObject && k === start && tokens[k]!.pos === 'VERB')
  while (j < tokens.length && j - start < MAX_SPEAKER_TOKENS && isPhraseWord(j) && !isInsideMarks(ctx, tokens[j]!)) j++
  // The sentence's full stop is not part of the name: "said Senator John Smith."
  while (j > start && tokens[j - 1]!.pos === 'PUNCT') j--
  if (j === start) return undefined
  return speakerOf(ctx, { start: tokens[start]!.start, end: tokens[j - 1]!.end })
}

/**
 * The speaker for a phrase: named when a referent or name ends the phrase (its head: "Sen. Johnny Isakson",
 * "he", "the White House"), unnamed otherwise ("Trump's aides" are not Trump).
 */
export function speakerOf(ctx: QuoteContext, span: Span): Speaker {
  // A referent heads the phrase when it ends it, inside it or around it ("the president of Belarus" as one alias).
  const referent = firstHead(ctx.referents, span, (r) => r.name >= 0)
  if (referent >= 0) return { ...span, name: ctx.referents[referent]!.name }
  const head = firstHead(ctx.names, span, (n) => n.kind !== 'place' && n.kind !== 'weapon')
  return { ...span, name: head >= 0 ? head : outletBefore(ctx, span) }
}

/**
 * "the Interfax news agency", "Russia's Tass news agency": a phrase headed by an outlet or office noun speaks for
 * the organisation named in it (its last one). Other heads do not: "Trump's aides" are not Trump.
 */
function outletBefore(ctx: QuoteContext, span: Span): number {
  const head = /(\p{L}+)\W*$/u.exec(ctx.text.slice(span.start, span.end))?.[1]?.toLowerCase()
  if (head === undefined || !OUTLET_HEADS.has(head)) return -1
  return namesIn(ctx, span.start, span.end).findLast((i) => ctx.names[i]!.kind === 'organization') ?? -1
}

const OUTLET_HEADS = new Set(['agency', 'newspaper', 'daily', 'weekly', 'magazine', 'broadcaster', 'channel', 'network', 'website', 'outlet', 'tabloid', 'radio', 'television', 'service'])

/** A list's indices ordered by end offset (ties in list order). */
const endOrder = memoizeByObject((list: readonly Span[]) => Int32Array.from(list.keys()).sort((a, b) => list[a]!.end - list[b]!.end || a - b))

/**
 * The first item of `list` (in list order) that overlaps `span` and ends within one character of its end, and
 * that `accept` takes; -1 when none. Looked up by end offset: a scan of the article's referents per speech verb
 * made long texts quadratic.
 */
function firstHead<T extends Span>(list: readonly T[], span: Span, accept: (item: T) => boolean): number {
  const ends = endOrder(list)
  let best = -1
  for (let k = firstIndex(ends.length, (j) => list[ends[j]!]!.end >= span.end - 1); k < ends.length && list[ends[k]!]!.end <= span.end + 1; k++) {
    const i = ends[k]!
    const item = list[i]!
    if (item.start < span.end && span.start < item.end && (best < 0 || i < best) && accept(item)) best = i
  }
  return best
}

function isVerbGroupWord(t: Token): boolean {
  return t.pos === 'AUX' || t.pos === 'ADV' || (t.pos === 'PART' && !isPossessive(t))
}

function isNounPhraseWord(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!
  if (NOUN_PHRASE_POS.has(t.pos)) return !/^(?:that|which|this|these|those)$/.test(t.norm) || t.pos !== 'DET' || j === 0
  // "Trump's", "Sen.", "Ala.", "Jr.": possessives and abbreviation dots inside names.
  if (t.pos === 'PART') return isPossessive(t)
  // "secretary of state John Kerry", "spokeswoman for the campaign": a preposition between two nouns.
  if (t.pos === 'ADP' && (t.norm === 'of' || t.norm === 'for' || t.norm === 'at')) {
    const before = tokens[j - 1]
    return before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN')
  }
  return t.text === '-' || t.text === '&' || t.text === '.'
}

/** Steps back over "(R-Ga.)" between a speaker and its verb. */
function skipParenthesis(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text !== ')') return j
  let k = j
  while (k >= 0 && tokens[k]!.text !== '(') k--
  return k > 0 ? k - 1 : j
}

/** Steps back over ", one of the few co-authors," between a speaker and its verb. */
function skipApposition(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text !== ',') return j
  for (let k = j - 1; k >= 0 && j - k <= MAX_APPOSITION_TOKENS; k--) {
    if (tokens[k]!.text === ',') return k - 1
  }
  return j
}

function isPossessive(t: Token): boolean {
  return t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’'
}
