import type { Sentence, Token } from '../../model/index.js'
import { ALIGNMENT_STOPWORDS, foldName } from '../text/index.js'
import { demonymPlace, type Gazetteer } from '../entities/index.js'
import paraphrases from './data/paraphrases.json' with { type: 'json' }
import { memoizeByObject } from '../memoize.js'
import { pushTo } from '../push-to.js'
import { englishStem } from './english-stem.js'
import { englishGlosses, isLexiconLanguage, isStopword, stemWord, type LexiconLanguage } from '../lexicon/index.js'

/**
 * One meaningful unit of a sentence: its own key plus what else it may stand for. Two concepts match when their
 * keys and alternatives share any member, so a Russian "ракеты" (key "w:ru:ракет", alternatives "w:missile",
 * "w:rocket" and their paraphrase groups) matches an English "missile" (key "w:missile").
 */
export interface Concept {
  /** "w:threat", "w:ru:ракет", "gz:country:PL", "ent:person:e3", "num:15". */
  readonly key: string
  /** Paraphrase groups ("g12"), English glosses of a foreign word ("w:missile"), shared stems ("x:raket"). */
  readonly alternatives: readonly string[]
  readonly start: number
  readonly end: number
}

export interface SentenceConcepts {
  readonly articleId: string
  readonly sentenceIndex: number
  readonly sentence: Sentence
  /** Language of the article (BCP-47 primary subtag). */
  readonly language: string
  readonly concepts: readonly Concept[]
  /** 'title': the sentence is the article's headline (offsets into `Article.title`; `sentenceIndex` -1). */
  readonly field?: 'title'
}

/** Entities of one article by offset: name mentions and their entity or gazetteer keys. */
export interface EntityKeys {
  /** Mention start → concept key ("gz:country:BY" or "ent:person:e1"), with the mention end. */
  readonly at: ReadonlyMap<number, { readonly end: number; readonly key: string }>
}

const GROUPS: ReadonlyMap<string, readonly string[]> = compileGroups()

function compileGroups(): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const [i, group] of (paraphrases.groups as { words: string[] }[]).entries()) {
    for (const word of group.words) {
      const list = map.get(word) ?? []
      if (!list.includes(`g${i}`)) list.push(`g${i}`)
      map.set(word, list)
    }
  }
  return map
}

/** How to read a sentence's words. */
export interface ConceptOptions {
  /** The article's language (BCP-47 primary subtag); words of uk, ru, be, pl, cs, de are read through the lexicons. */
  readonly language?: string
  /** The story mixes languages: English words also carry a stem to meet foreign words' glosses. */
  readonly isCrossLingual?: boolean
}

/**
 * Turns a sentence into concepts: entities (by entity, so "Lukashenka" = "Lukashenko"), demonyms as their place
 * ("Poles" = Poland, "Belarusian territory" = "territory of Belarus"), numbers, and content lemmas with their
 * paraphrase groups ("danger" ~ "threat"). Function words and reporting verbs are dropped.
 */
export function sentenceConcepts(sentence: Sentence, entities: EntityKeys, gazetteer: Gazetteer, options: ConceptOptions = {}): Concept[] {
  const language = options.language ?? 'en'
  const foreign = isLexiconLanguage(language) ? language : undefined
  const isCrossLingual = options.isCrossLingual ?? false
  const out: Concept[] = []
  let skipUntil = -1
  for (const token of sentence.tokens) {
    if (token.start < skipUntil) continue
    const entity = entities.at.get(token.start)
    if (entity) {
      out.push({ key: entity.key, alternatives: [], start: token.start, end: entity.end })
      skipUntil = entity.end
      continue
    }
    // Demonyms in their case forms too: "польские", "Polaków", "russischen" stand for the country.
    const demonym = foreign ? demonymPlace(gazetteer, token.text, foreign) : gazetteer.byDemonym.get(token.norm)
    if (demonym) {
      out.push({ key: `gz:${demonym.id}`, alternatives: [], start: token.start, end: token.end })
      continue
    }
    if (foreign) {
      const concept = foreignConcept(foreign, token, gazetteer)
      if (concept) out.push(concept)
      continue
    }
    for (const part of tokenParts(token)) {
      if (/^\p{N}/u.test(part)) {
        out.push({ key: `num:${part.replace(/[,\s]/g, '')}`, alternatives: [], start: token.start, end: token.end })
        continue
      }
      if (!/\p{L}{2,}/u.test(part) || ALIGNMENT_STOPWORDS.has(part)) continue
      const groups = GROUPS.get(part) ?? []
      const alternatives = isCrossLingual ? [...groups, `s:${englishStem(part)}`] : groups
      out.push({ key: `w:${part}`, alternatives, start: token.start, end: token.end })
    }
  }
  return out
}

