import type { Sentence, Token } from '../../model/index.js'
import { firstIndex } from '../span-at.js'
import { isInsideMarks, lastReferentBefore, namesIn, referentsIn, type QuoteContext, type Speaker } from './quote-context.js'
import { wordKey, type SpeechLexicon } from './speech-lexicon.js'

// The speaker stands this many tokens from its verb at most: "заявил в понедельник журналистам в Минске
// Лукашенко" has 6 between; a clause's edge (comma, dash, quotation mark) usually comes first.
const MAX_SPEAKER_DISTANCE = 8
// A role phrase before a name: "министр иностранных дел России Сергей Лавров" has 4 words before the name.
const MAX_ROLE_PHRASE_TOKENS = 4

// Tokens that end the clause a speaker is looked for in: "«…», — сказал он, — …", "Лукашенко заявил: …".
const CLAUSE_EDGE = /^[,;:!?()«»„“”"‹›—–]$/

/** True when the token is a verb of saying of the lexicon's language: "сказал", "powiedziała", "sagte". */
export function isCueVerb(lex: SpeechLexicon, t: Token): boolean {
  return lex.verbs.has(wordKey(t.text))
}

/**
 * True when the token looks like a finite verb: a verb of saying, an auxiliary, or a lower-case word with a
 * past-tense ending ("встретился", "spotkał"). Only for finding where a sentence's subject ends.
 */
export function isVerbLike(lex: SpeechLexicon, t: Token): boolean {
  const key = wordKey(t.text)
  if (lex.verbs.has(key) || lex.auxiliaries.has(key)) return true
  return lex.pastEnding !== undefined && /^\p{Ll}/u.test(t.text) && lex.pastEnding.test(key)
}

/**
 * The speaker of the verb of saying at `verbIndex`: after it when the verb opens its clause ("«…», — сказал
 * Лукашенко", "как заявил он", "„…“, sagte er"), else before it ("Лукашенко заявил", "Er sagte"), within the
 * clause; the other side when the first has none.
 */
export function cueSpeaker(ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence, verbIndex: number): Speaker | undefined {
  const after = (): Speaker | undefined => speakerAfter(ctx, lex, sentence, verbIndex)
  const before = (): Speaker | undefined => speakerBefore(ctx, lex, sentence, verbIndex)
  const isFirst = opensClause(lex, sentence.tokens, verbIndex)
  const named = isFirst ? (after() ?? before()) : (before() ?? after())
  // Only a verb that opens its clause lacks a subject: in "Эксперты сказали" the subject is there, unnamed.
  return named ?? (isFirst ? impliedSpeaker(ctx, sentence) : undefined)
}

/**
 * The speaker of a verb with no subject ("„…” – dodał.", "— добавил."): Slavic languages drop the pronoun, so
 * it is the person last referred to, in this paragraph or the one before (further back it is a guess).
 */
function impliedSpeaker(ctx: QuoteContext, sentence: Sentence): Speaker | undefined {
  const r = lastReferentBefore(ctx, sentence.start, (x) => x.name >= 0 && !isInsideMarks(ctx, x))
  const from = r ? ctx.sentences[r.sentence] : undefined
  return r && from && sentence.paragraph - from.paragraph <= 1 ? { start: r.start, end: r.end, name: r.name } : undefined
}

/** The speaker of a participle ("…, заявив, что …"): the subject of the sentence's first verb. */
export function sentenceSubject(ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence, beforeIndex: number): Speaker | undefined {
  const tokens = sentence.tokens
  const first = tokens.findIndex((t, k) => k < beforeIndex && !lex.gerunds.has(wordKey(t.text)) && isVerbLike(lex, t))
  if (first >= 0) return speakerBefore(ctx, lex, sentence, first)
  return pick(ctx, lex, sentence, 0, beforeIndex - 1, 'first', { allowPossessive: false, isQuoted: false })
}

/** The speaker among tokens [from, to] of a cue ("по его словам", "wie Lukaschenko sagte"), possessives included. */
export function speakerIn(ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence, from: number, to: number, allowPossessive: boolean): Speaker | undefined {
  return pick(ctx, lex, sentence, from, to, 'first', { allowPossessive, isQuoted: false })
}

/** The speaker in the words right after token `k` up to the clause's edge ("сказал журналистам Лукашенко"). */
export function speakerAfter(ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence, k: number, allowPossessive = false): Speaker | undefined {
  const tokens = sentence.tokens
  let j = k + 1
  while (j < tokens.length && j - k <= MAX_SPEAKER_DISTANCE && !isClauseEdge(lex, tokens[j]!)) j++
  return j > k + 1 ? pick(ctx, lex, sentence, k + 1, j - 1, 'first', { allowPossessive, isQuoted: isCueQuoted(ctx, tokens[k]) }) : undefined
}

/**
 * The speaker in the words right before token `k` back to the clause's edge ("После встречи Лукашенко
 * заявил"); an apposition set off by commas is stepped over ("Лукашенко, президент Беларуси, заявил").
 */
export function speakerBefore(ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence, k: number, allowPossessive = false): Speaker | undefined {
  const tokens = sentence.tokens
  let end = k - 1
  if (tokens[end]?.text === ',') {
    const open = lastIndexBefore(tokens, end, (t) => t.text === ',' || t.text === '—' || t.text === '–')
    if (open < 0 || end - open > MAX_SPEAKER_DISTANCE) return undefined
    end = open - 1
  }
  let j = end
  while (j >= 0 && end - j < MAX_SPEAKER_DISTANCE && !isClauseEdge(lex, tokens[j]!)) j--
  return j < end ? pick(ctx, lex, sentence, j + 1, end, 'last', { allowPossessive, isQuoted: isCueQuoted(ctx, tokens[k]) }) : undefined
}

/**
 * The speaker among tokens [from, to]: the person referent nearest the verb (never one after a preposition, "с
 * Путиным", nor a possessive outside a cue), else an organisation or person name ("МИД России"), else a role
 * phrase naming nobody ("представитель МИД").
 */
function pick(
  ctx: QuoteContext,
  lex: SpeechLexicon,
  sentence: Sentence,
  from: number,
  to: number,
  nearest: 'first' | 'last',
  options: { readonly allowPossessive: boolean; readonly isQuoted: boolean },
): Speaker | undefined {
  const tokens = sentence.tokens
  if (from > to || !tokens[from] || !tokens[to]) return undefined
  const start = tokens[from]!.start
  const end = tokens[to]!.end
  // Inside a quotation only when the cue is too: "«Мы готовы, — сказал Лукашенко, — …»". In a cue's slot a
  // preposition is the cue's own: "за його словами".
  const isFree = (s: { start: number; end: number }): boolean =>
    (options.isQuoted || !isInsideMarks(ctx, s)) && (options.allowPossessive || !isObject(lex, tokens, s.start))
  const isPossessive = (s: { start: number; end: number }): boolean => lex.possessives.has(wordKey(ctx.text.slice(s.start, s.end)))
  const referents = referentsIn(ctx, start, end).filter((r) => isFree(r) && (options.allowPossessive || r.form !== 'pronoun' || !isPossessive(r)))
  const referent = nearest === 'first' ? referents[0] : referents[referents.length - 1]
  if (referent) return withRole(lex, tokens, { start: referent.start, end: referent.end, name: referent.name })
  const names = namesIn(ctx, start, end).filter((i) => ctx.names[i]!.kind !== 'place' && ctx.names[i]!.kind !== 'weapon' && isFree(ctx.names[i]!))
  const name = nearest === 'first' ? names[0] : names[names.length - 1]
  if (name !== undefined) return withRole(lex, tokens, { start: ctx.names[name]!.start, end: ctx.names[name]!.end, name })
  const role = tokens.findIndex((t, i) => i >= from && i <= to && lex.roles.has(wordKey(t.text)))
  if (role >= 0) {
    // "представитель МИД", "rzecznik Kremla", "der belarussische Machthaber": the role, its adjectives and the
    // capitalised words after it.
    let first = role
    while (first > from && isAdjective(lex, tokens, first - 1)) first--
    let last = role
    while (last < to && /^\p{Lu}/u.test(tokens[last + 1]!.text)) last++
    return { start: tokens[first]!.start, end: tokens[last]!.end, name: -1 }
  }
  // After the verb, a capitalised run the entities did not type: "…, sagte Lukaschenko".
  if (nearest === 'last') return undefined
  let last = from
  while (last <= to && /^\p{Lu}/u.test(tokens[last]!.text) && !isObject(lex, tokens, tokens[last]!.start)) last++
  return last > from ? { start: tokens[from]!.start, end: tokens[last - 1]!.end, name: -1 } : undefined
}

function isCueQuoted(ctx: QuoteContext, cue: Token | undefined): boolean {
  return cue !== undefined && isInsideMarks(ctx, cue)
}

/** A name right after a preposition is an object: "встретился с Путиным", "rozmawiał z Putinem". */
function isObject(lex: SpeechLexicon, tokens: readonly Token[], offset: number): boolean {
  const k = firstIndex(tokens.length, (i) => tokens[i]!.start >= offset)
  const before = tokens[k - 1]
  return before !== undefined && lex.prepositions.has(wordKey(before.text))
}

/**
 * The speaker span with the role phrase right before its name: "Президент Беларуси Александр Лукашенко",
 * "białoruski przywódca Aleksandr Łukaszenka". The words between role and name are its complement ("Беларуси",
 * "иностранных дел России").
 */
function withRole(lex: SpeechLexicon, tokens: readonly Token[], speaker: Speaker): Speaker {
  const k = firstIndex(tokens.length, (i) => tokens[i]!.start >= speaker.start)
  for (let j = k - 1; j >= 0 && k - j <= MAX_ROLE_PHRASE_TOKENS; j--) {
    const t = tokens[j]!
    if (isClauseEdge(lex, t) || isVerbLike(lex, t) || lex.prepositions.has(wordKey(t.text))) break
    if (!lex.roles.has(wordKey(t.text))) continue
    let first = j
    while (first > 0 && isAdjective(lex, tokens, first - 1)) first--
    return { ...speaker, start: tokens[first]!.start }
  }
  return speaker
}

/**
 * A word with an adjective ending ("белорусский", "belarussische"), lower case unless it opens the sentence
 * ("Běloruský prezident"): part of a role phrase.
 */
export function isAdjective(lex: SpeechLexicon, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  return (k === 0 || /^\p{Ll}/u.test(t.text)) && lex.adjectiveEnding.test(wordKey(t.text))
}

/**
 * True when the verb at `i` opens its clause: after a quotation mark, a dash, a comma or "как"/"jak"/"wie",
 * where the subject follows the verb ("— сказал он", "как заявил Лукашенко", "„…“, sagte er").
 */
function opensClause(lex: SpeechLexicon, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  return before === undefined || isClauseEdge(lex, before) || lex.as.has(wordKey(before.text))
}

function isClauseEdge(lex: SpeechLexicon, t: Token): boolean {
  return CLAUSE_EDGE.test(t.text) || lex.that.has(wordKey(t.text))
}

function lastIndexBefore(tokens: readonly Token[], before: number, test: (t: Token) => boolean): number {
  for (let k = before - 1; k >= 0; k--) if (test(tokens[k]!)) return k
  return -1
}
