import type { Sentence, Span, Token } from '../../model/index.js'
import { WEEKDAYS } from '../text/index.js'
import { isNonFinite, mainSubject, speakerAfter, speakerBefore } from './find-speaker.js'
import { findColonSpeech } from './find-colon-speech.js'
import { LEXICAL_FINDERS } from './find-lexical-speech.js'
import { findNounCues } from './find-noun-cues.js'
import { findStanceReports } from './find-stance-reports.js'
import { joinBrokenSentences } from './join-broken-sentences.js'
import { buildQuote, isInsideMarks, overlaps, referentsIn, trimContent, verbPhrase, wordCount, type Attribution, type FoundQuote, type QuoteContext, type Report, type Speaker } from './quote-context.js'
import { isPassive, isSpeechVerb, takesBareClause, takesListener, takesThatClause } from './speech-cues.js'

// Reported content under 3 words is an object, not a statement ("said so", "told him that"): PolNeAR's shortest
// clauses ("he would win") have three.
const MIN_CONTENT_WORDS = 3
// Between a verb and its "that": "said in a statement on Tuesday that" (6 words); further off, the "that" is
// more often a relative pronoun of something else.
const MAX_WORDS_BEFORE_THAT = 7
// A listener before the clause is a short noun phrase: "told reporters", "told The Washington Post".
const MAX_LISTENER_TOKENS = 5
// A subject before the verb of a clause: "the two candidates are", "Clinton's lead over Trump in the national
// polls has" (12 tokens). On PolNeAR dev, 8 → 12 found 8 more attributions and lost none; beyond, noun phrases
// without a verb of their own start to pass.
const MAX_SUBJECT_TOKENS = 12

/** Each reads one sentence; where two find overlapping content, the earlier one in this list wins. */
const FINDERS: readonly ((ctx: QuoteContext, sentence: Sentence) => Report[])[] = [
  accordingTo,
  clausesAfterVerbs,
  clauseBeforeVerb,
  findStanceReports,
  findColonSpeech,
  findNounCues,
]

/**
 * Indirect speech and paraphrase, sentence by sentence: "According to X, CLAUSE" / "CLAUSE, according to X.",
 * "X said (that) CLAUSE" / "X told Y CLAUSE", "CLAUSE, X said." / "CLAUSE, said X.", speech acts ("X urged Y to
 * …", "X called for …"), "X: CLAUSE" headlines, and cue nouns ("X's claim that CLAUSE"). A clause that is a
 * quotation is left to the marked-quote finder; `isCovered` says what earlier finders took.
 */
export function findReportedSpeech(ctx: QuoteContext, isCovered: (span: Span) => boolean): FoundQuote[] {
  const out: FoundQuote[] = []
  const lex = ctx.lexicon
  // Outside English the cues are read by the language's word lists (find-lexical-speech).
  const findAll = lex ? (s: Sentence): Report[] => LEXICAL_FINDERS.flatMap((find) => find(ctx, lex, s)) : (s: Sentence): Report[] => FINDERS.flatMap((find) => find(ctx, s))
  for (const sentence of joinBrokenSentences(ctx.sentences)) {
    for (const r of findAll(sentence)) {
      if (wordCount(ctx.text.slice(r.content.start, r.content.end)) < MIN_CONTENT_WORDS) continue
      if (isCovered(r.content) || isMostlyQuoted(ctx, sentence, r.content)) continue
      if (out.some((q) => overlaps(q, r.content))) continue
      out.push(buildQuote(ctx, r.content, false, r.attribution))
    }
  }
  return out
}

/** "According to X, CLAUSE." and "CLAUSE, according to X." */
function accordingTo(ctx: QuoteContext, sentence: Sentence): Report[] {
  const tokens = sentence.tokens
  const k = tokens.findIndex((t, i) => t.norm === 'according' && tokens[i + 1]?.norm === 'to' && !isInsideMarks(ctx, t))
  if (k < 0) return []
  const speaker = authorOf(ctx, sentence, k + 2) ?? speakerAfter(ctx, sentence, k + 1, true)
  const attribution: Attribution = { verb: 'according to', ...(speaker ? { speaker } : {}) }
  if (k === 0) {
    const comma = tokens.findIndex((t, i) => i > 2 && t.text === ',')
    const first = tokens[comma + 1]
    if (comma < 0 || !first) return []
    return [{ content: trimContent(ctx.text, { start: first.start, end: sentence.end }), attribution }]
  }
  if (tokens[k - 1]?.text !== ',') return []
  return [{ content: trimContent(ctx.text, { start: sentence.start, end: tokens[k - 1]!.start }), attribution }]
}

