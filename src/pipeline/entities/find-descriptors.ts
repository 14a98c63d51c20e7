import type { Sentence, Token } from '../../model/index.js'
import type { Gazetteer } from './gazetteer.js'
import type { NameMention } from './find-mentions.js'
import { pushTo } from '../push-to.js'
import { memoizeByObject } from '../memoize.js'
import { localNames, wordKeys, type LocalNames } from './local-names.js'

/** A phrase that describes a named entity by role or label: "Belarusian dictator", "the leader". */
export interface Descriptor {
  readonly start: number
  readonly end: number
  readonly text: string
  /** Index into the article's name mentions of the entity described. */
  readonly target: number
  /** True when the phrase stands alone for the entity ("According to the Belarusian dictator"). */
  readonly isAlias: boolean
  /** The role noun it rests on ("dictator", "president"). */
  readonly role: string
}

// Role nouns are looked up as one or two words: "president", "prime minister", "head of state" is not handled.
const MAX_ROLE_WORDS = 2
// Antecedents of a standalone role phrase are searched this many sentences back (a paragraph, roughly).
const ALIAS_WINDOW_SENTENCES = 6

/**
 * Finds role phrases next to a name ("Russian dictator Vladimir Putin", "The self-proclaimed president of Belarus,
 * Oleksandr Lukashenko") and standalone ones ("the leader"), resolving the latter to the most recent person whose
 * role it repeats, or else to the most recent person.
 */
export function findDescriptors(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly NameMention[],
  gazetteer: Gazetteer,
  lang?: string,
): Descriptor[] {
  const mentionAt = new Map<number, number>()
  for (const [i, m] of mentions.entries()) mentionAt.set(m.start, i)
  const local = localNames(gazetteer, lang)
  if (local) return findLocalDescriptors(text, sentences, mentions, mentionAt, local)
  const mentionEndingAt = new Map<number, number>()
  for (const [i, m] of mentions.entries()) mentionEndingAt.set(m.end, i)
  const out: Descriptor[] = []
  /** Name index → the descriptor phrases used for it, lower-cased ("belarusian dictator"). */
  const phrasesOf = new Map<number, string[]>()
  for (const [s, sentence] of sentences.entries()) {
    const tokens = sentence.tokens
    for (let i = 0; i < tokens.length; i++) {
      const role = roleEndingAt(tokens, i, gazetteer)
      if (!role) continue
      const phraseStart = extendLeft(tokens, role.first, gazetteer)
      const next = tokens[i + 1]
      const described = describedName(tokens, i, mentionAt, mentions)
      const start = tokens[phraseStart]!.start
      if (described !== undefined) {
        // The descriptor is "Belarusian dictator", not "the Belarusian dictator"; an apposition runs to its comma.
        const end = described.phraseEnd
        const phrase = text.slice(start, end)
        out.push({ start, end, text: phrase, target: described.index, isAlias: false, role: role.term })
        pushTo(phrasesOf, described.index, phrase.toLowerCase())
        continue
      }
      const det = tokens[phraseStart - 1]
      const isDefinite = det !== undefined && /^(the|this|that)$/i.test(det.text)
      const nextIsName = next !== undefined && /^\p{Lu}/u.test(next.text)
      // "Manchin, the senior senator from West Virginia": an apposition describes the person named before its comma.
      const appositive = isDefinite && tokens[phraseStart - 2]?.text === ',' ? mentionEndingAt.get(tokens[phraseStart - 3]?.end ?? -1) : undefined
      if (appositive !== undefined && isPersonLike(mentions, appositive)) {
        const end = tokens[i]!.end
        const phrase = text.slice(start, end)
        out.push({ start, end, text: phrase, target: appositive, isAlias: false, role: role.term })
        pushTo(phrasesOf, appositive, phrase.toLowerCase())
        continue
      }
      if (!isDefinite || nextIsName || next?.text === 'of') continue
      const antecedent = resolveAlias(text.slice(start, tokens[i]!.end).toLowerCase(), role.term, mentions, phrasesOf, s, start)
      if (antecedent !== undefined) {
        out.push({ start, end: tokens[i]!.end, text: text.slice(start, tokens[i]!.end), target: antecedent, isAlias: true, role: role.term })
      }
    }
  }
  return out
}

