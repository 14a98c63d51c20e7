import type { Sentence, Span } from '../../model/index.js'
import { firstIndex, indexAt } from '../span-at.js'
import { cueSpeaker, isCueVerb } from './find-cue-speaker.js'
import { trimSpeech } from './find-lexical-speech.js'
import type { Attribution, QuoteContext } from './quote-context.js'
import { wordKey, type SpeechLexicon } from './speech-lexicon.js'

/** Direct speech with the narrator's words cut out: the parts spoken, and the attribution between them. */
export interface DashSpeech {
  readonly parts: readonly Span[]
  readonly attribution: Attribution
}

// The narrator's words between dashes are short: "— сказал журналистам президент Беларуси Александр Лукашенко, —".
const MAX_ATTRIBUTION_WORDS = 8
// Their verb comes first or after the speaker: "— сказал он", "— Лукашенко подчеркнул", "– dodał szef MSZ".
const MAX_WORDS_BEFORE_VERB = 3

/**
 * Splits direct speech at the narrator's words set off by dashes, the Russian, Ukrainian, Belarusian and Polish
 * style: «Мы готовы, — сказал Лукашенко, — разместить ракеты», „Jesteśmy gotowi – powiedział – przyjąć
 * rakiety”, and the dialogue paragraph "— Мы готовы, — сказал он." `span` is the speech without its opening
 * mark. Returns undefined when no dash sets off a verb of saying (a dash inside the speech is its own).
 */
export function splitDashSpeech(ctx: QuoteContext, lex: SpeechLexicon, span: Span): DashSpeech | undefined {
  const dashes: number[] = []
  // A hyphen between spaces stands for a dash: «Мы готовы, - сказал он, - …».
  const pattern = /(?<=^|\s)[—–-](?=\s)/g
  const inner = ctx.text.slice(span.start, span.end)
  for (let m = pattern.exec(inner); m; m = pattern.exec(inner)) dashes.push(span.start + m.index)
  const parts: Span[] = []
  let attribution: Attribution | undefined
  let from = span.start
  for (let k = 0; k < dashes.length; k++) {
    const segment = { start: dashes[k]! + 1, end: dashes[k + 1] ?? span.end }
    const cue = attributionIn(ctx, lex, segment)
    if (!cue) continue
    parts.push(trimSpeech(ctx.text, { start: from, end: dashes[k]! }))
    attribution ??= cue
    from = dashes[k + 1] !== undefined ? dashes[k + 1]! + 1 : span.end
    k++
  }
  if (!attribution) return undefined
  if (from < span.end) parts.push(trimSpeech(ctx.text, { start: from, end: span.end }))
  return { parts: parts.filter((p) => p.end > p.start), attribution }
}

/** True when the paragraph is a line of dialogue: opened by a dash, "— Мы готовы, — сказал он." */
export function isDialogueLine(text: string, paragraph: Span): boolean {
  return /^[—–]\s/.test(text.slice(paragraph.start, paragraph.start + 2))
}

/** The verb of saying and its speaker when the segment is only an attribution ("сказал Лукашенко,"), else undefined. */
function attributionIn(ctx: QuoteContext, lex: SpeechLexicon, segment: Span): Attribution | undefined {
  const text = ctx.text.slice(segment.start, segment.end)
  const words = (text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).map(wordKey)
  if (words.length === 0 || words.length > MAX_ATTRIBUTION_WORDS || words.some((w) => lex.that.has(w))) return undefined
  const sentence: Sentence | undefined = ctx.sentences[indexAt(ctx.sentences, segment.start + text.search(/\S/), (x) => x)]
  if (!sentence) return undefined
  const tokens = sentence.tokens
  const first = firstIndex(tokens.length, (i) => tokens[i]!.start >= segment.start)
  for (let i = first, seen = 0; i < tokens.length && tokens[i]!.end <= segment.end && seen <= MAX_WORDS_BEFORE_VERB; i++) {
    const t = tokens[i]!
    if (!/\p{L}/u.test(t.text)) continue
    if (isCueVerb(lex, t)) {
      const speaker = cueSpeaker(ctx, lex, sentence, i)
      return { verb: t.text, ...(speaker ? { speaker } : {}) }
    }
    seen++
  }
  return undefined
}
