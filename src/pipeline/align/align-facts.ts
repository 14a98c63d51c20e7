import type { FactSpan } from '../../model/index.js'
import { conceptSimilarity, similarityCandidates, type SentenceConcepts } from './concepts.js'
import { pushTo } from '../push-to.js'
import { changedFigures, findContradiction, type Contradiction } from './find-contradiction.js'

/** Sentences of several articles that report one fact. */
export interface AlignedFact {
  readonly sentences: readonly SentenceConcepts[]
  readonly articleIds: readonly string[]
  /** Best pairwise similarity inside the group, 0–1 (1 for single-source facts). */
  readonly similarity: number
}

/** Two sentences that would have been one fact but say different things: a conflict to show, not agreement. */
export interface ConflictingClaims {
  readonly a: SentenceConcepts
  readonly b: SentenceConcepts
  readonly reason: Exclude<Contradiction, 'unsure'>
  readonly similarity: number
}

/** Facts, and the pairs kept apart because they contradict each other. */
export interface FactAlignment {
  readonly facts: readonly AlignedFact[]
  readonly conflicts: readonly ConflictingClaims[]
}

/** Options for `alignFacts`; defaults in `DEFAULT_FACT_OPTIONS`. */
export interface FactOptions {
  /** Least similarity for two sentences of different articles to report one fact (0–1). */
  readonly threshold: number
  /** The same for two articles in different languages: glosses cover only part of a sentence's words (0–1). */
  readonly crossLingualThreshold: number
  /** Sentences with fewer concepts say too little to align ("That is, the situation is very tense."). */
  readonly minConcepts: number
  /** Similarity above which a sentence links even when it is not the mutual best match (0–1). */
  readonly paraphrase: number
  /** Within one language, similarity from which a sentence links to its best match even when that match has a
   *  better one, if both name the same action verb and state the same figures (0–1). */
  readonly oneSidedBest: number
  /** Similarity above which a sentence left alone joins a shared fact its own article states elsewhere (0–1). */
  readonly restatement: number
  /** Within one language, the least similarity for two articles' first sentences (ledes) to be one fact, when each
   *  article has at least three sentences (0–1). */
  readonly lede: number
}

// 0.3 for a mutual best match within one language: on the seed pair translations of one claim score 0.42–0.93 and
// different claims about the same event 0.15–0.4, but a different claim is rarely the mutual best of a claim the
// other outlet states; outlets' own wording of one fact scores lower (ECB+ dev, strict rule: 0.42 → 0.3 raises
// recall 0.16 → 0.27 at precision 0.82 → 0.81; MSRP dev accuracy 0.708 → 0.705). 0.65 (paraphrase, restatement):
// a repeated claim ("asked Putin to place the Oreshnik" twice in one article) scores 0.7+ against the other outlet's
// sentence, while a related but different claim that happens to be its best match scores
// 0.45–0.62 ("The deployment of such systems is possible" / "We have certain places where we can place these weapons").
// 0.25 across languages: a translated sentence matches only through the words the lexicons gloss, names and
// figures; on the WMT dev tasks (an article and its translation) 0.42 → 0.25 raises recall of shared segments from
// 0.55 to 0.74 while precision stays at 0.97 (mutual best matches keep it); F1 is flat from 0.2 to 0.25 on both
// halves (even and odd tasks), and the higher end keeps precision. One-sided best matches (same action verb, same
// figures) add ECB+ strict recall 0.26 → 0.30 at precision 0.81; without the verb and figure tests they merge
// distinct claims of the seed pair.
export const DEFAULT_FACT_OPTIONS: FactOptions = { threshold: 0.3, crossLingualThreshold: 0.25, minConcepts: 2, oneSidedBest: 0.3, paraphrase: 0.65, restatement: 0.65, lede: 0.2 }

/** The least similarity for two sentences of different articles to be one fact, within or across languages. */
export function linkThreshold(options: FactOptions, isCrossLingual: boolean): number {
  return isCrossLingual ? options.crossLingualThreshold : options.threshold
}

/**
 * Groups sentences (or clauses) across articles into facts. Two of different articles are linked when they are
 * each other's best match and similar enough, or near-paraphrases; linked ones form one fact (an outlet may state
 * a fact twice). Everything else is a fact of its own article. Pairs that would link but state different figures
 * or opposite polarity are never one fact: they come back as conflicts.
 */