/** Every ending of a gazetteer's role keys ("minister", "prime minister"), to skip most tokens at once. */
const roleEndingsOf = memoizeByObject((gazetteer: Gazetteer): ReadonlySet<string> => {
  const endings = new Set<string>()
  for (const key of gazetteer.roles.keys()) {
    const words = key.split(' ')
    for (let k = 0; k < words.length; k++) endings.add(words.slice(k).join(' '))
  }
  return endings
})

function roleEndingAt(tokens: readonly Token[], i: number, gazetteer: Gazetteer): { term: string; first: number } | null {
  // A role key ending at token i ends with that token's norm: most tokens end none, and need no key built.
  if (!roleEndingsOf(gazetteer).has(tokens[i]!.norm)) return null
  for (let n = MAX_ROLE_WORDS; n >= 1; n--) {
    const first = i - n + 1
    if (first < 0) continue
    const key = tokens.slice(first, i + 1).map((t) => t.norm).join(' ')
    const role = gazetteer.roles.get(key)
    if (role && !role.isTitle) return { term: role.term, first }
    if (role && role.isTitle && n > 1) return { term: role.term, first }
  }
  const single = gazetteer.roles.get(tokens[i]!.norm)
  return single ? { term: single.term, first: i } : null
}

/** Adjectives, demonyms and hyphenated compounds in front of the role: "illegitimate Russian president", "self-proclaimed president". */
function extendLeft(tokens: readonly Token[], first: number, gazetteer: Gazetteer): number {
  let j = first
  while (j > 0) {
    const t = tokens[j - 1]!
    // "self - proclaimed": the tokenizer splits hyphenated compounds; take the hyphen and the word before it.
    if (t.text === '-' && j >= 2 && /^\p{Ll}/u.test(tokens[j - 2]!.text)) {
      j -= 2
      continue
    }
    const isHyphenPart = tokens[j]?.text === '-' || tokens[j - 2]?.text === '-'
    const isModifier = t.pos === 'ADJ' || gazetteer.byDemonym.has(t.norm) || (isHyphenPart && /^\p{Ll}/u.test(t.text))
    if (!isModifier) break
    j--
  }
  return j
}

/**
 * The name a role phrase ending at token `i` describes: right after it ("Russian dictator Vladimir Putin"), or
 * after "of …," / "," in apposition ("president of the Russian Federation, Vladimir Putin"). Returns the name's
 * index and where the descriptor phrase ends.
 */
function describedName(
  tokens: readonly Token[],
  i: number,
  mentionAt: ReadonlyMap<number, number>,
  mentions: readonly NameMention[],
): { index: number; phraseEnd: number } | undefined {
  const next = tokens[i + 1]
  if (next) {
    const direct = mentionAt.get(next.start)
    if (isPersonLike(mentions, direct)) return { index: direct, phraseEnd: tokens[i]!.end }
  }
  let j = i + 1
  if (tokens[j]?.text === 'of') {
    j++
    while (j < tokens.length && j <= i + 6 && tokens[j]!.text !== ',') j++
  }
  if (tokens[j]?.text === ',' && tokens[j + 1]) {
    const appositive = mentionAt.get(tokens[j + 1]!.start)
    if (isPersonLike(mentions, appositive)) return { index: appositive, phraseEnd: tokens[j - 1]!.end }
  }
  return undefined
}

/** A person's name, or an unknown one that may be a person's. */
function isPersonLike(mentions: readonly NameMention[], index: number | undefined): index is number {
  return index !== undefined && (mentions[index]?.kind === 'person' || mentions[index]?.kind === 'other')
}

/**
 * Resolves a standalone role phrase: to the latest name described by the same phrase ("the Belarusian dictator"
 * after "Belarusian dictator Oleksandr Lukashenko"), else by the same bare role ("the leader" after "leader X"),
 * else to the latest person named within a few sentences.
 */
