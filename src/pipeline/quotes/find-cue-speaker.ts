import type { Sentence, Token } from '../../model/index.js'
import { firstIndex } from '../span-at.js'
import { isInsideMarks, lastReferentBefore, namesIn, referentsIn, type QuoteContext, type Speaker } from './quote-context.js'
import { tokenKey, wordKey, type SpeechLexicon } from './speech-lexicon.js'

// The speaker stands this many tokens from its verb at most: "заявил в понедельник журналистам в Минске
// Лукашенко" has 6 between; a clause's edge (comma, dash, quotation mark) usually comes first.
const MAX_SPEAKER_DISTANCE = 8
// A role phrase before a name: "министр иностранных дел России Сергей Лавров" has 4 words before the name.
const MAX_ROLE_PHRASE_TOKENS = 4

// Tokens that end the clause a speaker is looked for in: "«…», — сказал он, — …", "Лукашенко заявил: …".
const CLAUSE_EDGE = /^[,;:!?()«»„“”"‹›]$/

/** True when the token is a verb of saying of the lexicon's language: "сказал", "powiedziała", "sagte". */
export function isCueVerb(lex: SpeechLexicon, t: Token): boolean {
  return lex.verbs.has(tokenKey(t))
}

/**
 * True when the token looks like a finite verb: a verb of saying, an auxiliary, or a lower-case word with a
 * past-tense ending ("встретился", "spotkał"). Only for finding where a sentence's subject ends.
 */
export function isVerbLike(lex: SpeechLexicon, t: Token): boolean {
  const key = tokenKey(t)
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
  const named = isFirst || followsOpeningPhrase(lex, sentence.tokens, verbIndex) ? (after() ?? before()) : (before() ?? after())
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
  const first = tokens.findIndex((t, k) => k < beforeIndex && !lex.gerunds.has(tokenKey(t)) && isVerbLike(lex, t))
  if (first >= 0) return speakerBefore(ctx, lex, sentence, first)
  return pick(ctx, lex, sentence, 0, beforeIndex - 1, 'first', { allowPossessive: false, isQuoted: false })
}

/** The speaker among tokens [from, to] of a cue ("по его словам", "wie Lukaschenko sagte"), possessives included. */
export function speakerIn(ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence, from: number, to: number, allowPossessive: boolean, allowCapitalised = true): Speaker | undefined {
  return pick(ctx, lex, sentence, from, to, 'first', { allowPossessive, isQuoted: false, allowCapitalised })
}

/** The speaker in the words right after token `k` up to the clause's edge ("сказал журналистам Лукашенко"). */
export function speakerAfter(ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence, k: number, allowPossessive = false): Speaker | undefined {
  const tokens = sentence.tokens
  let j = k + 1
  while (j < tokens.length && j - k <= MAX_SPEAKER_DISTANCE && !isClauseEdge(lex, tokens, j)) j++
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
  while (j >= 0 && end - j < MAX_SPEAKER_DISTANCE && !isClauseEdge(lex, tokens, j)) j--
  return j < end ? pick(ctx, lex, sentence, j + 1, end, 'last', { allowPossessive, isQuoted: isCueQuoted(ctx, tokens[k]) }) : undefined
}

/**
 * The speaker among tokens [from, to]: the person referent nearest the verb (never one after a preposition, "с
 * Путиным", nor a possessive outside a cue), else a role phrase naming nobody ("представитель МИД", whose
 * МИД is not the speaker), else an organisation ("МИД России"), else a capitalised run after the verb.
 */
function pick(
  ctx: QuoteContext,
  lex: SpeechLexicon,
  sentence: Sentence,
  from: number,
  to: number,
  nearest: 'first' | 'last',
  options: { readonly allowPossessive: boolean; readonly isQuoted: boolean; readonly allowCapitalised?: boolean },
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
  const role = tokens.findIndex((t, i) => i >= from && i <= to && lex.roles.has(tokenKey(t)))
  if (role >= 0) {
    // "представитель МИД", "rzecznik Kremla", "der belarussische Machthaber": the role, its adjectives and the
    // capitalised words after it.
    const first = Math.max(from, rolePhraseStart(lex, tokens, role))
    // Up to its last capitalised word: "глава британского Минздрава Саджид Джавид".
    let last = role
    for (let k = role + 1; k <= to && k - role <= MAX_ROLE_PHRASE_TOKENS + 2; k++) {
      const t = tokens[k]!
      if (!/^\p{L}/u.test(t.text) || isVerbLike(lex, t) || lex.prepositions.has(tokenKey(t))) break
      if (/^\p{Lu}/u.test(t.text)) last = k
    }
    // A name in the phrase that the entities did not type as a person ("президент Беларуси Лукашенко") is the one
    // it describes; an organisation is where the role is held, not the speaker.
    const named = namesIn(ctx, tokens[role]!.end, tokens[last]!.end).find((i) => ctx.names[i]!.kind === 'person' || ctx.names[i]!.kind === 'other')
    return { start: tokens[first]!.start, end: tokens[last]!.end, name: named ?? -1 }
  }
  // An organisation or a name of no known kind ("МИД России заявил"); a sentence's first word is capitalised
  // whatever it is ("Сегодня").
  const isSpeakerName = (i: number): boolean => {
    const n = ctx.names[i]!
    return (n.kind === 'person' || n.kind === 'organization' || (n.kind === 'other' && n.start > sentence.start)) && isFree(n)
  }
  const names = namesIn(ctx, start, end).filter(isSpeakerName)
  const name = nearest === 'first' ? names[0] : names[names.length - 1]
  if (name !== undefined) return { start: ctx.names[name]!.start, end: ctx.names[name]!.end, name }
  // After the verb, a capitalised run the entities did not type: "…, sagte Lukaschenko".
  if (nearest === 'last' || options.allowCapitalised === false) return undefined
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
  return before !== undefined && lex.prepositions.has(tokenKey(before))
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
    if (isClauseEdge(lex, tokens, j) || isVerbLike(lex, t) || lex.prepositions.has(tokenKey(t))) break
    if (!lex.roles.has(tokenKey(t))) continue
    return { ...speaker, start: tokens[rolePhraseStart(lex, tokens, j)]!.start }
  }
  return speaker
}