/**
 * A word of another language as a concept: its stem is its key (so two Russian outlets match on "ракет"), its
 * English glosses and their paraphrase groups its alternatives (so it matches an English "missile"), and for Slavic
 * languages its stem in Latin letters (cognates: ru "ракет", uk "ракет", pl "rakiet" meet as "raket").
 */
function foreignConcept(lang: LexiconLanguage, token: Token, gazetteer: Gazetteer): Concept | undefined {
  // "31-летний", "18місяців", "5,5": the figure is the key, whatever is glued to it.
  const figure = /^\p{N}[\p{N}.,\u00a0\u202f]*/u.exec(token.text)?.[0].replace(/[.,]$/, '')
  if (figure) return { key: `num:${figure.replace(/[,\s\u00a0\u202f]/g, '')}`, alternatives: [], start: token.start, end: token.end }
  const word = token.text.toLowerCase()
  if (!/\p{L}{2,}/u.test(word) || isStopword(lang, word)) return undefined
  const stem = stemWord(lang, word)
  const alternatives: string[] = []
  for (const gloss of englishGlosses(lang, word)) {
    if (ALIGNMENT_STOPWORDS.has(gloss)) continue
    // A demonym gloss ("палестинец" → "palestinian") stands for its place, as the English demonym does.
    const demonym = gazetteer.byDemonym.get(gloss)
    if (demonym) alternatives.push(`gz:${demonym.id}`)
    alternatives.push(`w:${gloss}`, `s:${englishStem(gloss)}`)
    for (const group of GROUPS.get(gloss) ?? []) if (!alternatives.includes(group)) alternatives.push(group)
  }
  if (lang !== 'de') alternatives.push(`x:${cognateKey(stem)}`)
  return { key: `w:${lang}:${stem}`, alternatives, start: token.start, end: token.end }
}

/** A Slavic stem in plain Latin letters, so close cognates across scripts and languages share it. */
function cognateKey(stem: string): string {
  return foldName(stem)
    .replace(/[^a-z]/g, '')
    .replace(/sz/g, 'sh').replace(/cz/g, 'ch').replace(/kh/g, 'h').replace(/ie/g, 'e')
    .replace(/[yj]/g, 'i').replace(/w/g, 'v').replace(/(.)\1/g, '$1')
}

/** Lemma parts of a token: "military-political" → ["military", "political"]; plural "troops" → "troop". */
function tokenParts(token: Token): string[] {
  const base = token.text.includes('-') && /\p{L}-\p{L}/u.test(token.text) ? token.text.split('-') : [token.lemma]
  return base.map((p) => foldName(p).replace(/\s+/g, '')).map((p) => singular(p)).filter(Boolean)
}

function singular(word: string): string {
  // The lemmatiser leaves some plurals in hyphenated parts; "-ies" → "-y", "-s" → "" for words over 4 letters.
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1)
  return word
}

/** Inverse sentence frequency of concept keys across a story: rare concepts say more about a fact. */
export function conceptWeights(all: readonly SentenceConcepts[]): Map<string, number> {
  const df = new Map<string, number>()
  for (const s of all) for (const key of new Set(s.concepts.map((c) => c.key))) df.set(key, (df.get(key) ?? 0) + 1)
  const n = Math.max(all.length, 1)
  const weights = new Map<string, number>()
  for (const [key, count] of df) weights.set(key, Math.log(1 + n / count))
  return weights
}

/**
 * Soft overlap of two concept lists, 0–1: each concept counts as matched when the other side has its key or shares
 * an alternative (gloss, stem, paraphrase group); weighted by rarity; normalised by the smaller side's weight (a
 * short sentence in one outlet can fully match part of a long one in another), then damped by how much of the larger
 * side matched.
 */
export function conceptSimilarity(a: readonly Concept[], b: readonly Concept[], weights: ReadonlyMap<string, number>): number {
  if (a.length === 0 || b.length === 0) return 0
  const pa = profileOf(a)
  const pb = profileOf(b)
  // One shared word is chance ("let go of me" / "Let's recap"): two distinct concepts at least must match.
  if (matchedCount(pa, pb) < MIN_SHARED_CONCEPTS) return 0
  const coverA = matchedWeight(pa, pb, weights)
  const coverB = matchedWeight(pb, pa, weights)
  const totalA = totalWeight(pa, weights)
  const totalB = totalWeight(pb, weights)
  const small = totalA <= totalB ? coverA / totalA : coverB / totalB
  const large = totalA <= totalB ? coverB / totalB : coverA / totalA
  // Geometric blend: 0.75 on the smaller side keeps "This would calm some heads" matchable to a long quote.
  return Math.pow(small, 0.75) * Math.pow(large, 0.25)
}

