import type { Sentence, Span, Token } from '../../model/index.js'
import { cueSpeaker, isCueVerb, isDash, isVerbLike, sentenceSubject, speakerAfter, speakerBefore, speakerIn } from './find-cue-speaker.js'
import { isInsideMarks, lastNamedReferentEndingBy, type Attribution, type QuoteContext, type Report, type Speaker } from './quote-context.js'
import { keyAt, tokenKey, type SpeechLexicon } from './speech-lexicon.js'

// Between a verb and its "что": "заявил журналистам в понедельник в Минске, что" (6 words); further off, the
// conjunction belongs to another clause.
const MAX_TOKENS_BEFORE_THAT = 8
// A cue's comma comes within this many tokens of it: "По словам президента Беларуси Александра Лукашенко,".
const MAX_CUE_TOKENS = 8
// A closing attribution is short: "…, — сказал журналистам президент Беларуси Александр Лукашенко." has 7 words.
const MAX_ATTRIBUTION_WORDS = 7
// The speaker between the parts of a cue: "по его словам", "nach seinen Worten", "podle jeho slov".
const MAX_SLOT_TOKENS = 3
// An apposition after an inverted speaker: "…, рассказала известный врач-эндокринолог, кандидат медицинских наук".
const MAX_APPOSITION_WORDS = 15
// The one asked, between a request verb and what it asks for: "попросил президента России Владимира Путина разместить".
const MAX_LISTENER_TOKENS = 5
// A headline's speaker before its colon: "Глава МИД России Сергей Лавров:" has 6 words, as in English.
const MAX_COLON_SPEAKER_TOKENS = 6

/** Each reads one sentence; where two find overlapping content, the earlier one in this list wins. */
export const LEXICAL_FINDERS: readonly ((ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence) => Report[])[] = [
  accordingToCues,
  clausesAfterVerbs,
  clauseBeforeVerb,
  colonSpeech,
  requestsAfterVerbs,
]

/**
 * "По словам X, CLAUSE", "CLAUSE, по словам X", "Как заявил X, CLAUSE", "według X", "laut X", "X zufolge",
 * "…, so X": the cue's speaker, and the clause on the side of the cue that is not the sentence's edge.
 */
function accordingToCues(ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence): Report[] {
  const tokens = sentence.tokens
  for (let p = 0; p < tokens.length; p++) {
    const cues = lex.cuesByFirstWord.get(tokenKey(tokens[p]!))
    if (!cues || isInsideMarks(ctx, tokens[p]!)) continue
    for (const cue of cues) {
      const match = matchCue(ctx, lex, sentence, p, cue)
      const content = match ? cueContent(ctx, sentence, match) : undefined
      if (!match || !content) continue
      // No source after the cue, but a verb of saying in its slot: "Laut Bericht der Nachrichtenagentur Belta sagte
      // Lukaschenko, …" reports what Lukaschenko said (clausesAfterVerbs), not an unnamed source.
      if (match.speaker === undefined && tokens.slice(match.last + 1, match.slotEnd + 1).some((t) => isCueVerb(lex, t))) continue
      // The cue's words name it ("по словам", "Jego zdaniem", "so"), without the comma of ", so".
      const verb = ctx.text.slice(tokens[match.first + (tokens[match.first]!.text === ',' ? 1 : 0)]!.start, tokens[match.last]!.end)
      return [{ content, attribution: { verb, ...(match.speaker ? { speaker: match.speaker } : {}) } }]
    }
  }
  return []
}

// An unnamed source described after a cue: "української розвідки", "źródeł w rządzie", "der Polizei".
const MAX_DESCRIBED_TOKENS = 5

interface CueMatch {
  /** First and last token of the cue ("по словам", "по его словам"), a speaker after it aside. */
  readonly first: number
  readonly last: number
  /** The last token the speaker after the cue may take: up to the clause's edge ("по словам Лукашенко|,"). */
  readonly slotEnd: number
  readonly speaker: Speaker | undefined
}

