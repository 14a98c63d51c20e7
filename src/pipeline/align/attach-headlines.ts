import { pushTo } from '../push-to.js'
import { DEFAULT_FACT_OPTIONS, linkThreshold, type AlignedFact, type FactAlignment, type FactOptions } from './align-facts.js'
import { conceptSimilarity, similarityCandidates, type SentenceConcepts } from './concepts.js'
import { findContradiction } from './find-contradiction.js'

/**
 * Adds the articles' headlines (`field: 'title'`) to facts aligned from their texts, after that alignment, so a
 * headline never takes a text's place in it: each headline joins the fact of the text sentence it matches best (any
 * article's, its own included) when similar enough and not contradicting it; headlines that match no sentence may
 * still be one fact with each other (mutual best matches). A headline counts only beside another article's
 * rendering: one that would stand alone, or beside its own article's text only, is left out (the report's
 * headlines section shows every headline). Conflicts are left as they are: a difference cites passages of texts.
 */
export function attachHeadlines(
  alignment: FactAlignment,
  headlines: readonly SentenceConcepts[],
  weights: ReadonlyMap<string, number>,
  options: FactOptions = DEFAULT_FACT_OPTIONS,
): FactAlignment {
  const text = alignment.facts.flatMap((fact, index) => fact.sentences.map((sentence) => ({ sentence, index })))
  const similar = similarityCandidates(text.map((t) => t.sentence.concepts))
  const thresholdOf = (a: SentenceConcepts, b: SentenceConcepts): number => linkThreshold(options, a.language !== b.language)
  const eligible = headlines.filter((h) => new Set(h.concepts.map((c) => c.key)).size >= options.minConcepts)
  const joined = new Map<number, SentenceConcepts[]>()
  const unmatched: SentenceConcepts[] = []
  for (const h of eligible) {
    let best: (typeof text)[number] | undefined
    let bestScore = 0
    for (const k of similar(h.concepts)) {
      const score = conceptSimilarity(h.concepts, text[k]!.sentence.concepts, weights)
      if (score > bestScore) [best, bestScore] = [text[k]!, score]
    }
    if (best && bestScore >= thresholdOf(h, best.sentence) && findContradiction(h, best.sentence) === null) pushTo(joined, best.index, h)
    else unmatched.push(h)
  }
  const facts = alignment.facts.map((fact, index) => withHeadlines(fact, joined.get(index) ?? []))
  return { facts: [...facts, ...headlineFacts(unmatched, weights, thresholdOf)].filter((f) => f.sentences.length > 0), conflicts: alignment.conflicts }
}

/** The fact with its headlines, each kept only when another article renders the fact too. */
function withHeadlines(fact: AlignedFact, headlines: readonly SentenceConcepts[]): AlignedFact {
  if (headlines.length === 0) return fact
  const all = [...fact.sentences, ...headlines]
  const sentences = all.filter((s) => s.field === undefined || all.some((o) => o.articleId !== s.articleId))
  return { ...fact, sentences, articleIds: [...new Set(sentences.map((s) => s.articleId))] }
}

/** Headlines of different articles that are each other's best match (and similar enough): one fact each pair. */
function headlineFacts(
  headlines: readonly SentenceConcepts[],
  weights: ReadonlyMap<string, number>,
  thresholdOf: (a: SentenceConcepts, b: SentenceConcepts) => number,
): AlignedFact[] {
  // Only headlines sharing two concepts can score above 0: a story of a thousand articles scores a few pairs each.
  const similar = similarityCandidates(headlines.map((h) => h.concepts))
  const best = headlines.map((h) => {
    let at = -1
    let score = 0
    for (const j of similar(h.concepts)) {
      if (headlines[j]!.articleId === h.articleId) continue
      const s = conceptSimilarity(h.concepts, headlines[j]!.concepts, weights)
      if (s > score) [at, score] = [j, s]
    }
    return { at, score }
  })
  const facts: AlignedFact[] = []
  best.forEach(({ at, score }, i) => {
    if (at <= i || best[at]!.at !== i || score < thresholdOf(headlines[i]!, headlines[at]!)) return
    if (findContradiction(headlines[i]!, headlines[at]!) !== null) return
    const sentences = [headlines[i]!, headlines[at]!]
    facts.push({ sentences, articleIds: sentences.map((s) => s.articleId), similarity: score })
  })
  return facts
}