/**
 * The author of a document a cue names, when the clause says who made it: "according to estimates released Wednesday
 * by the Social Security Administration" is the administration speaking, not "estimates". `from` is the token after
 * the cue; undefined unless a document noun opens the phrase and a named "by" agent follows within its clause.
 */
function authorOf(ctx: QuoteContext, sentence: Sentence, from: number): Speaker | undefined {
  const tokens = sentence.tokens
  let k = from
  while (tokens[k] && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM')) k++
  if (!DOCUMENTS.has(tokens[k]?.norm ?? '')) return undefined
  for (let j = k + 1; j < tokens.length && j - k <= MAX_AUTHOR_DISTANCE && !/^[,;:.!?]$/.test(tokens[j]!.text); j++) {
    if (tokens[j]!.norm !== 'by') continue
    const author = speakerAfter(ctx, sentence, j, true)
    return author !== undefined && author.name >= 0 ? author : undefined
  }
  return undefined
}

// "estimates released Wednesday by": the participle and a time between the document and its author.
const MAX_AUTHOR_DISTANCE = 6
const DOCUMENTS = new Set(['estimate', 'estimates', 'report', 'reports', 'data', 'figures', 'survey', 'study', 'analysis', 'poll', 'statement', 'filing', 'documents', 'records', 'statistics', 'projections', 'forecast', 'calculations', 'review', 'audit', 'assessment'])

/** "X said (that) CLAUSE", "X told reporters CLAUSE", "…, adding that CLAUSE": every such clause of a sentence. */
function clausesAfterVerbs(ctx: QuoteContext, sentence: Sentence): Report[] {
  const tokens = sentence.tokens
  const out: Report[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (isInsideMarks(ctx, t) || !takesThatClause(tokens, i) || isPassive(tokens, i)) continue
    const start = clauseStart(tokens, i)
    if (start < 0) continue
    const next = tokens.findIndex((_, k) => k > start && isNextCue(tokens, k))
    const turn = tokens.findIndex((u, k) => k > start && u.text === ',' && CONTRASTS.has(tokens[k + 1]?.norm ?? '') && !isInsideMarks(ctx, u))
    const stop = [next, turn].filter((k) => k >= 0).sort((a, b) => a - b)[0]
    const end = stop !== undefined ? tokens[stop]!.start : sentence.end
    const speaker = speakerFor(ctx, sentence, i, out)
    out.push({ content: trimContent(ctx.text, { start: tokens[start]!.start, end }), attribution: { verb: verbPhrase(tokens, i), ...(speaker ? { speaker } : {}) } })
    if (next >= 0) i = next
    else break
  }
  return out
}

const WH_VERBS = new Set(['ask', 'wonder', 'question', 'explain', 'know', 'understand', 'recall'])
const WH_WORDS = new Set(['how', 'why', 'what', 'when', 'where', 'who', 'which'])

// ", but for Republicans, it is …", ", while another says …": a contrast after a comma is the writer's, or
// another report; the reported clause ends before it.
const CONTRASTS = new Set(['but', 'while', 'although', 'though', 'whereas'])

/**
 * Where the reported clause after verb `i` starts, or -1: at "that"/"whether"/"if" after any listener and
 * circumstance ("told reporters on Tuesday that"), or, for verbs like "say", at a subject followed by its verb
 * ("said he remembers", "believes the plan will fail").
 */
function clauseStart(tokens: readonly Token[], i: number): number {
  let j = i + 1
  while (tokens[j] && (tokens[j]!.norm === 'out' || (tokens[j]!.pos === 'ADV' && !isConjunction(tokens[j]!) && !WH_WORDS.has(tokens[j]!.norm)))) j++
  if (takesListener(tokens[i]!)) j = skipListener(tokens, j)
  // "asked how ties would fare", "explained why he left": a question word opens the clause of these verbs.
  if (WH_VERBS.has(tokens[i]!.lemma) && WH_WORDS.has(tokens[j]?.norm ?? '') && tokens[j + 1]) return j
  const conjunction = tokens.findIndex((t, k) => k >= j && k - j <= MAX_WORDS_BEFORE_THAT && isConjunction(t))
  if (conjunction >= 0 && !tokens.slice(j, conjunction).some(isVerbOrStop)) return tokens[conjunction + 1] ? conjunction : -1
  j = skipTime(tokens, j)
  return takesBareClause(tokens, i) && isClauseAt(tokens, j) ? j : -1
}

function isConjunction(t: Token): boolean {
  return (t.norm === 'that' && (t.pos === 'SCONJ' || t.pos === 'DET' || t.pos === 'PRON')) || t.norm === 'whether' || (t.norm === 'if' && t.pos === 'SCONJ')
}

function isVerbOrStop(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';' || t.text === ':' || t.text === '.'
}

/** "told reporters", "told The Washington Post", "told him": the listener between verb and clause. */
function skipListener(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.pos === 'PRON') return j + 1
  let k = j
  let hasNoun = false
  while (k < tokens.length && k - j < MAX_LISTENER_TOKENS && ['DET', 'PROPN', 'NOUN', 'ADJ'].includes(tokens[k]!.pos)) {
    // A determiner after a noun opens the clause's subject: "told reporters | the bill would fail".
    if (hasNoun && tokens[k]!.pos === 'DET') break
    hasNoun ||= tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN'
    k++
  }
  // "told a Planned Parenthood gathering in Washington she will …": a place after the listener.
  if (hasNoun && tokens[k]?.pos === 'ADP' && tokens[k + 1]?.pos === 'PROPN') {
    k += 2
    while (tokens[k]?.pos === 'PROPN') k++
  }
  return k
}