export function alignFacts(
  sentences: readonly SentenceConcepts[],
  weights: ReadonlyMap<string, number>,
  options: FactOptions = DEFAULT_FACT_OPTIONS,
): FactAlignment {
  const conflicts: ConflictingClaims[] = []
  const parent = sentences.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const best = new Map<number, number>()
  const byArticle = new Map<string, number[]>()
  for (const [i, s] of sentences.entries()) pushTo(byArticle, s.articleId, i)
  const eligible = (i: number): boolean => new Set(sentences[i]!.concepts.map((c) => c.key)).size >= options.minConcepts

  const eligibleOf = [...byArticle.values()].map((members) => members.filter(eligible))
  // An article's lede states its main event: two outlets' ledes on one story tell it in their own words, each with
  // details of its own, so they may link at a lower similarity (when they are each other's best match).
  const sentenceCount = new Map<string, number>()
  for (const s of sentences) sentenceCount.set(s.articleId, Math.max(sentenceCount.get(s.articleId) ?? 0, s.sentenceIndex + 1))
  const isLede = (s: SentenceConcepts): boolean => s.sentenceIndex === 0 && (sentenceCount.get(s.articleId) ?? 0) >= 3
  for (const [ai, left] of eligibleOf.entries()) {
    for (const right of eligibleOf.slice(ai + 1)) {
      // One pass for each sentence's best score; only pairs above the threshold are kept to link (the full
      // matrix of two long texts would not fit in memory: 15,000 × 15,000 sentences is 1.8 GB).
      // Pairs sharing fewer than two concepts score 0 and are not scored: a best score at or above the threshold,
      // the only kind that links, is the same over the pairs scored as over all.
      const bestOfLeft = new Float64Array(left.length).fill(Number.NEGATIVE_INFINITY)
      const bestOfRight = new Float64Array(right.length).fill(Number.NEGATIVE_INFINITY)
      const candidates: { row: number; col: number; score: number }[] = []
      const similarInRight = similarityCandidates(right.map((j) => sentences[j]!.concepts))
      // Articles have one language each: the pair's threshold is fixed by its first sentences.
      const isCrossLingual = sentences[left[0] ?? 0]?.language !== sentences[right[0] ?? 0]?.language
      const threshold = linkThreshold(options, isCrossLingual)
      for (const [row, i] of left.entries()) {
        for (const col of similarInRight(sentences[i]!.concepts)) {
          const j = right[col]!
          const score = conceptSimilarity(sentences[i]!.concepts, sentences[j]!.concepts, weights)
          if (score > bestOfLeft[row]!) bestOfLeft[row] = score
          if (score > bestOfRight[col]!) bestOfRight[col] = score
          const isLedePair = !isCrossLingual && isLede(sentences[i]!) && isLede(sentences[j]!) && sharesEventVerb(sentences[i]!, sentences[j]!)
          const least = isLedePair ? Math.min(threshold, options.lede) : threshold
          if (score >= least) candidates.push({ row, col, score })
        }
      }
      for (const { row, col, score } of candidates) {
        // Mutual best matches link; so does a near-paraphrase, when an outlet states one fact twice.
        const isMutual = score === bestOfLeft[row] && score === bestOfRight[col]
        // An outlet that tells one action in several sentences ("DeGeneres to host the Oscars" in the headline, the
        // lede and a quote): each may join the other outlet's best match for it when both name the same action verb
        // and it adds no figure of its own, or both name the same person doing it (a detail it adds then stays in its
        // rendering), within one language (across languages verbs are glosses, too loose).
        const isOneSided =
          !isCrossLingual &&
          score >= options.oneSidedBest &&
          sharesEventVerb(sentences[left[row]!]!, sentences[right[col]!]!) &&
          (seekerAddsNoFigure(sentences[left[row]!]!, sentences[right[col]!]!, score === bestOfLeft[row], score === bestOfRight[col]) ||
            ((score === bestOfLeft[row] || score === bestOfRight[col]) && sharesPerson(sentences[left[row]!]!, sentences[right[col]!]!)))
        if (!(isMutual || isOneSided || score >= options.paraphrase)) continue
        const i = left[row]!
        const j = right[col]!
        const a = sentences[i]!
        const b = sentences[j]!
        const contradiction = findContradiction(a, b)
        if (contradiction) {
          // A conflict tells the reader the outlets disagree: only at the similarity that links sentences at all, not at
          // the ledes' lower one.
          if (isMutual && contradiction !== 'unsure' && score >= threshold) conflicts.push({ a, b, reason: contradiction, similarity: score })
          continue
        }
        parent[find(i)] = find(j)
        best.set(i, Math.max(best.get(i) ?? 0, score))
        best.set(j, Math.max(best.get(j) ?? 0, score))
      }
    }
  }
  attachRestatements(sentences, weights, options, find, parent)
  const groups = new Map<number, number[]>()
  for (const i of sentences.keys()) pushTo(groups, find(i), i)
  const facts = [...groups.values()].map((members) => {
    const group = members.map((i) => sentences[i]!)
    return {
      sentences: group,
      articleIds: [...new Set(group.map((s) => s.articleId))],
      similarity: members.length > 1 ? members.reduce((max, i) => Math.max(max, best.get(i) ?? 0), 0) : 1,
    }
  })
  return { facts, conflicts }
}

