import type { FramingSpan, FramingVoice } from '../../model/index.js'

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu

/**
 * Framing load of a text in one voice: summed confidence of the spans in that voice per 100 words (0 = neutral).
 * The outlet's score counts its own voice only (the default): words it quotes are the speaker's, scored apart
 * with `voice` 'quoted'. Normalising by length lets a long neutral article and a short loaded one be compared.
 * @example scoreFraming([{ confidence: 0.9, voice: { kind: 'outlet' }, ... }], 'fifty words ...')  // 1.8
 */
export function scoreFraming(spans: readonly FramingSpan[], text: string, voice: FramingVoice['kind'] = 'outlet'): number {
  return framingScore(framingLoad(spans, voice), countScoredWords(text))
}

/** Summed confidence of the spans in one voice: the expected number of them annotators would mark. */
export function framingLoad(spans: readonly FramingSpan[], voice: FramingVoice['kind'] = 'outlet'): number {
  return spans.reduce((sum, span) => (span.voice.kind === voice ? sum + span.confidence : sum), 0)
}

/** Words as the score counts them (letters or digits, inner hyphens and apostrophes kept). */
export function countScoredWords(text: string): number {
  let words = 0
  for (const _ of text.matchAll(WORD)) words += 1
  return words
}

/** Load per 100 words, three decimals; 0 for no words. Several articles' score is their summed load over their summed words. */
export function framingScore(load: number, words: number): number {
  return words === 0 ? 0 : Math.round((load / words) * 100 * 1000) / 1000
}
