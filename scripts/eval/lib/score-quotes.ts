import type { Span } from '../../../src/model/index.js'
import { matchOneToOne, type Candidate } from './match-one-to-one.js'
import type { GoldAttribution, GoldSpan } from './parse-brat.js'
import { coveredTokens, intersectionSize, jaccard, wordTokens } from './word-tokens.js'

/** A quote a system found, with offsets already mapped into the input text (UTF-16). */
export interface PredictedQuote {
  /** The quoted or reported content, in one or more pieces. */
  readonly spans: readonly Span[]
  readonly marked: boolean
  readonly verb?: string
  readonly speakerSpans?: readonly Span[]
  readonly speakerName: string | null
}

/** Counts from one document; sum them with `addQuoteCounts` and turn them into rates at the end. */
export interface QuoteCounts {
  /** Word tokens inside predicted content ∩ gold content; inside predicted; inside gold. */
  tokenTp: number
  tokenPred: number
  tokenGold: number
  gold: number
  pred: number
  /** One-to-one pairs with content token Jaccard ≥ MATCH_JACCARD. */
  matched: number
  /** One-to-one pairs with identical content tokens. */
  exact: number
  /** Matched pairs whose speaker is right too (see `isSpeakerRight`). */
  speakerTp: number
  /** Matched pairs whose gold relation names a source, and those where the predicted speaker span overlaps it. */
  sourced: number
  speakerSpanRight: number
  /** Matched pairs whose gold source contains a proper name, and those where our speaker name matches it. */
  named: number
  nameRight: number
  /** As `named`, plus gold pronoun sources ("he") resolved to the closest earlier named gold source. */
  resolved: number
  resolvedRight: number
  /** Matched pairs with a gold cue, and those where our verb shares a word with it. */
  cued: number
  cueRight: number
  /** Direct quotes: gold content in quotation marks; our marked quotes; marked quotes matched to direct gold / to other gold. */
  directGold: number
  markedPred: number
  directMatched: number
  markedMatchedIndirect: number
  directSpeakerTp: number
  /** Reported speech: our unmarked quotes; those matched to gold outside quotation marks / to direct gold. */
  unmarkedPred: number
  indirectMatched: number
  unmarkedMatchedDirect: number
}

/**
 * Content of a predicted quote must share at least half of the word tokens of the union with the gold
 * content (token Jaccard ≥ 0.5) to count as the same attribution. 0.5 is the usual "more than half"
 * overlap criterion of span-matching evaluations (e.g. PASCAL VOC's IoU ≥ 0.5); it forgives a missing
 * "that" or a clause boundary one word off, but not a quote of one sentence matched to a paragraph.
 */
export const MATCH_JACCARD = 0.5

/**
 * Scores one document's predicted quotes against its gold attributions (see `QuoteCounts`).
 * Example: gold content "the economy is strong" (source "Smith", cue "said") and a prediction covering the
 * same words with speaker name "John Smith" and verb "said" → matched = exact = nameRight = cueRight = 1.
 */
export function scoreQuotes(text: string, gold: readonly GoldAttribution[], pred: readonly PredictedQuote[]): QuoteCounts {
  const { goldSets, predSets, pairs, exactPairs } = matchQuotes(text, gold, pred)
  const goldUnion = new Set(goldSets.flatMap((set) => [...set]))
  const predUnion = new Set(predSets.flatMap((set) => [...set]))
  const isDirect = gold.map((g) => isDirectQuote(text, g.content))
  const resolvedNames = resolveSourceNames(gold)
  const counts: QuoteCounts = {
    ...emptyQuoteCounts(),
    tokenTp: intersectionSize(goldUnion, predUnion),
    tokenPred: predUnion.size,
    tokenGold: goldUnion.size,
    gold: gold.length,
    pred: pred.length,
    matched: pairs.length,
    exact: exactPairs.length,
    directGold: isDirect.filter(Boolean).length,
    markedPred: pred.filter((p) => p.marked).length,
    unmarkedPred: pred.filter((p) => !p.marked).length,
  }
  for (const pair of pairs) {
    const g = gold[pair.gold]
    const p = pred[pair.pred]
    if (!g || !p) continue
    const isRight = isSpeakerRight(g, p)
    if (isRight) counts.speakerTp++
    if (g.source) {
      counts.sourced++
      if (isRight) counts.speakerSpanRight++
      const names = properNameWords(g.source.text)
      if (names.size > 0) {
        counts.named++
        if (isNameRight(p.speakerName, names)) counts.nameRight++
      }
    }
    const resolved = resolvedNames[pair.gold]
    if (resolved && resolved.size > 0) {
      counts.resolved++
      if (isNameRight(p.speakerName, resolved)) counts.resolvedRight++
    }
    if (g.cue) {
      counts.cued++
      if (p.verb !== undefined && isCueRight(p.verb, g.cue.text)) counts.cueRight++
    }
    if (p.marked) {
      if (isDirect[pair.gold]) {
        counts.directMatched++
        if (isRight) counts.directSpeakerTp++
      } else {
        counts.markedMatchedIndirect++
      }
    } else if (isDirect[pair.gold]) {
      counts.unmarkedMatchedDirect++
    } else {
      counts.indirectMatched++
    }
  }
  return counts
}

/** The word-token sets of each gold and predicted content, and their one-to-one matches (Jaccard ≥ 0.5, and identical). */
export interface QuoteMatches {
  readonly goldSets: readonly Set<number>[]
  readonly predSets: readonly Set<number>[]
  readonly pairs: readonly Candidate[]
  readonly exactPairs: readonly Candidate[]
}