/** The cue `pattern` matched at token `p`, with its speaker found in the slot. */
function matchCue(ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence, p: number, pattern: readonly string[]): CueMatch | undefined {
  const tokens = sentence.tokens
  const slot = pattern.indexOf('*')
  const words = pattern.filter((w) => w !== '*')
  if (slot === 0) {
    // "Lukaschenko zufolge", "jego zdaniem": the speaker before the cue's words.
    if (!fitsAt(lex, tokens, p, words)) return undefined
    const speaker = speakerBefore(ctx, lex, sentence, p, true)
    const first = speaker ? tokens.findIndex((t) => t.start >= speaker.start) : -1
    const last = p + words.length - 1
    return speaker && first >= 0 ? { first, last, slotEnd: last, speaker } : undefined
  }
  const head = pattern.slice(0, slot < 0 ? pattern.length : slot)
  if (!fitsAt(lex, tokens, p, head)) return undefined
  const headEnd = p + head.length - 1
  if (slot === pattern.length - 1) {
    let slotEnd = headEnd
    while (slotEnd + 1 < tokens.length && slotEnd - headEnd < MAX_CUE_TOKENS && !/^[,;:.!?()«»„“”"]$/.test(tokens[slotEnd + 1]!.text) && !isDash(tokens, slotEnd + 1)) slotEnd++
    const speaker = speakerAfter(ctx, lex, sentence, headEnd, true)
    // The speaker follows the cue ("по словам (самого) Лукашенко"); a name further on is part of the clause.
    const isNext = speaker !== undefined && speaker.start <= (tokens[headEnd + 2]?.start ?? Number.POSITIVE_INFINITY)
    // No name there: the words of a slot set off by punctuation describe the source ("за даними української
    // розвідки,", "według źródeł w rządzie."), an unnamed speaker, as "according to Ukrainian intelligence" is.
    // German sets no comma there but the clause's finite verb: "Nach Angaben der finnischen Polizei könnte …".
    // A named source keeps its name and takes its genitive: "Nach Angaben des Innenministeriums des Landes gibt …".
    const germanEnd = lex.language === 'de' && p === 0 && (speaker === undefined || isNext) ? germanNounPhraseEnd(tokens, headEnd + 1) : -1
    if (germanEnd > headEnd && germanEnd - headEnd <= MAX_DESCRIBED_TOKENS && (speaker === undefined || speaker.end <= tokens[germanEnd]!.end)) {
      const source = speaker ?? { start: tokens[headEnd + 1]!.start, name: -1 }
      return { first: p, last: headEnd, slotEnd: germanEnd, speaker: { ...source, end: tokens[germanEnd]!.end } }
    }
    const described =
      speaker === undefined && slotEnd > headEnd && slotEnd - headEnd <= MAX_DESCRIBED_TOKENS && /^[,;.]$/.test(tokens[slotEnd + 1]?.text ?? '')
        ? { start: tokens[headEnd + 1]!.start, end: tokens[slotEnd]!.end, name: -1 }
        : undefined
    return { first: p, last: headEnd, slotEnd, speaker: isNext ? speaker : described }
  }
  // A slot inside the cue: "по его словам", "wie Lukaschenko sagte".
  const tail = pattern.slice(slot + 1)
  for (let s = headEnd + 2; s <= headEnd + 1 + MAX_SLOT_TOKENS; s++) {
    if (!fitsAt(lex, tokens, s, tail)) continue
    const last = s + tail.length - 1
    return { first: p, last, slotEnd: last, speaker: speakerIn(ctx, lex, sentence, headEnd + 1, s - 1, true) }
  }
  return undefined
}

const GERMAN_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen'])

/**
 * The last token of a German noun phrase starting at `from`, when a lower-case word (the clause's finite verb)
 * follows it: articles, lower-case adjectives before a noun, capitalised nouns, and genitives after it ("der
 * finnischen Polizei", "des Innenministeriums des Landes", "Behörden"). -1 when the words do not read so.
 */
function germanNounPhraseEnd(tokens: readonly Token[], from: number): number {
  const isNoun = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{L}*$/u.test(t.text)
  const isAdjective = (t: Token | undefined): boolean => t !== undefined && /^\p{Ll}+e[nmrs]?$/u.test(t.text)
  let k = from
  let last = -1
  for (;;) {
    if (GERMAN_ARTICLES.has(tokens[k]?.text ?? '')) k++
    while (isAdjective(tokens[k]) && (isNoun(tokens[k + 1]) || isAdjective(tokens[k + 1]))) k++
    if (!isNoun(tokens[k])) return -1
    while (isNoun(tokens[k + 1])) k++
    last = k
    // A genitive goes on ("des Landes"); anything else ends the phrase.
    if (!GERMAN_ARTICLES.has(tokens[k + 1]?.text ?? '')) break
    k++
  }
  return /^\p{Ll}+$/u.test(tokens[last + 1]?.text ?? '') ? last : -1
}

/** True when the tokens from `p` on are the cue's words (`<verb>`: any verb of saying). */
function fitsAt(lex: SpeechLexicon, tokens: readonly Token[], p: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[p + k]
    if (!t || (words[k] === '<verb>' ? !isCueVerb(lex, t) : tokenKey(t) !== words[k])) return false
  }
  return true
}

/**
 * The clause a cue attributes: after it when the cue opens the sentence (up to the cue's comma, or past its
 * speaker: "Laut Lukaschenko werden …"), before it when a comma or dash sets it off at the end ("…, по словам
 * Лукашенко."), the whole sentence when it stands in the middle ("Ракеты, по словам Лукашенко, будут …").
 */
function cueContent(ctx: QuoteContext, sentence: Sentence, match: CueMatch): Span | undefined {
  const { first, last, speaker } = match
  const tokens = sentence.tokens
  if (first === 0) {
    const afterCue = tokens.findIndex((t) => t.start >= Math.max(tokens[last]!.end, speaker?.end ?? 0))
    const comma = tokens.findIndex((t, k) => k > last && k - last <= MAX_CUE_TOKENS && t.text === ',')
    const from = comma >= 0 ? comma + 1 : speaker ? afterCue : -1
    return from >= 0 && tokens[from] ? trimSpeech(ctx.text, { start: tokens[from]!.start, end: sentence.end }) : undefined
  }
  if (!/^[,(]$/.test(tokens[first - 1]!.text) && !isDash(tokens, first - 1) && tokens[first]!.text !== ',') return undefined
  const open = tokens[first]!.text === ',' ? first : first - 1
  const rest = tokens.slice(match.slotEnd + 1).filter((t) => /\p{L}/u.test(t.text))
  if (rest.length === 0) return trimSpeech(ctx.text, { start: sentence.start, end: tokens[open]!.start })
  return trimSpeech(ctx.text, sentence)
}

/**
 * "X заявил, что CLAUSE", "X powiedział dziennikarzom, że CLAUSE", "…, добавив, что CLAUSE", "X сказал: CLAUSE",
 * and in German also "Er sagte, CLAUSE" (reported speech needs no "dass" there): every such clause.
 */
function clausesAfterVerbs(ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence): Report[] {
  const tokens = sentence.tokens
  const out: Report[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!isCueVerb(lex, t) || isInsideMarks(ctx, t) || lex.as.has(keyAt(tokens, i - 1))) continue
    const start = clauseStart(ctx, lex, tokens, i)
    if (start < 0) continue
    const next = tokens.findIndex((_, k) => k > start && isNextCue(ctx, lex, tokens, k))
    const end = next >= 0 ? tokens[next]!.start : sentence.end
    const previous = out[out.length - 1]?.attribution.speaker
    const isSameSpeaker = previous !== undefined && /^(?:,|и|і|i|a|а|und|oraz|та)$/.test(keyAt(tokens, i - 1))
    const speaker = isSameSpeaker ? previous : lex.gerunds.has(tokenKey(t)) ? sentenceSubject(ctx, lex, sentence, i) : cueSpeaker(ctx, lex, sentence, i)
    out.push({ content: trimSpeech(ctx.text, { start: tokens[start]!.start, end }), attribution: { verb: t.text, ...(speaker ? { speaker } : {}) } })
    if (next < 0) break
    i = next
  }
  return out
}

/**
 * What someone asked, urged or proposed, as English "X asked Putin to deploy …" (find-stance-reports): "Лукашенко
 * попросил Путина разместить …", "Łukaszenka poprosił Putina o rozmieszczenie …", "Lukaschenko bat Putin um …". The
 * content starts at the infinitive or after the preposition, past a short listener; the speaker is the verb's.
 */
function requestsAfterVerbs(ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence): Report[] {
  const tokens = sentence.tokens
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!lex.requests.has(tokenKey(t)) || isInsideMarks(ctx, t)) continue
    const start = requestStart(lex, tokens, i)
    if (start < 0) continue
    const speaker = cueSpeaker(ctx, lex, sentence, i)
    // Nobody named or referred to: "Было предложено …" attributes nothing.
    if (!speaker) continue
    const stop = tokens.findIndex((u, k) => k > start && u.text === ';')
    return [{ content: trimSpeech(ctx.text, { start: tokens[start]!.start, end: stop >= 0 ? tokens[stop]!.start : sentence.end }), attribution: { verb: t.text, speaker } }]
  }
  return []
}

