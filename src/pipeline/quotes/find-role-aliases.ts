import type { Sentence, Token } from '../../model/index.js'
import type { NameMention } from '../entities/index.js'
import { firstIndex } from '../span-at.js'
import { isVerbLike, rolePhraseStart } from './find-cue-speaker.js'
import { tokenKey, type SpeechLexicon } from './speech-lexicon.js'

/** A role phrase standing for a person named before it: "президент Беларуси", "białoruski przywódca". */
export interface RoleAlias {
  readonly start: number
  readonly end: number
  /** Index into the article's name mentions of the person it stands for. */
  readonly target: number
}

// The complement of a role before a name: "министр иностранных дел России | Сергей Лавров" has 3 words.
const MAX_COMPLEMENT_TOKENS = 4
// A role phrase refers back this many sentences at most (a paragraph, roughly), as in English (find-descriptors).
const ALIAS_WINDOW_SENTENCES = 6

/**
 * Role phrases of a language without articles, read by its word lists: a role before a person's name
 * ("Президент Беларуси Александр Лукашенко") teaches who holds it; a role with no name after it ("президент
 * Беларуси заявил", "білоруський лідер") stands for the person last described by the same phrase, else by the
 * same role, else the latest person named within a few sentences.
 */
export function findRoleAliases(
  sentences: readonly Sentence[],
  names: readonly NameMention[],
  isPerson: (nameIndex: number) => boolean,
  lex: SpeechLexicon,
): RoleAlias[] {
  const persons = [...names.keys()].filter(isPerson).sort((a, b) => names[a]!.start - names[b]!.start)
  const personAt = new Map(persons.map((i) => [names[i]!.start, i]))
  // "встретился с Путиным": a person after a preposition is an object, rarely the one a role phrase goes back to.
  const objects = new Set(persons.filter((i) => isAfterPreposition(lex, sentences[names[i]!.sentence], names[i]!.start)))
  const byPhrase = new Map<string, number>()
  const byRole = new Map<string, number>()
  const out: RoleAlias[] = []
  for (const [s, sentence] of sentences.entries()) {
    const tokens = sentence.tokens
    for (let i = 0; i < tokens.length; i++) {
      const role = lex.roles.get(tokenKey(tokens[i]!))
      if (role === undefined) continue
      const complement = complementOf(lex, tokens, i, (t) => personAt.has(t.start))
      const next = tokens[complement.next]
      const described = next ? personAt.get(next.start) : undefined
      const phrase = [role, ...tokens.slice(i + 1, complement.end + 1).map((t) => tokenKey(t))].join(' ')
      if (described !== undefined) {
        byPhrase.set(phrase, described)
        byRole.set(role, described)
        continue
      }
      // "его пресс-секретарь" is someone else.
      const before = tokens[i - 1]
      if (before && lex.possessives.has(tokenKey(before))) continue
      const start = tokens[rolePhraseStart(lex, tokens, i)]!.start
      const target = byPhrase.get(phrase) ?? byRole.get(role) ?? latestPerson(names, persons, start, s, (k) => !objects.has(k))
      if (target !== undefined) out.push({ start, end: tokens[complement.end]!.end, target })
    }
  }
  return out
}

/**
 * The words after the role at `i` that complete it: `end` is the last capitalised one ("президент Беларуси",
 * "министр иностранных дел России"; the role itself when none), `next` the token after them, which is the
 * person described when a person's name starts there.
 */
function complementOf(lex: SpeechLexicon, tokens: readonly Token[], i: number, isPersonStart: (t: Token) => boolean): { end: number; next: number } {
  let end = i
  for (let j = i + 1; j < tokens.length && j - i <= MAX_COMPLEMENT_TOKENS; j++) {
    const t = tokens[j]!
    if (isPersonStart(t)) return { end: j - 1, next: j }
    if (!/^\p{L}/u.test(t.text) || isVerbLike(lex, t) || lex.prepositions.has(tokenKey(t)) || lex.that.has(tokenKey(t))) break
    if (/^\p{Lu}/u.test(t.text)) end = j
  }
  return { end, next: end + 1 }
}

/** The latest person named before `offset` that `accept` takes, within the alias window. */
function latestPerson(names: readonly NameMention[], persons: readonly number[], offset: number, sentence: number, accept: (name: number) => boolean): number | undefined {
  for (let k = firstIndex(persons.length, (i) => names[persons[i]!]!.start >= offset) - 1; k >= 0; k--) {
    const name = persons[k]!
    if (sentence - names[name]!.sentence > ALIAS_WINDOW_SENTENCES) return undefined
    if (accept(name)) return name
  }
  return undefined
}

function isAfterPreposition(lex: SpeechLexicon, sentence: Sentence | undefined, offset: number): boolean {
  if (!sentence) return false
  const k = firstIndex(sentence.tokens.length, (i) => sentence.tokens[i]!.start >= offset)
  const before = sentence.tokens[k - 1]
  return before !== undefined && lex.prepositions.has(tokenKey(before))
}
