import type { Sentence, Span, Token } from '../../model/index.js'
import type { Paragraph } from './group-paragraphs.js'
import { buildQuote, referentsIn, trimContent, verbPhrase, type Attribution, type FoundQuote, type QuoteContext } from './quote-context.js'
import { isSpeechVerb } from './speech-cues.js'
import { cueSpeaker, isCueVerb } from './find-cue-speaker.js'
import { tokenKey } from './speech-lexicon.js'

// A closing attribution is short: "Lukashenko hypocritically said." has 3 words; allow a title or a second adverb.
const MAX_ATTRIBUTION_WORDS = 6
// When most paragraphs speak in the first person, the author is the speaker (an op-ed), not a quoted source.
const FIRST_PERSON_ARTICLE_SHARE = 0.5

/**
 * Speech without quotation marks closed by a sentence that is only an attribution: "… why spend billions?
 * Lukashenko hypocritically said." Every earlier sentence of the paragraph is the speaker's.
 */
export function findClosedSpeech(ctx: QuoteContext, isCovered: (span: Span) => boolean): FoundQuote[] {
  const out: FoundQuote[] = []
  for (const [s, sentence] of ctx.sentences.entries()) {
    const closing = ctx.lexicon ? closingByWords(ctx, sentence) : closingAttribution(ctx, sentence)
    if (!closing) continue
    for (let k = s - 1; k >= 0 && ctx.sentences[k]!.paragraph === sentence.paragraph; k--) {
      const content = trimContent(ctx.text, ctx.sentences[k]!)
      if (!isCovered(content)) out.push(buildQuote(ctx, content, false, closing))
      // «Мы готовы!» | — сказал он.: an attribution after a quotation is the quotation's; the narrator's
      // sentences before it are not speech.
      else if (ctx.lexicon) break
    }
  }
  return out
}

/** The attribution when the sentence is only one ("Lukashenko hypocritically said."), else null. */
function closingAttribution(ctx: QuoteContext, sentence: Sentence): Attribution | null {
  const words = sentence.tokens.filter((t) => /\p{L}/u.test(t.text))
  if (words.length === 0 || words.length > MAX_ATTRIBUTION_WORDS) return null
  const verbIndex = sentence.tokens.findIndex(isSpeechVerb)
  if (verbIndex < 0) return null
  const rest = words.filter((t) => t !== sentence.tokens[verbIndex])
  const referents = referentsIn(ctx, sentence.start, sentence.end)
  const speaker = referents[0]
  if (!speaker) return null
  // Everything besides the speaker and the verb must be adverbs or the speaker's words ("Alexander Lukashenko").
  const isOnlySpeaker = rest.every((t) => t.pos === 'ADV' || referents.some((r) => t.start >= r.start && t.end <= r.end))
  if (!isOnlySpeaker) return null
  return { verb: verbPhrase(sentence.tokens, verbIndex), speaker }
}

/**
 * The attribution when the sentence is only one ("— сказал Лукашенко.", "Łukaszenka podkreślił."), read by the
 * language's word lists, else null: a verb of saying, its speaker, and at most one word more ("журналистам").
 */
function closingByWords(ctx: QuoteContext, sentence: Sentence): Attribution | null {
  const lex = ctx.lexicon!
  const words = sentence.tokens.filter((t) => /\p{L}/u.test(t.text))
  if (words.length === 0 || words.length > MAX_ATTRIBUTION_WORDS) return null
  const verbIndex = sentence.tokens.findIndex((t) => isCueVerb(lex, t))
  if (verbIndex < 0) return null
  const speaker = cueSpeaker(ctx, lex, sentence, verbIndex)
  if (!speaker) return null
  const rest = words.filter((t) => t !== sentence.tokens[verbIndex] && (t.start < speaker.start || t.end > speaker.end))
  return rest.length <= 1 ? { verb: sentence.tokens[verbIndex]!.text, speaker } : null
}

const FIRST_PERSON = new Set(['we', 'us', 'our', 'ours', 'i', 'me', 'my', 'mine'])

/** Unmarked first-person paragraphs ("We have certain places where we can place these weapons.") in a third-person article. */
export function findFirstPersonParagraphs(
  ctx: QuoteContext,
  paragraphs: readonly Paragraph[],
  found: readonly FoundQuote[],
  isCovered: (span: Span) => boolean,
): FoundQuote[] {
  // A sentence that opens in the first person ("We have certain places…", "I warned them…"), in a paragraph
  // with no quotation marks at all: quoted speech the outlet did not mark.
  const lex = ctx.lexicon
  const isFirstPersonWord = lex
    ? (t: Token): boolean => lex.firstPerson.has(tokenKey(t))
    : (t: Token): boolean => FIRST_PERSON.has(t.norm) && (t.norm !== 'i' || t.text === 'I')
  const opensInFirstPerson = (s: Sentence): boolean => s.tokens.slice(0, 3).some(isFirstPersonWord)
  const isFirstPerson = (p: Paragraph): boolean =>
    !/["“”„«»]/.test(ctx.text.slice(p.start, p.end)) && p.sentences.some(opensInFirstPerson) && !p.sentences.some((s) => isCovered(s))
  const firstPerson = paragraphs.filter(isFirstPerson)
  if (firstPerson.length === 0 || firstPerson.length / paragraphs.length >= FIRST_PERSON_ARTICLE_SHARE) return []
  const out: FoundQuote[] = []
  for (const p of firstPerson) {
    // The speaker of the last quote before the paragraph goes on speaking; failing that, the last person named.
    const lastQuote = [...found, ...out].filter((q) => q.end <= p.start && q.speakerSpan).sort((a, b) => a.end - b.end).pop()
    const span = lastQuote?.speakerSpan
    // Its speaker phrase may be longer than the name in it: "Belarusian leader Alexander Lukashenko".
    const speaker =
      (span ? ctx.referents.find((r) => r.start >= span.start && r.end <= span.end && r.name >= 0) : undefined) ??
      [...ctx.referents].reverse().find((r) => r.end <= p.start && r.name >= 0)
    for (const s of p.sentences) out.push(buildQuote(ctx, trimContent(ctx.text, s), false, speaker ? { speaker } : {}))
  }
  return out
}
