import type { Sentence, Span, Token } from '../../model/index.js'
import type { Descriptor, NameMention } from '../entities/index.js'
import { PERSON_PRONOUNS, nameWordMatcher } from '../text/index.js'
import { quotedSpans } from './group-paragraphs.js'
import { firstIndex, indexAt } from '../span-at.js'
import { spanIndex } from '../span-index.js'
import { isVerbLike } from './find-cue-speaker.js'
import { findRoleAliases } from './find-role-aliases.js'
import { speechLexicon, tokenKey, wordKey, type Gender, type SpeechLexicon } from './speech-lexicon.js'

/** A word or phrase that refers to a person, with the name mention it resolves to. */
export interface Referent {
  readonly start: number
  readonly end: number
  readonly sentence: number
  /** Index into the article's name mentions, or -1 when unresolved. */
  readonly name: number
  readonly form: 'name' | 'alias' | 'pronoun'
}

/**
 * Lists every person referent of an article in text order (names, role phrases like "the leader", pronouns) and
 * resolves each. A pronoun goes to the subject of the latest sentence that had one ("He also called NATO…" after
 * "Lukashenko said."), falling back to the latest person named: subjects carry the discourse, objects rarely do.
 * `language` (the article's, default English) picks the pronouns and, outside English, adds role phrases read by
 * the language's word lists ("президент Беларуси", "białoruski przywódca").
 */
export function resolveReferents(
  text: string,
  sentences: readonly Sentence[],
  names: readonly NameMention[],
  descriptors: readonly Descriptor[],
  language = 'en',
): Referent[] {
  const lex = speechLexicon(language)
  const personNames = personLikeNames(names)
  const raw: Referent[] = []
  for (const [i, n] of names.entries()) {
    if (personNames.has(i)) raw.push({ start: n.start, end: n.end, sentence: n.sentence, name: i, form: 'name' })
  }
  for (const d of descriptors) {
    if (d.isAlias) raw.push({ start: d.start, end: d.end, sentence: names[d.target]?.sentence ?? 0, name: d.target, form: 'alias' })
  }
  if (lex) {
    const taken = overlapTest(raw)
    const aliases = findRoleAliases(sentences, names, (i) => personNames.has(i), lex).filter((a) => !taken(a))
    for (const a of aliases) raw.push({ start: a.start, end: a.end, sentence: 0, name: a.target, form: 'alias' })
  }
  const isPronoun = lex ? (t: Token): boolean => lex.pronouns.has(tokenKey(t)) || lex.possessives.has(tokenKey(t)) : (t: Token): boolean => PERSON_PRONOUNS.has(t.norm) && t.norm !== 'her'
  for (const [s, sentence] of sentences.entries()) {
    for (const t of sentence.tokens) {
      if (isPronoun(t)) raw.push({ start: t.start, end: t.end, sentence: s, name: -1, form: 'pronoun' })
    }
  }
  // Alias sentence indices above are the antecedent's; fix them from offsets.
  const sentenceOf = (offset: number): number => indexAt(sentences, offset, (s) => s)
  const ordered = raw.map((r) => ({ ...r, sentence: sentenceOf(r.start) })).sort((a, b) => a.start - b.start)

  // Names inside quotation marks are what someone said, not who the narrative is about.
  const quoted = quotedSpans(text, sentences)
  const isQuoted = (r: Referent): boolean => spanIndex(quoted).containing(r.start, r.end).length > 0
  const out: Referent[] = []
  let subject = -1
  let latest = -1
  // Outside English, a pronoun of one gender prefers a person whose surname has it ("она" → "Вербицкая" over the
  // subject "Путин"); the people named lately are kept for that, newest last.
  const recent: number[] = []
  const pronounGender = (r: Referent): Gender | undefined => lex?.pronouns.get(wordKey(text.slice(r.start, r.end))) ?? lex?.possessives.get(wordKey(text.slice(r.start, r.end)))
  const nameGender = (i: number): Gender | undefined => (lex && names[i] ? genderOfName(lex, names[i]!.text) : undefined)
  for (const r of ordered) {
    const gender = lex && r.form === 'pronoun' ? pronounGender(r) : undefined
    const usual = subject >= 0 ? subject : latest
    const resolved = r.form !== 'pronoun' ? r.name : gender ? byGender(gender, usual, recent, nameGender) : usual
    out.push({ ...r, name: resolved })
    if (resolved < 0) continue
    const sentence = sentences[r.sentence]
    // The last referent before the first verb is the subject: "During the meeting with Putin, Lukashenko said".
    if (sentence && !isQuoted(r) && (lex ? isSubjectOf(lex, sentence.tokens, r) : isBeforeMainVerb(sentence.tokens, r.end))) subject = resolved
    if (r.form !== 'pronoun') {
      latest = resolved
      if (lex && !recent.includes(resolved)) recent.push(resolved)
      if (recent.length > MAX_RECENT_PEOPLE) recent.shift()
    }
  }
  return out
}