const MIN_SHARED_CONCEPTS = 2

/**
 * An index of concept lists that answers, for a query list, which lists it can be similar to at all: those
 * where at least MIN_SHARED_CONCEPTS distinct concepts of the query match (a key or an alternative in common:
 * gloss, stem, paraphrase group). `conceptSimilarity` gives every other list 0, so alignment need not score it: two
 * long texts share two concepts in few of their sentence pairs. Returns list indices in ascending order.
 */
export function similarityCandidates(lists: readonly (readonly Concept[])[]): (query: readonly Concept[]) => number[] {
  const byToken = new Map<string, number[]>()
  lists.forEach((list, n) => {
    for (const token of profileOf(list).tokens) pushTo(byToken, token, n)
  })
  const hits = new Int32Array(lists.length)
  // The last query concept that counted each list: a list matched through several tokens of one concept counts once.
  const countedBy = new Int32Array(lists.length).fill(-1)
  let stamp = 0
  return (query) => {
    const touched: number[] = []
    const out: number[] = []
    const count = (n: number): void => {
      if (countedBy[n] === stamp) return
      countedBy[n] = stamp
      const seen = hits[n]! + 1
      hits[n] = seen
      if (seen === 1) touched.push(n)
      if (seen === MIN_SHARED_CONCEPTS) out.push(n)
    }
    for (const c of profileOf(query).distinct) {
      stamp++
      for (const n of byToken.get(c.key) ?? []) count(n)
      for (const token of c.alternatives) for (const n of byToken.get(token) ?? []) count(n)
    }
    for (const n of touched) hits[n] = 0
    return out.sort((a, b) => a - b)
  }
}

/**
 * A concept list as the similarity reads it, built once per list: alignment scores each sentence against many
 * others, and rebuilding these sets per pair was most of a long comparison's time. A key's concepts share their alternatives, so its first occurrence stands for all.
 */
interface ConceptProfile {
  /** Every key and alternative of the list: what a concept of another list can match. */
  readonly tokens: ReadonlySet<string>
  /** The first concept of each key, in order. */
  readonly distinct: readonly Concept[]
  /** Summed weight of the distinct keys, per weights map (a story's). */
  readonly totals: WeakMap<ReadonlyMap<string, number>, number>
}

const profileOf = memoizeByObject((concepts: readonly Concept[]): ConceptProfile => {
  const distinct = new Map<string, Concept>()
  for (const c of concepts) if (!distinct.has(c.key)) distinct.set(c.key, c)
  const tokens = new Set(distinct.keys())
  for (const c of concepts) for (const token of c.alternatives) tokens.add(token)
  return { tokens, distinct: [...distinct.values()], totals: new WeakMap() }
})

function isMatched(c: Concept, other: ConceptProfile): boolean {
  return other.tokens.has(c.key) || c.alternatives.some((token) => other.tokens.has(token))
}

/** Whether two concepts can stand for the same thing: a shared key, gloss, stem or paraphrase group. */
export function isSameConcept(a: Concept, b: Concept): boolean {
  if (a.key === b.key || a.alternatives.includes(b.key) || b.alternatives.includes(a.key)) return true
  return a.alternatives.some((token) => b.alternatives.includes(token))
}

/** How many distinct concepts of `a` the list `b` has too (a key, gloss, stem or paraphrase group in common). */
export function sharedConceptCount(a: readonly Concept[], b: readonly Concept[]): number {
  return matchedCount(profileOf(a), profileOf(b))
}

/** How many distinct keys of `a` the other side has, or shares an alternative with. */
function matchedCount(a: ConceptProfile, b: ConceptProfile): number {
  let count = 0
  for (const c of a.distinct) if (isMatched(c, b)) count++
  return count
}

function matchedWeight(a: ConceptProfile, b: ConceptProfile, weights: ReadonlyMap<string, number>): number {
  let sum = 0
  for (const c of a.distinct) if (isMatched(c, b)) sum += weights.get(c.key) ?? 1
  return sum
}

function totalWeight(a: ConceptProfile, weights: ReadonlyMap<string, number>): number {
  let total = a.totals.get(weights)
  if (total === undefined) {
    let sum = 0
    for (const c of a.distinct) sum += weights.get(c.key) ?? 1
    total = sum || 1
    a.totals.set(weights, total)
  }
  return total
}
