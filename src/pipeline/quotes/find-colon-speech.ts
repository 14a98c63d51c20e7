import type { Sentence } from '../../model/index.js'
import { speakerOf } from './find-speaker.js'
import { isInsideMarks, trimContent, type QuoteContext, type Report } from './quote-context.js'

// "Elizabeth Warren:", "Former AG Mukasey at RNC:", "Black Democrats to Hillary Clinton:": the speaker before a
// headline or transcript colon is a short phrase; six words cover these, and longer openings are sentences.
const MAX_SPEAKER_TOKENS = 6

const SPEAKER_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM'])

/**
 * "Speaker: statement", the form of headlines ("Elizabeth Warren: Donald Trump Is a 'Proven Failure'") and
 * interview transcripts ("TAPPER: And obviously, …"). The phrase before the colon must be a capitalised noun
 * phrase; a common noun passes too, as PolNeAR counts "Poll: Clinton and Trump in dead heat" as the poll
 * speaking (so a label like "Update: …" is a known false positive).
 */
export function findColonSpeech(ctx: QuoteContext, sentence: Sentence): Report[] {
  const tokens = sentence.tokens
  const colon = tokens.findIndex((t, i) => i <= MAX_SPEAKER_TOKENS && t.text === ':')
  const first = tokens[colon + 1]
  if (colon < 1 || !first || isInsideMarks(ctx, tokens[colon]!)) return []
  const opening = tokens.slice(0, colon)
  // "Q:" and "A:" mark turns of an interview, not a named speaker.
  if (opening.length === 1 && opening[0]!.text.length === 1) return []
  // "to" and "at" join two phrases: "Black Democrats to Hillary Clinton", "Mukasey at RNC".
  const isPhrase = opening.every((t) => SPEAKER_POS.has(t.pos) || t.norm === 'to' || t.norm === 'at' || t.text === '.')
  if (!isPhrase || !opening.some((t) => /^\p{Lu}/u.test(t.text))) return []
  const speaker = speakerOf(ctx, { start: opening[0]!.start, end: opening[opening.length - 1]!.end })
  return [{ content: trimContent(ctx.text, { start: first.start, end: sentence.end }), attribution: { speaker } }]
}
