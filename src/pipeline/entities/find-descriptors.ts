import type { Sentence, Token } from '../../model/index.js'
import type { Gazetteer } from './gazetteer.js'
import type { NameMention } from './find-mentions.js'

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
): Descriptor[] {
  const out: Descriptor[] = []
  const mentionAt = new Map<number, number>()
  for (const [i, m] of mentions.entries()) mentionAt.set(m.start, i)
  const roleOf = new Map<number, string>()
  for (const [s, sentence] of sentences.entries()) {
    const tokens = sentence.tokens
    for (let i = 0; i < tokens.length; i++) {
      const role = roleEndingAt(tokens, i, gazetteer)
      if (!role) continue
      const phraseStart = extendLeft(tokens, role.first, gazetteer)
      const next = tokens[i + 1]
      const target = describedName(tokens, i, mentionAt, mentions)
      const start = tokens[phraseStart]!.start
      if (target !== undefined) {
        // Skip a determiner that starts the phrase: the descriptor is "Belarusian dictator", not "the Belarusian dictator".
        out.push({ start, end: tokens[i]!.end, text: text.slice(start, tokens[i]!.end), target, isAlias: false, role: role.term })
        roleOf.set(target, role.term)
        continue
      }
      const det = tokens[phraseStart - 1]
      const isDefinite = det !== undefined && /^(the|this|that)$/i.test(det.text)
      const nextIsName = next !== undefined && /^\p{Lu}/u.test(next.text)
      if (!isDefinite || nextIsName || next?.text === 'of') continue
      const antecedent = resolveAlias(role.term, mentions, roleOf, s, start)
      if (antecedent !== undefined) {
        out.push({ start, end: tokens[i]!.end, text: text.slice(start, tokens[i]!.end), target: antecedent, isAlias: true, role: role.term })
      }
    }
  }
  return out
}

function roleEndingAt(tokens: readonly Token[], i: number, gazetteer: Gazetteer): { term: string; first: number } | null {
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

/** Adjectives and demonyms in front of the role: "illegitimate Russian president", "self-proclaimed president". */
function extendLeft(tokens: readonly Token[], first: number, gazetteer: Gazetteer): number {
  let j = first
  while (j > 0) {
    const t = tokens[j - 1]!
    const isModifier = t.pos === 'ADJ' || gazetteer.byDemonym.has(t.norm) || /-/.test(t.text) && /^\p{Ll}/u.test(t.text) || (t.pos === 'VERB' && /ed$/.test(t.text) && /^\p{Ll}/u.test(t.text))
    if (!isModifier) break
    j--
  }
  return j
}

/** The name a role phrase ending at token `i` describes: right after it, or after "of …," / "," (apposition). */
function describedName(
  tokens: readonly Token[],
  i: number,
  mentionAt: ReadonlyMap<number, number>,
  mentions: readonly NameMention[],
): number | undefined {
  const isPersonLike = (index: number | undefined): index is number =>
    index !== undefined && (mentions[index]?.kind === 'person' || mentions[index]?.kind === 'other')
  const next = tokens[i + 1]
  if (next) {
    const direct = mentionAt.get(next.start)
    if (isPersonLike(direct)) return direct
  }
  // Apposition: "president of Belarus, Oleksandr Lukashenko" / "president of the Russian Federation, Vladimir Putin".
  let j = i + 1
  if (tokens[j]?.text === 'of') {
    j++
    while (j < tokens.length && j <= i + 6 && tokens[j]!.text !== ',') j++
  }
  if (tokens[j]?.text === ',' && tokens[j + 1]) {
    const appositive = mentionAt.get(tokens[j + 1]!.start)
    if (isPersonLike(appositive)) return appositive
  }
  // Apposition after the name: "Vladimir Putin, the Russian president," — the role closes the phrase.
  return undefined
}

function resolveAlias(
  role: string,
  mentions: readonly NameMention[],
  roleOf: ReadonlyMap<number, string>,
  sentence: number,
  offset: number,
): number | undefined {
  let fallback: number | undefined
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!
    if (m.start >= offset) continue
    if (roleOf.get(i) === role) return i
    const isCandidate = m.kind === 'person' || (m.kind === 'other' && !m.text.includes(' '))
    if (fallback === undefined && isCandidate && sentence - m.sentence <= ALIAS_WINDOW_SENTENCES) fallback = i
  }
  return fallback
}
