import type { ArticleQuote, Quote, ReportQuoteRendering } from '../../model/index.js'
import { conceptSimilarity, similarityCandidates, type Concept } from './concepts.js'
import { pushTo } from '../push-to.js'

/** A quote of one article, ready to align: its speaker entity and the concepts of its content. */
export interface QuoteForAlignment {
  readonly quote: ArticleQuote
  readonly speaker: string | null
  readonly concepts: readonly Concept[]
}

// 0.4: translated renderings of one statement ("greater danger than from warring Ukraine" / "greater threat than
// the one coming from Ukraine") score 0.5–1 on the seeds; different statements of one speaker stay under 0.35.
const QUOTE_THRESHOLD = 0.4
// One outlet may split a statement in two sentences where the other keeps one; never more than two.
const MAX_WINDOW = 2

/**
 * Aligns the quotes of several articles: the same statement as each outlet rendered it, even when translated
 * differently. Speakers must agree when both are known. Adjacent renderings of one speaker may be joined to match
 * a single rendering elsewhere. Returns aligned quotes first, then the ones only one article has.
 */
export function alignQuotes(
  quotes: readonly QuoteForAlignment[],
  weights: ReadonlyMap<string, number>,
  texts: ReadonlyMap<string, string>,
  languages: ReadonlyMap<string, string> = new Map(),
): Quote[] {
  const windows = buildWindows(quotes, texts)
  const candidates: { a: Window; b: Window; score: number }[] = []
  // Only windows sharing two concepts can score above 0 (conceptSimilarity): scoring every pair of windows was
  // quadratic in a long text's quotes. The index gives them in window order, as the scan over all pairs did.
  const similarWindows = similarityCandidates(windows.map((w) => w.concepts))
  for (const [i, a] of windows.entries()) {
    for (const k of similarWindows(a.concepts)) {
      if (k <= i) continue
      const b = windows[k]!
      if (a.articleId === b.articleId || !isSameSpeaker(a.speaker, b.speaker)) continue
      // Each extra sentence in a window costs 5 %: a joined window must match clearly better than its parts.
      const penalty = Math.pow(0.95, a.members.length + b.members.length - 2)
      const score = conceptSimilarity(a.concepts, b.concepts, weights) * penalty
      if (score >= QUOTE_THRESHOLD && everyMemberContributes(a, b, quotes, weights)) candidates.push({ a, b, score })
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.a.members.length - y.a.members.length)
  const parent = quotes.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const windowOf = new Map<number, Window>()
  const matched = new Map<Window, Set<string>>()
  const isFree = (w: Window): boolean => w.members.every((m) => (windowOf.get(m) ?? w) === w)
  for (const { a, b } of candidates) {
    // A rendering belongs to one window, and a window matches at most one window of each other article.
    if (!isFree(a) || !isFree(b) || matched.get(a)?.has(b.articleId) || matched.get(b)?.has(a.articleId)) continue
    for (const w of [a, b]) for (const m of w.members) windowOf.set(m, w)
    matched.set(a, new Set([...(matched.get(a) ?? []), b.articleId]))
    matched.set(b, new Set([...(matched.get(b) ?? []), a.articleId]))
    for (const m of [...a.members, ...b.members]) parent[find(m)] = find(a.members[0]!)
  }
  attachRepeats(quotes, weights, windowOf, find, parent)
  const groups = new Map<number, number[]>()
  for (const i of quotes.keys()) pushTo(groups, find(i), i)
  const aligned: Quote[] = []
  const single: Quote[] = []
  for (const members of groups.values()) {
    const renderings = renderingsOf(members, quotes, windowOf, texts, languages)
    const speaker = members.map((m) => quotes[m]!.speaker).find((s) => s !== null) ?? null
    const target = new Set(renderings.map((r) => r.articleId)).size > 1 ? aligned : single
    target.push({ id: '', speaker, renderings })
  }
  return [...aligned, ...single].map((q, i) => ({ ...q, id: `q${i + 1}` }))
}

// An outlet quoting the same words twice (in the lead and again below) scores 0.9+ against itself.
const REPEAT_THRESHOLD = 0.8

/** A rendering left alone that repeats, in the same article and by the same speaker, one that was aligned joins it. */
function attachRepeats(
  quotes: readonly QuoteForAlignment[],
  weights: ReadonlyMap<string, number>,
  windowOf: ReadonlyMap<number, Window>,
  find: (i: number) => number,
  parent: number[],
): void {
  // The aligned renderings in the order they were aligned, and an index of those that can score above 0 against a
  // rendering: a pass over all aligned ones per rendering left alone was quadratic in a long text's quotes.
  const aligned = [...windowOf.keys()]
  const similarAligned = similarityCandidates(aligned.map((j) => quotes[j]!.concepts))
  for (const [i, q] of quotes.entries()) {
    if (windowOf.has(i)) continue
    const twin = similarAligned(q.concepts).map((k) => aligned[k]!).find((j) => {
      const other = quotes[j]!
      return other.quote.articleId === q.quote.articleId && other.speaker === q.speaker && conceptSimilarity(q.concepts, other.concepts, weights) >= REPEAT_THRESHOLD
    })
    if (twin !== undefined) parent[find(i)] = find(twin)
  }
}

interface Window {
  readonly key: string
  readonly articleId: string
  readonly speaker: string | null
  readonly members: readonly number[]
  readonly concepts: readonly Concept[]
}

function buildWindows(quotes: readonly QuoteForAlignment[], texts: ReadonlyMap<string, string>): Window[] {
  const windows: Window[] = []
  for (const [i, q] of quotes.entries()) {
    const members = [i]
    windows.push(makeWindow(quotes, [...members]))
    for (let k = 1; k < MAX_WINDOW; k++) {
      const next = quotes[i + k]
      const previous = quotes[i + k - 1]!
      if (!next || next.quote.articleId !== q.quote.articleId || next.speaker !== q.speaker || next.quote.marked !== q.quote.marked) break
      // Only renderings of one paragraph form one statement.
      const between = texts.get(q.quote.articleId)?.slice(previous.quote.end, next.quote.start) ?? '\n\n'
      if (between.includes('\n\n')) break
      members.push(i + k)
      windows.push(makeWindow(quotes, [...members]))
    }
  }
  return windows
}

function makeWindow(quotes: readonly QuoteForAlignment[], members: readonly number[]): Window {
  const first = quotes[members[0]!]!
  return {
    key: members.join(','),
    articleId: first.quote.articleId,
    speaker: first.speaker,
    members,
    concepts: members.flatMap((m) => quotes[m]!.concepts),
  }
}

/** In a joined window each sentence must match the other side on its own, at half the threshold at least. */
function everyMemberContributes(a: Window, b: Window, quotes: readonly QuoteForAlignment[], weights: ReadonlyMap<string, number>): boolean {
  const contributes = (w: Window, other: Window): boolean =>
    w.members.length === 1 || w.members.every((m) => conceptSimilarity(quotes[m]!.concepts, other.concepts, weights) >= QUOTE_THRESHOLD / 2)
  return contributes(a, b) && contributes(b, a)
}

function isSameSpeaker(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b
}

/** Joined windows become one rendering spanning their members. */
function renderingsOf(
  members: readonly number[],
  quotes: readonly QuoteForAlignment[],
  windowOf: ReadonlyMap<number, Window>,
  texts: ReadonlyMap<string, string>,
  languages: ReadonlyMap<string, string>,
): ReportQuoteRendering[] {
  const out: ReportQuoteRendering[] = []
  const done = new Set<number>()
  for (const m of [...members].sort((a, b) => a - b)) {
    if (done.has(m)) continue
    const window = windowOf.get(m)
    const parts = (window?.members ?? [m]).map((i) => quotes[i]!.quote)
    for (const i of window?.members ?? [m]) done.add(i)
    out.push(joinParts(parts, texts.get(parts[0]!.articleId) ?? '', languages.get(parts[0]!.articleId) ?? 'und'))
  }
  return out
}

function joinParts(parts: readonly ArticleQuote[], articleText: string, language: string): ReportQuoteRendering {
  const first = parts[0]!
  const last = parts[parts.length - 1]!
  const verb = parts.map((p) => p.verb).find((v) => v !== undefined)
  return {
    articleId: first.articleId,
    start: first.start,
    end: last.end,
    text: articleText.slice(first.start, last.end),
    language,
    marked: parts.every((p) => p.marked),
    ...(verb ? { verb } : {}),
    ...(first.speakerSpan ? { speakerSpan: first.speakerSpan } : {}),
  }
}