/**
 * An outlet that states a shared fact twice ("During a meeting with Putin, Lukashenko expressed concern…" in the
 * lead and again below) has the second statement join the fact, instead of it passing for a fact only it reports.
 */
function attachRestatements(
  sentences: readonly SentenceConcepts[],
  weights: ReadonlyMap<string, number>,
  options: FactOptions,
  find: (i: number) => number,
  parent: number[],
): void {
  const size = new Map<number, Set<string>>()
  for (const [i, s] of sentences.entries()) size.set(find(i), new Set([...(size.get(find(i)) ?? []), s.articleId]))
  const isShared = (i: number): boolean => (size.get(find(i))?.size ?? 0) > 1
  // Per article, its sentences in shared facts, and an index of what each may be similar to.
  const sharedOf = new Map<string, number[]>()
  for (const [i, s] of sentences.entries()) if (isShared(i)) pushTo(sharedOf, s.articleId, i)
  const similarOf = new Map([...sharedOf].map(([article, shared]) => [article, similarityCandidates(shared.map((j) => sentences[j]!.concepts))]))
  for (const [i, s] of sentences.entries()) {
    if (isShared(i)) continue
    const shared = sharedOf.get(s.articleId)
    if (shared === undefined) continue
    let best = -1
    let bestScore = options.restatement
    for (const k of similarOf.get(s.articleId)!(s.concepts)) {
      const j = shared[k]!
      const o = sentences[j]!
      const score = conceptSimilarity(s.concepts, o.concepts, weights)
      if (score >= bestScore) {
        best = j
        bestScore = score
      }
    }
    if (best >= 0) parent[find(i)] = find(best)
  }
}

const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'tell', 'add', 'make', 'get', 'go', 'take', 'give', 'come', 'will', 'can', 'would', 'could', 'should', 'may', 'might', 'must', 'according'])

/**
 * A one-sided match adds no figure on the side that seeks it: a headline ("Esther Williams dies") may join the
 * lede that adds the age, but a sentence with its own figure ("troops are deployed 15 kilometres from the border")
 * does not pass for the other outlet's sentence without it; that detail stays its outlet's own. `aSeeks`: the match
 * is a's best.
 */
function seekerAddsNoFigure(a: SentenceConcepts, b: SentenceConcepts, aSeeks: boolean, bSeeks: boolean): boolean {
  const [onlyA, onlyB] = changedFigures(a, b)
  return (aSeeks && onlyA.length === 0) || (bSeeks && onlyB.length === 0)
}

/** Both sentences name one person (a merged entity of kind person): with the same action verb, one event of
 *  theirs ("Esther Williams … has died" / "Esther Williams, …, dies at 91"). Places and countries recur in many
 *  facts of a story, so they do not count. */
function sharesPerson(a: SentenceConcepts, b: SentenceConcepts): boolean {
  const people = new Set(a.concepts.filter((c) => c.key.startsWith('ent:person:')).map((c) => c.key))
  return b.concepts.some((c) => people.has(c.key))
}

/** Both sentences carry the same content verb ("escaped" / "escape"): they tell one action, not two. */
function sharesEventVerb(a: SentenceConcepts, b: SentenceConcepts): boolean {
  const verbs = (s: SentenceConcepts): string[] =>
    s.sentence.tokens.filter((t) => t.pos === 'VERB' && !LIGHT_VERBS.has(t.lemma)).map((t) => t.lemma.toLowerCase())
  // A title-case headline ("Ellen DeGeneres To Host Oscars") tags its verb as a name: the other side's verb is
  // looked for among all of its words.
  const words = (s: SentenceConcepts): Set<string> => new Set(s.sentence.tokens.map((t) => t.lemma.toLowerCase()))
  const [wa, wb] = [words(a), words(b)]
  return verbs(a).some((v) => wb.has(v)) || verbs(b).some((v) => wa.has(v))
}

/** The spans of a fact, one per sentence, each in its article's language. */
export function factSpans(fact: AlignedFact, languages: ReadonlyMap<string, string>): FactSpan[] {
  return fact.sentences.map((s) => ({
    articleId: s.articleId,
    start: s.sentence.start,
    end: s.sentence.end,
    text: s.sentence.text,
    language: languages.get(s.articleId) ?? 'und',
    ...(s.field ? { field: s.field } : {}),
  }))
}
