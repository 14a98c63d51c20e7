import type { Span } from '../../../src/model/index.js'
import type { AnnotatedSentence, FactTask, GoldSentencePair } from './load-ecbplus-facts.js'

/** A passage of a fact in article `doc` (index into the task's docs), in input offsets (UTF-16). */
export interface DocSpan extends Span {
  readonly doc: number
}

/** Micro-averaged counts of ecbplus-facts scoring (see its README), lenient and strict. */
export interface FactCounts {
  /** Facts that list two or more articles. */
  facts: number
  /** Of those, facts hitting annotated sentences in two or more articles; the rest are unscorable. */
  scorable: number
  correctLenient: number
  correctStrict: number
  goldLenient: number
  goldStrict: number
  /** Gold pairs whose two sentences one fact hits (such a fact is correct by the same rule). */
  coveredLenient: number
  coveredStrict: number
}

/** How one multi-article fact was judged, for reading errors. */
export interface FactVerdict {
  readonly fact: readonly DocSpan[]
  /** Annotated sentences it hits, by article index. */
  readonly hits: ReadonlyMap<number, readonly AnnotatedSentence[]>
  readonly isScorable: boolean
  readonly isLenient: boolean
  readonly isStrict: boolean
}

export interface FactScore {
  readonly counts: FactCounts
  readonly verdicts: readonly FactVerdict[]
  /** Strict gold pairs no fact covers. */
  readonly missedStrict: readonly GoldSentencePair[]
}

/** Action-chain Jaccard at or above which two sentences state the same fact (the README's strict rule). */
const STRICT_JACCARD = 0.5

export function emptyFactCounts(): FactCounts {
  return { facts: 0, scorable: 0, correctLenient: 0, correctStrict: 0, goldLenient: 0, goldStrict: 0, coveredLenient: 0, coveredStrict: 0 }
}

export function addFactCounts(a: FactCounts, b: FactCounts): void {
  for (const key of Object.keys(a) as (keyof FactCounts)[]) a[key] += b[key]
}

/**
 * Scores one event's facts by ecbplus-facts/README.md. A fact hits an annotated sentence when one of its passages
 * in that article overlaps it. It is scorable when it hits annotated sentences in two or more articles, and correct
 * when, for two of its articles, the sentences it hits share an action chain (lenient) or have chain Jaccard ≥ 0.5
 * (strict). A gold pair is covered when one fact hits both sentences. Facts with fewer than two articles are not
 * claims of sharing and are left out.
 * Example: sentences 0:{x} in article 0 and 0:{x} in article 1, gold pair between them, one fact over both → P = R = 1.
 */
export function scoreFactAlignment(task: FactTask, facts: readonly (readonly DocSpan[])[]): FactScore {
  const counts = emptyFactCounts()
  const verdicts: FactVerdict[] = []
  const coveredKeys = new Set<string>()
  for (const fact of facts) {
    if (new Set(fact.map((s) => s.doc)).size < 2) continue
    counts.facts++
    const hits = new Map<number, AnnotatedSentence[]>()
    task.docs.forEach((doc, index) => {
      const hit = doc.annotated.filter((sentence) => fact.some((s) => s.doc === index && s.start < sentence.end && sentence.start < s.end))
      if (hit.length > 0) hits.set(index, hit)
    })
    const isScorable = hits.size >= 2
    let isLenient = false
    let isStrict = false
    for (const [i, left] of hits) {
      for (const [j, right] of hits) {
        if (j <= i) continue
        for (const s of left) {
          for (const t of right) {
            const jaccard = chainJaccard(s.chains, t.chains)
            if (jaccard > 0) isLenient = true
            if (jaccard >= STRICT_JACCARD) isStrict = true
            coveredKeys.add(pairKey([i, s.sent], [j, t.sent]))
          }
        }
      }
    }
    if (isScorable) counts.scorable++
    if (isLenient) counts.correctLenient++
    if (isStrict) counts.correctStrict++
    verdicts.push({ fact, hits, isScorable, isLenient, isStrict })
  }
  const missedStrict: GoldSentencePair[] = []
  for (const pair of task.pairs) {
    const isStrictPair = chainJaccard(chainsOf(task, pair.a), chainsOf(task, pair.b)) >= STRICT_JACCARD
    const isCovered = coveredKeys.has(pairKey(pair.a, pair.b))
    counts.goldLenient++
    if (isCovered) counts.coveredLenient++
    if (!isStrictPair) continue
    counts.goldStrict++
    if (isCovered) counts.coveredStrict++
    else missedStrict.push(pair)
  }
  return { counts, verdicts, missedStrict }
}

/** The annotated sentence `sent` of article `doc`, when there is one. */
export function annotatedSentence(task: FactTask, [doc, sent]: readonly [number, number]): AnnotatedSentence | undefined {
  return task.docs[doc]?.annotated.find((s) => s.sent === sent)
}

function chainsOf(task: FactTask, at: readonly [number, number]): ReadonlySet<string> {
  return annotatedSentence(task, at)?.chains ?? new Set()
}

function chainJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0
  for (const chain of a) if (b.has(chain)) both++
  const union = a.size + b.size - both
  return union === 0 ? 0 : both / union
}

/** Order-free key of a sentence pair: the gold lists (earlier article, later article). */
function pairKey(a: readonly [number, number], b: readonly [number, number]): string {
  const [first, second] = a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? [a, b] : [b, a]
  return `${first[0]}:${first[1]}|${second[0]}:${second[1]}`
}