function resolveAlias(
  phrase: string,
  role: string,
  mentions: readonly NameMention[],
  phrasesOf: ReadonlyMap<number, readonly string[]>,
  sentence: number,
  offset: number,
): number | undefined {
  // Mentions are in text order: walk back from the last one before the phrase.
  let last = -1
  for (let lo = 0, hi = mentions.length; lo < hi; ) {
    const mid = (lo + hi) >> 1
    if (mentions[mid]!.start < offset) {
      last = mid
      lo = mid + 1
    } else hi = mid
  }
  const isBareRole = phrase === role.toLowerCase()
  let sameRole: number | undefined
  let latest: number | undefined
  for (let i = last; i >= 0; i--) {
    const m = mentions[i]!
    const phrases = phrasesOf.get(i)
    if (phrases?.includes(phrase)) return i
    if (isBareRole && sameRole === undefined && phrases?.some((p) => p.endsWith(role.toLowerCase()))) sameRole = i
    const isCandidate = m.kind === 'person' || (m.kind === 'other' && !m.text.includes(' '))
    if (latest === undefined && isCandidate && sentence - m.sentence <= ALIAS_WINDOW_SENTENCES) latest = i
  }
  return sameRole ?? latest
}

// Adjectives before a role noun in the local languages: "самопроголошений", "белорусский", "samozwańczy".
const LOCAL_ADJECTIVE = /(?:ый|ий|ой|ая|ое|ые|ого|ому|ым|ій|а|е|і|ы|ая|ski|cki|ny|wy|ty|ła|na|ý|í|er|en|es|e)$/u

/**
 * Role phrases right before a name in uk, ru, be, pl, cs, de: "самопроголошений президент Білорусі Олександр
 * Лукашенко", "rosyjski dyktator Władimir Putin". The phrase runs from the adjectives before the role noun through
 * a place in the genitive after it; standalone role phrases ("лидер") are left alone, as these languages have no
 * article to mark them.
 */
function findLocalDescriptors(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly NameMention[],
  mentionAt: ReadonlyMap<number, number>,
  local: LocalNames,
): Descriptor[] {
  const out: Descriptor[] = []
  const isPersonLike = (index: number | undefined): index is number =>
    index !== undefined && (mentions[index]?.kind === 'person' || mentions[index]?.kind === 'other')
  for (const sentence of sentences) {
    const tokens = sentence.tokens
    for (let i = 0; i < tokens.length; i++) {
      const role = wordKeys(tokens[i]!.text, local.lang).map((k) => local.roles.get(k)).find((r) => r !== undefined)
      if (!role) continue
      let first = i
      // "пресс-секретарь", "wice-premier": a hyphenated compound is one word.
      const hyphen = tokens[i - 1]
      if (hyphen?.text === '-' && hyphen.end === tokens[i]!.start && tokens[i - 2]?.end === hyphen.start) first = i - 2
      while (first > 0 && isLocalModifier(tokens[first - 1]!, local)) first--
      let phraseEnd = tokens[i]!.end
      let next = mentionAt.get(tokens[i + 1]?.start ?? -1)
      // "президент Білорусі Олександр Лукашенко", "Rzecznik Kremla Dmitrij Pieskow": the place or body in the genitive
      // belongs to the role.
      if (next !== undefined && (mentions[next]!.kind === 'place' || mentions[next]!.kind === 'organization')) {
        phraseEnd = mentions[next]!.end
        next = mentionAt.get(tokens.find((t) => t.start >= phraseEnd)?.start ?? -1)
      }
      if (!isPersonLike(next)) continue
      const start = tokens[first]!.start
      out.push({ start, end: phraseEnd, text: text.slice(start, phraseEnd), target: next, isAlias: false, role: role.term })
    }
  }
  return out
}

function isLocalModifier(token: Token, local: LocalNames): boolean {
  const word = token.text.toLowerCase()
  if (!/^\p{L}{4,}$/u.test(word)) return false
  return wordKeys(word, local.lang).some((k) => local.demonyms.has(k)) || (LOCAL_ADJECTIVE.test(word) && !local.roles.has(wordKeys(word, local.lang)[0]!))
}