/** Matches predicted quotes to gold attributions by their content's word tokens (see `MATCH_JACCARD`). */
export function matchQuotes(text: string, gold: readonly GoldAttribution[], pred: readonly PredictedQuote[]): QuoteMatches {
  const tokens = wordTokens(text)
  const goldSets = gold.map((g) => coveredTokens(tokens, g.content.fragments))
  const predSets = pred.map((p) => coveredTokens(tokens, p.spans))
  const goldByToken = new Map<number, number[]>()
  goldSets.forEach((set, j) => {
    for (const token of set) {
      const list = goldByToken.get(token)
      if (list) list.push(j)
      else goldByToken.set(token, [j])
    }
  })
  const candidates: Candidate[] = []
  predSets.forEach((set, i) => {
    const golds = new Set([...set].flatMap((token) => goldByToken.get(token) ?? []))
    for (const j of golds) candidates.push({ pred: i, gold: j, score: jaccard(set, goldSets[j] ?? new Set()) })
  })
  return { goldSets, predSets, pairs: matchOneToOne(candidates, MATCH_JACCARD), exactPairs: matchOneToOne(candidates, 1) }
}

export function emptyQuoteCounts(): QuoteCounts {
  return {
    tokenTp: 0, tokenPred: 0, tokenGold: 0, gold: 0, pred: 0, matched: 0, exact: 0, speakerTp: 0, sourced: 0,
    speakerSpanRight: 0, named: 0, nameRight: 0, resolved: 0, resolvedRight: 0, cued: 0, cueRight: 0,
    directGold: 0, markedPred: 0, directMatched: 0, markedMatchedIndirect: 0, directSpeakerTp: 0, unmarkedPred: 0,
    indirectMatched: 0, unmarkedMatchedDirect: 0,
  }
}

/** Adds `b` into `a` field by field. */
export function addQuoteCounts(a: QuoteCounts, b: QuoteCounts): void {
  for (const key of Object.keys(a) as (keyof QuoteCounts)[]) a[key] += b[key]
}

/**
 * Speaker agreement of a matched pair: when the gold relation names a source, our speaker span must overlap
 * it by at least one character ("The New York Post" vs "New York Post"); when it names none ("it was
 * reported that ..."), we must not claim a speaker span either.
 */
export function isSpeakerRight(gold: GoldAttribution, pred: PredictedQuote): boolean {
  const speaker = pred.speakerSpans ?? []
  if (!gold.source) return speaker.length === 0
  return speaker.some((s) => gold.source?.fragments.some((g) => s.start < g.end && g.start < s.end) ?? false)
}

/**
 * True when the gold content stands in quotation marks: it starts with an opening mark or right after one
 * (annotators differ on including the marks), and likewise ends with or right before a closing mark,
 * ignoring spaces and sentence punctuation. 'that Clinton’s team avoided ... “keep it under wraps.”' is
 * not direct: only its end is quoted.
 */
export function isDirectQuote(text: string, content: GoldSpan): boolean {
  const first = content.fragments[0]
  const last = content.fragments.at(-1)
  if (!first || !last) return false
  const inner = text.slice(first.start, last.end)
  const startsQuoted = OPENING.test(inner.trimStart()) || CLOSE_BEFORE.test(text.slice(Math.max(0, first.start - 3), first.start))
  const endsQuoted = CLOSING.test(inner.trimEnd()) || OPEN_AFTER.test(text.slice(last.end, last.end + 3))
  return startsQuoted && endsQuoted
}

// Quotation marks of English, German/Polish („ “) and French/Russian (« ») typography; straight ones both ways.
const OPENING = /^["“„«‘'‹‚]/u
const CLOSING = /["”“»’'›][\s,.;:!?]*$/u
const CLOSE_BEFORE = /["“„«‘'‹‚]\s*$/u
const OPEN_AFTER = /^[\s,.;:!?]*["”“»’'›]/u

/** Capitalised words of a gold source other than pronouns and articles: "The New York Post" → {new, york, post}. */
export function properNameWords(source: string): Set<string> {
  const words = new Set<string>()
  for (const [word] of source.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
    if (/^\p{Lu}/u.test(word) && !NOT_NAMES.has(word.toLowerCase())) words.add(fold(word))
  }
  return words
}

/** Our name matches when one of its words (surname, usually) is among the gold source's name words. */
function isNameRight(speakerName: string | null, goldWords: ReadonlySet<string>): boolean {
  if (speakerName === null) return false
  return [...properNameWords(speakerName)].some((word) => goldWords.has(word))
}

/** Gold source name words per relation; a bare pronoun source takes those of the closest earlier named source. */
function resolveSourceNames(gold: readonly GoldAttribution[]): (Set<string> | undefined)[] {
  const order = gold
    .map((g, index) => ({ index, start: g.source?.fragments[0]?.start ?? -1, source: g.source }))
    .filter((item) => item.source !== undefined)
    .sort((a, b) => a.start - b.start)
  const result: (Set<string> | undefined)[] = gold.map(() => undefined)
  let lastNamed: Set<string> | undefined
  for (const { index, source } of order) {
    const words = properNameWords(source?.text ?? '')
    if (words.size > 0) {
      lastNamed = words
      result[index] = words
    } else if (PRONOUNS.has((source?.text ?? '').trim().toLowerCase())) {
      result[index] = lastNamed
    }
  }
  return result
}

/** Our verb ("hypocritically said") is right when it shares a content word with the gold cue ("said"). */
function isCueRight(verb: string, cue: string): boolean {
  const words = (s: string): string[] => (s.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !AUXILIARIES.has(w))
  const cueWords = new Set(words(cue))
  return words(verb).some((word) => cueWords.has(word))
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s$/u, '')
}

const NOT_NAMES = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that', 'these', 'those', 'mr', 'mrs', 'ms', 'dr'])
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'him', 'her', 'them'])
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'to', 'not', 'did', 'do', 'does', 'also', 'the'])