/** The first token of what the request verb at `i` asks for, or -1: an infinitive or a preposition's object within a few words. */
function requestStart(lex: SpeechLexicon, tokens: readonly Token[], i: number): number {
  for (let j = i + 1; j < tokens.length && j - i <= MAX_LISTENER_TOKENS + 1; j++) {
    const t = tokens[j]!
    // German puts what is asked for after a comma, as an infinitive with "zu": "bat Putin, Raketen … zu stationieren".
    if (t.text === ',' && lex.hasBareClause) return tokens.some((u, k) => k > j && u.text.toLowerCase() === 'zu') ? j + 1 : -1
    if (!/^[\p{L}\p{N}]/u.test(t.text)) return -1
    if (lex.requestPrepositions.has(tokenKey(t))) return tokens[j + 1] && /^[\p{L}\p{N}«„"]/u.test(tokens[j + 1]!.text) ? j + 1 : -1
    if (lex.infinitive?.test(t.text) === true && /^\p{Ll}/u.test(t.text)) return j
  }
  return -1
}

/** Where the clause reported by the verb at `i` starts, or -1: at "что"/"że"/"dass", after a colon, or (German) a comma. */
function clauseStart(ctx: QuoteContext, lex: SpeechLexicon, tokens: readonly Token[], i: number): number {
  for (let j = i + 1; j < tokens.length && j - i <= MAX_TOKENS_BEFORE_THAT; j++) {
    const t = tokens[j]!
    if (isInsideMarks(ctx, t) || t.text === '.' || t.text === ';') return -1
    if (lex.that.has(tokenKey(t))) return tokens[j + 1] ? j : -1
    if (t.text === ':') return tokens[j + 1] && !isInsideMarks(ctx, tokens[j + 1]!) ? j + 1 : -1
    // "Er sagte, Russland werde …", "sagte Lukaschenko, die Raketen …": a comma within the speaker's words, or
    // right after the name a longer speaker phrase ends with ("sagte der Sprecher des Kreml Dmitri Peskow, …").
    if (t.text === ',' && lex.hasBareClause && (j - i <= 3 || isNameBefore(ctx, tokens, i, j))) return tokens[j + 1] && !isInsideMarks(ctx, tokens[j + 1]!) ? j + 1 : -1
    if (t.text === ',' && !lex.that.has(keyAt(tokens, j + 1))) return -1
    if (isCueVerb(lex, t)) return -1
  }
  return -1
}

/** Whether a named person or body ends right before token `j` and starts after the verb at `i`. */
function isNameBefore(ctx: QuoteContext, tokens: readonly Token[], i: number, j: number): boolean {
  const named = lastNamedReferentEndingBy(ctx, tokens[j - 1]!.end)
  return named !== undefined && named.end === tokens[j - 1]!.end && named.start > tokens[i]!.end
}

/** A second cue ends a clause: "…, добавив, что …", "… i dodał, że …", "… und fügte hinzu, dass …". */
function isNextCue(ctx: QuoteContext, lex: SpeechLexicon, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  if (t.text === ';') return true
  if (t.text !== ',' && !/^(?:и|і|i|a|а|und|oraz|та)$/.test(tokenKey(t))) return false
  const verb = tokens[k + 1]
  return verb !== undefined && isCueVerb(lex, verb) && clauseStart(ctx, lex, tokens, k + 1) >= 0
}

/**
 * An attribution set off at the end: "CLAUSE, — сказал Лукашенко.", "CLAUSE – powiedział Łukaszenka.",
 * "CLAUSE, sagte er.", "CLAUSE, Лукашенко сказал." The content is everything before the comma or dash.
 */
function clauseBeforeVerb(ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence): Report[] {
  const tokens = sentence.tokens
  for (let i = tokens.length - 1; i > 0; i--) {
    const t = tokens[i]!
    if (!isCueVerb(lex, t) || isInsideMarks(ctx, t)) continue
    const isInverted = isSetOff(tokens, i - 1)
    // After the verb only the speaker, a listener or a time, and after an inverted speaker an apposition with no
    // verb of its own: "…, заключил Арестович.", "…, рассказала врач-эндокринолог, кандидат наук."
    const rest = tokens.slice(i + 1)
    const words = rest.filter((u) => /\p{L}/u.test(u.text)).length
    const firstComma = rest.findIndex((u) => u.text === ',')
    const wordsBeforeComma = rest.slice(0, firstComma < 0 ? rest.length : firstComma).filter((u) => /\p{L}/u.test(u.text)).length
    if (wordsBeforeComma > MAX_ATTRIBUTION_WORDS || words > MAX_APPOSITION_WORDS || (!isInverted && firstComma >= 0)) return []
    if (rest.some((u) => lex.that.has(tokenKey(u)) || u.text === ':' || (firstComma >= 0 && isVerbLike(lex, u)))) return []
    const speaker = isInverted ? speakerAfter(ctx, lex, sentence, i) : speakerBefore(ctx, lex, sentence, i)
    if (!speaker) return []
    const opening = isInverted ? i - 1 : tokens.findIndex((u) => u.start >= speaker.start) - 1
    if (opening <= 0 || !isSetOff(tokens, opening)) return []
    let open = opening
    while (open > 0 && isSetOff(tokens, open - 1)) open--
    return [{ content: trimSpeech(ctx.text, { start: sentence.start, end: tokens[open]!.start }), attribution: { verb: t.text, speaker } }]
  }
  return []
}

/**
 * "Лукашенко: Беларусь готова разместить ракеты", "Reuters: …": a headline or transcript's speaker before a
 * colon, when it is a person, an organisation or a role (a capitalised word alone, "Важно:", is no speaker).
 */
function colonSpeech(ctx: QuoteContext, lex: SpeechLexicon, sentence: Sentence): Report[] {
  const tokens = sentence.tokens
  const colon = tokens.findIndex((t, i) => i <= MAX_COLON_SPEAKER_TOKENS && t.text === ':')
  const first = tokens[colon + 1]
  if (colon < 1 || !first || isInsideMarks(ctx, tokens[colon]!) || isInsideMarks(ctx, first)) return []
  const opening = tokens.slice(0, colon)
  if (!/^\p{Lu}/u.test(opening[0]!.text) || !opening.every((t) => /^\p{L}/u.test(t.text) || t.text === '.' || t.text === '-')) return []
  if (opening.some((t) => isVerbLike(lex, t))) return []
  const speaker = speakerIn(ctx, lex, sentence, 0, colon - 1, false, false)
  return speaker ? [{ content: trimSpeech(ctx.text, { start: first.start, end: sentence.end }), attribution: { speaker } }] : []
}

function isSetOff(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === ',' || isDash(tokens, k)
}

/** Drops surrounding spaces, dashes (or hyphens) and a trailing comma, colon or semicolon: `готовы, —` → `готовы`. */
export function trimSpeech(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /[\s—–-]/.test(text[start]!)) start++
  while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--
  return { start, end }
}
