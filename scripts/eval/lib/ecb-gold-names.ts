import type { EntityKind, Span } from '../../../src/model/index.js'
import type { EcbPlusDocument } from './load-ecbplus.js'
import type { EcbToken } from './parse-ecb-xml.js'

/** A proper-name gold mention cut from an ECB+ entity markable; offsets index the detokenized text. */
export interface GoldName extends Span {
  readonly text: string
  readonly kind: EntityKind
  /** Gold coreference chain (CROSS_DOC_COREF instance id, or document-local). */
  readonly chain: string
  /** True for the first name of its markable: the one used for coreference scoring. */
  readonly isHead: boolean
}

/**
 * ECB+ entity types → our entity kinds. GENERIC participants ("people", "police") are not named and are
 * left out, as are actions and times. HUMAN_PART_GPE is a country acting as a participant ("France said");
 * EXPECTED.md files countries under places, so it maps to place. HUMAN_PART_MET is metonymy for an
 * organisation ("the White House", "IBM").
 */
export const ECB_KIND: Readonly<Record<string, EntityKind>> = {
  HUMAN_PART_PER: 'person',
  HUMAN_PART_ORG: 'organization',
  HUMAN_PART_MET: 'organization',
  HUMAN_PART_GPE: 'place',
  HUMAN_PART_FAC: 'place',
  LOC_GEO: 'place',
  LOC_FAC: 'place',
  LOC_OTHER: 'place',
  HUMAN_PART_VEH: 'other',
  HUMAN_PART: 'other',
  NON_HUMAN_PART: 'other',
}

/**
 * Cuts the proper names out of the entity markables of the annotated sentences. ECB+ markables are noun
 * phrases, often with a preposition or description around the name ("in Santa Rosa, California",
 * "Australian actor Hugh Jackman"), so each maximal run of name tokens inside a markable is one gold name;
 * connectors join a run only between two name tokens ("Gulf of Aden", "T - Mobile"); a leading "The" is
 * dropped. Only the head name carries the markable's type and chain: the first run, before any
 * preposition that follows other words, that is not a pre-modifier (a run followed by a lower-case word or
 * "'s": "Waitrose supermarket", "Apple's MacBook"). Other runs get kind 'other' and `isHead: false`.
 * Single-word demonym modifiers ("Australian actor") are not names and are left out.
 * `isProper` decides which tokens are name tokens (see `properTokenTest`).
 * Example: markable LOC_GEO "in Santa Rosa , California" → "Santa Rosa" (place, head) and "California".
 */