// People a pronoun may go back to: a paragraph rarely names more than four.
const MAX_RECENT_PEOPLE = 4

/**
 * The usual antecedent unless its name shows the other gender; then the latest person named whose name shows
 * the pronoun's, else the latest whose name shows none, else the usual one after all.
 */
function byGender(gender: Gender, usual: number, recent: readonly number[], genderOf: (name: number) => Gender | undefined): number {
  const fits = (c: number): boolean => genderOf(c) === undefined || genderOf(c) === gender
  if (usual < 0 || fits(usual)) return usual
  const newestFirst = [...recent].reverse()
  return newestFirst.find((c) => genderOf(c) === gender) ?? newestFirst.find(fits) ?? usual
}

/** The gender a person's name shows by its surname ("Вербицкая", "Kowalska" f; "Путин", "Zieliński" m), if any. */
function genderOfName(lex: SpeechLexicon, name: string): Gender | undefined {
  const surname = wordKey(name.split(/\s+/).pop() ?? '')
  return lex.feminineSurname.test(surname) ? 'f' : lex.masculineSurname.test(surname) ? 'm' : undefined
}

/** Names that stand for people: typed person, or a lone word that is the surname of a person named in full. */
function personLikeNames(names: readonly NameMention[]): Set<number> {
  const surnameSet = new Set<string>()
  for (const n of names) {
    const words = n.text.split(/\s+/)
    if (n.kind === 'person' && words.length >= 2) surnameSet.add(words[words.length - 1]!)
  }
  const isSurnameWord = nameWordMatcher([...surnameSet])
  const out = new Set<number>()
  for (const [i, n] of names.entries()) {
    // A lone surname of someone named in full is that person, whatever the word alone would be ("Bloomberg").
    const isSurname = n.kind !== 'place' && !n.text.includes(' ') && isSurnameWord(n.text)
    if (n.kind === 'person' || isSurname) out.add(i)
  }
  return out
}

/**
 * A test of whether a span overlaps any of `spans`: by binary search over their starts with the furthest end
 * reached so far, as an article has thousands of names.
 */
function overlapTest(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const reach: number[] = []
  for (const [i, s] of sorted.entries()) reach.push(Math.max(s.end, reach[i - 1] ?? Number.NEGATIVE_INFINITY))
  return (span) => {
    const k = firstIndex(sorted.length, (i) => sorted[i]!.start >= span.end) - 1
    return k >= 0 && reach[k]! > span.start
  }
}

/**
 * True when the referent may be the subject in a language read by word lists: no verb before it, and no
 * preposition right before it ("После встречи с Путиным Лукашенко заявил": Путиным is not).
 */
function isSubjectOf(lex: SpeechLexicon, tokens: readonly Token[], r: Referent): boolean {
  const k = tokens.findIndex((t) => t.start >= r.start)
  const before = tokens[k - 1]
  if (before && lex.prepositions.has(tokenKey(before))) return false
  return !tokens.some((t) => t.end <= r.start && isVerbLike(lex, t))
}

/** True when no verb stands before `offset` in the sentence: the referent is (part of) the subject. */
function isBeforeMainVerb(tokens: readonly Token[], offset: number): boolean {
  return !tokens.some((t) => t.end <= offset && (t.pos === 'VERB' || t.pos === 'AUX'))
}