/**
 * Where the role phrase of the role noun at `k` starts: with its adjectives ("белорусский лидер", "der
 * belarussische Machthaber"; capitalised only at the sentence's start, "Běloruský prezident") and the first half
 * of a hyphenated compound ("пресс-секретарь", split by the tokenizer into "пресс", "-", "секретарь").
 */
export function rolePhraseStart(lex: SpeechLexicon, tokens: readonly Token[], k: number): number {
  let first = k
  for (;;) {
    const before = tokens[first - 1]
    const hyphen = before?.text === '-' && before.end === tokens[first]!.start && tokens[first - 2]?.end === before.start
    if (hyphen) first -= 2
    else if (before && (first - 1 === 0 || /^\p{Ll}/u.test(before.text)) && lex.adjectiveEnding.test(tokenKey(before))) first--
    else return first
  }
}

// The phrase before a verb-second verb is short ("Laut Bericht der Nachrichtenagentur Belta"): a bounded look back
// keeps a long clause linear.
const MAX_OPENING_PHRASE_TOKENS = 10

/** In a verb-second language, whether the verb at `i` comes right after a phrase that opens its clause with a preposition ("Am Freitag sagte …"). */
function followsOpeningPhrase(lex: SpeechLexicon, tokens: readonly Token[], i: number): boolean {
  if (lex.verbSecondOpeners.size === 0) return false
  let start = i - 1
  while (start > 0 && i - start < MAX_OPENING_PHRASE_TOKENS && !isClauseEdge(lex, tokens, start - 1)) start--
  return start >= 0 && (start === 0 || isClauseEdge(lex, tokens, start - 1)) && lex.verbSecondOpeners.has(tokenKey(tokens[start]!))
}

/**
 * True when the verb at `i` opens its clause: after a quotation mark, a dash, a comma or "как"/"jak"/"wie",
 * where the subject follows the verb ("— сказал он", "как заявил Лукашенко", "„…“, sagte er").
 */
function opensClause(lex: SpeechLexicon, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  return before === undefined || isClauseEdge(lex, tokens, i - 1) || lex.as.has(tokenKey(before))
}

function isClauseEdge(lex: SpeechLexicon, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  return CLAUSE_EDGE.test(t.text) || isDash(tokens, k) || lex.that.has(tokenKey(t))
}

/**
 * True when the token at `k` is a dash: "—", "–", or a hyphen standing apart ("„Tak” - dodał"); the hyphen
 * of "пресс-секретарь", which the tokenizer also splits off, touches both its words.
 */
export function isDash(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  if (!t) return false
  if (t.text === '—' || t.text === '–') return true
  return t.text === '-' && ((tokens[k - 1]?.end ?? -1) < t.start || (tokens[k + 1]?.start ?? Number.POSITIVE_INFINITY) > t.end)
}

function lastIndexBefore(tokens: readonly Token[], before: number, test: (t: Token) => boolean): number {
  for (let k = before - 1; k >= 0; k--) if (test(tokens[k]!)) return k
  return -1
}