const TIME_WORDS = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'repeatedly', 'again', 'also'])

/** "said Tuesday he …", "said on Monday the …". */
function skipTime(tokens: readonly Token[], j: number): number {
  let k = j
  if (tokens[k]?.norm === 'on' && TIME_WORDS.has(tokens[k + 1]?.norm ?? '')) k++
  while (tokens[k] && TIME_WORDS.has(tokens[k]!.norm)) k++
  if (tokens[k]?.text === ',' && k > j) k++
  return k
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'there', 'this'])
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])

/** True when a clause opens at `j`: a subject pronoun or a short noun phrase, then a verb. */
function isClauseAt(tokens: readonly Token[], j: number): boolean {
  const first = tokens[j]
  if (!first) return false
  if (SUBJECT_PRONOUNS.has(first.norm)) return tokens[j + 1] !== undefined && ['VERB', 'AUX', 'ADV', 'PART'].includes(tokens[j + 1]!.pos)
  // "said his fund has spent …": a possessive opens a noun phrase like a determiner.
  const opensPhrase = ['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(first.pos) || POSSESSIVES.has(first.norm)
  if (!opensPhrase) return false
  for (let k = j + 1; k < tokens.length && k - j <= MAX_SUBJECT_TOKENS; k++) {
    const t = tokens[k]!
    if (t.pos === 'VERB' || t.pos === 'AUX') return true
    if (!['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PART', 'ADP'].includes(t.pos) && t.text !== '-') return false
  }
  return false
}


/**
 * A second cue of the same speaker ends a clause: "he would win, adding that the polls were rigged", "said
 * Arizona was winnable, but said Democrats could not take anything for granted", "and predicted that …".
 */
function isNextCue(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  if (t.text === ',' && isParticipleCue(tokens, k + 1)) return true
  if (t.norm !== 'and' && t.norm !== 'but' && t.text !== ',') return false
  let j = k + 1
  while (tokens[j] && (tokens[j]!.pos === 'ADV' || tokens[j]!.norm === 'but' || tokens[j]!.norm === 'and')) j++
  return tokens[j] !== undefined && tokens[j]!.pos === 'VERB' && takesThatClause(tokens, j) && clauseStart(tokens, j) >= 0
}

function isParticipleCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  return t !== undefined && /ing$/.test(t.text) && takesThatClause(tokens, i)
}

/**
 * The speaker of the cue at `i`: the previous report's after "and"/"but"/a comma; the subject noun phrase right
 * before a finite verb; for participles and infinitives ("issued a report arguing that", "to point out that")
 * the subject of the sentence's first verb. (Rejecting objects before finite verbs too cost more than it won.)
 */