export function ecbGoldNames(
  doc: EcbPlusDocument,
  tokenSpans: ReadonlyMap<string, Span>,
  text: string,
  isProper: (token: EcbToken) => boolean,
): GoldName[] {
  const tokenById = new Map(doc.tokens.map((token, index) => [token.id, { token, index }]))
  const names: GoldName[] = []
  for (const markable of doc.markables) {
    const kind = ECB_KIND[markable.type]
    if (kind === undefined) continue
    const tokens = markable.tokenIds
      .flatMap((id) => tokenById.get(id) ?? [])
      .filter(({ token }) => doc.annotatedSentences.has(token.sentence))
      .sort((a, b) => a.index - b.index)
    const chain = markable.chain ?? `${doc.name}#${markable.id}`
    const runs = nameRuns(tokens, isProper)
    const head = headRun(runs, tokens)
    for (const run of runs) {
      if (run.isModifier && run.tokens.length === 1 && DEMONYM.test(run.tokens[0]?.text ?? '')) continue
      const first = tokenSpans.get(run.tokens[0]?.id ?? '')
      const last = tokenSpans.get(run.tokens.at(-1)?.id ?? '')
      if (!first || !last) continue
      const isHead = run === head
      const name = { start: first.start, end: last.end, text: text.slice(first.start, last.end) }
      names.push({ ...name, kind: isHead ? kind : 'other', chain: isHead ? chain : `${chain}/${first.start}`, isHead })
    }
  }
  return names.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** A run of name tokens; `from`/`to` index the markable's token list (to exclusive). */
interface NameRun {
  readonly tokens: readonly EcbToken[]
  readonly from: number
  readonly to: number
  /** Followed inside the markable by a lower-case word or "'s": it modifies the head ("Waitrose supermarket"). */
  readonly isModifier: boolean
}

type IndexedToken = { readonly token: EcbToken; readonly index: number }

/** Maximal runs of name tokens over consecutive token indices, joined by connectors, without a leading "The". */
function nameRuns(tokens: readonly IndexedToken[], isProper: (token: EcbToken) => boolean): NameRun[] {
  const runs: NameRun[] = []
  let run: EcbToken[] = []
  let from = 0
  let pending = 0
  let lastIndex = -2
  const close = (position: number): void => {
    // "U . S ." keeps its final period: it belongs to the abbreviation.
    const next = tokens[position - pending]?.token
    const last = run.at(-1)
    if (pending > 0 && next?.text === '.' && last && /^\p{Lu}$/u.test(last.text)) run.push(next)
    if (run.length > 0) {
      const to = from + run.length
      const after = tokens[to]
      const isAdjacent = after !== undefined && after.index === (tokens[to - 1]?.index ?? -2) + 1
      const isModifier = isAdjacent && (/^\p{Ll}/u.test(after.token.text) || /^['’]s$/u.test(after.token.text))
      runs.push({ tokens: run, from, to, isModifier })
    }
    run = []
    pending = 0
  }
  tokens.forEach(({ token, index }, position) => {
    if (index !== lastIndex + 1) close(position)
    lastIndex = index
    if (isProper(token) && !(run.length === 0 && /^the$/iu.test(token.text))) {
      if (run.length === 0) from = position
      for (let i = position - pending; i < position; i++) run.push(tokens[i]?.token ?? token)
      run.push(token)
      pending = 0
    } else if (run.length > 0 && CONNECTORS.has(token.text) && pending < 2) {
      pending++
    } else {
      close(position)
    }
  })
  close(tokens.length)
  return runs
}

/** The run that names the markable's referent (see `ecbGoldNames`), if any. */
function headRun(runs: readonly NameRun[], tokens: readonly IndexedToken[]): NameRun | undefined {
  let stop = tokens.length
  let hasWords = false
  for (const [position, { token }] of tokens.entries()) {
    const isPreposition = PREPOSITIONS.has(token.text.toLowerCase())
    if (isPreposition && hasWords && !runs.some((r) => r.from < position && position < r.to)) {
      stop = position
      break
    }
    if (!isPreposition) hasWords = true
  }
  return runs.find((run) => run.from < stop && !run.isModifier)
}

/** "Australian", "Sicilian", "Chinese", "British", "Catholic", "Israeli". */
const DEMONYM = /(?:an|ese|ish|ic|i)$/u

const PREPOSITIONS = new Set(['in', 'from', 'at', 'on', 'near', 'of', 'by', 'for', 'with', 'to', 'into', 'outside', 'inside', 'between', 'off', 'across', 'through', 'over', 'under', 'behind'])

/**
 * Tokens that may sit inside a name between two name tokens: "Gulf of Aden", "AT & T", "T - Mobile", "U . S",
 * "Academy of Motion Picture Arts and Sciences". ECB+ marks each conjunct of "France and Germany" as its own
 * markable, so "and" inside one markable is part of a name.
 */
const CONNECTORS = new Set(['of', 'de', 'du', 'da', 'del', 'von', 'van', 'der', 'la', 'le', 'and', '-', '&', '.'])

/** Words that are capitalised at the start of a sentence or in a headline but are never names by themselves. */
const NEVER_NAMES = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'the', 'a', 'an'])

/**
 * Builds the name-token test for a corpus. A token is a name token when it starts with a capital letter and
 * either stands where capitals are informative (not first in its sentence, and the sentence is not a
 * headline in title case) or never occurs in lower case anywhere in the corpus ("Hugh" first in a sentence
 * is a name; "Police" and "Host" are not, since "police" and "host" occur). Title case = at least 60% of
 * the sentence's alphabetic tokens capitalised, with at least 3 of them (a headline; ordinary sentences of
 * ECB+ dev stay well under that, proper-name-heavy ones reach about 50%).
 */
export function properTokenTest(documents: readonly EcbPlusDocument[]): (token: EcbToken) => boolean {
  const lowercase = new Set<string>()
  const headlineOrFirst = new Set<EcbToken>()
  for (const doc of documents) {
    const bySentence = new Map<number, EcbToken[]>()
    for (const token of doc.tokens) {
      // Sentence 0 of an "ecbplus" file is its URL, in lower case throughout.
      if (doc.name.endsWith('ecbplus') && token.sentence === 0) continue
      if (/^\p{Ll}/u.test(token.text)) lowercase.add(token.text)
      const list = bySentence.get(token.sentence) ?? []
      list.push(token)
      bySentence.set(token.sentence, list)
    }
    for (const tokens of bySentence.values()) {
      const alphabetic = tokens.filter((t) => /^\p{L}/u.test(t.text))
      const capitalised = alphabetic.filter((t) => /^\p{Lu}/u.test(t.text)).length
      const isTitleCase = capitalised >= 3 && capitalised >= 0.6 * alphabetic.length
      if (isTitleCase) for (const token of tokens) headlineOrFirst.add(token)
      const first = alphabetic[0]
      if (first) headlineOrFirst.add(first)
    }
  }
  return (token) => {
    if (!/^\p{Lu}/u.test(token.text)) return false
    if (NEVER_NAMES.has(token.text.toLowerCase())) return false
    if (!headlineOrFirst.has(token)) return true
    return !lowercase.has(token.text.toLowerCase())
  }
}