function speakerFor(ctx: QuoteContext, sentence: Sentence, i: number, earlier: readonly Report[]): Speaker | undefined {
  const tokens = sentence.tokens
  const previous = earlier[earlier.length - 1]?.attribution.speaker
  // "…, but said …", "… and predicted that …": the same subject goes on.
  if (previous && /^(?:,|and|but|also)$/.test(tokens[i - 1]?.norm ?? '')) return previous
  const own = isNonFinite(tokens, i) ? undefined : speakerBefore(ctx, sentence, i)
  return own ?? mainSubject(ctx, sentence, i) ?? lastReferentBefore(ctx, sentence, tokens[i]!)
}

function lastReferentBefore(ctx: QuoteContext, sentence: Sentence, t: Token): Speaker | undefined {
  return referentsIn(ctx, sentence.start, t.start).filter((r) => !isInsideMarks(ctx, r)).pop()
}

/**
 * An attribution set off by commas after the content: "CLAUSE, X said.", "CLAUSE, said X, a senior official.",
 * "CLAUSE, X told reporters Tuesday." take everything before the comma; in mid-sentence ("Over the years, she
 * said, email has helped her …") the content runs on, and the whole sentence is taken.
 */
function clauseBeforeVerb(ctx: QuoteContext, sentence: Sentence): Report[] {
  const tokens = sentence.tokens
  for (let i = tokens.length - 1; i > 0; i--) {
    const t = tokens[i]!
    if (isInsideMarks(ctx, t) || !isSpeechVerb(t) || isPassive(tokens, i)) continue
    const isInverted = tokens[i - 1]?.text === ','
    const speaker = isInverted ? speakerAfter(ctx, sentence, i) : speakerBefore(ctx, sentence, i)
    if (!speaker) return []
    const open = isInverted ? i - 1 : tokens.findIndex((u, k) => u.text === ',' && tokens[k + 1]?.start === speaker.start)
    if (open <= 0) return []
    // After the attribution only a listener, a time or a place: "X said on Tuesday", "said X in an interview".
    const from = isInverted ? tokens.findIndex((u) => u.start >= speaker.end) : i + 1
    const close = from < 0 ? tokens.length : tokens.findIndex((u, k) => k >= from && (u.text === ',' || u.text === ';'))
    const tail = tokens.slice(from < 0 ? tokens.length : from, close < 0 ? tokens.length : close)
    if (tail.some((u) => u.pos === 'VERB' || u.pos === 'AUX' || isConjunction(u))) return []
    const rest = close < 0 ? [] : tokens.slice(close + 1).filter((u) => /\p{L}/u.test(u.text))
    const attribution = { verb: verbPhrase(tokens, i), speaker }
    // ", said Jeffrey Trimble, a senior official with …": an apposition to the speaker, not more content.
    const isApposition = isInverted && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(rest[0]?.pos ?? '')
    if (rest.length === 0 || isApposition) {
      // A statement has a verb of its own: "In the past five years, we said" reports nothing before the comma.
      if (!tokens.slice(0, open).some((u) => u.pos === 'VERB' || u.pos === 'AUX')) return []
      return [{ content: trimContent(ctx.text, { start: sentence.start, end: tokens[open]!.start }), attribution }]
    }
    return [{ content: trimContent(ctx.text, sentence), attribution }]
  }
  return []
}

/**
 * True when the content is a quotation with at most "that" before it ('said that "…"'): the marked quote already
 * stands for it. A clause that opens in the writer's words and quotes some of the speaker's ('said she recalls
 * the colleague being "confused," …') is reported speech with quoted fragments.
 */
function isMostlyQuoted(ctx: QuoteContext, sentence: Sentence, content: Span): boolean {
  const words = sentence.tokens.filter((t) => t.start >= content.start && t.end <= content.end && /\p{L}/u.test(t.text))
  const firstQuoted = words.findIndex((t) => isInsideMarks(ctx, t))
  const quoted = words.filter((t) => isInsideMarks(ctx, t))
  // Half: less than that, the quotation is a fragment of the clause.
  return firstQuoted >= 0 && firstQuoted <= 1 && quoted.length * 2 >= words.length
}
