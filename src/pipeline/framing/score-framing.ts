import type { FramingSpan, FramingVoice } from '../../model/index.js'

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu

/**
 * Framing load of a text in one voice: summed confidence of the spans in that voice per 100 words (0 = neutral).
 * The outlet's score counts its own voice only (the default): words it quotes are the speaker's, scored apart
 * with `voice` 'quoted'. Normalising by length lets a long neutral article and a short loaded one be compared.
 * @example scoreFraming([{ confidence: 0.9, voice: { kind: 'outlet' }, ... }], 'fifty words ...')  // 1.8
 */
export function scoreFraming(spans: readonly FramingSpan[], text: string, voice: FramingVoice['kind'] = 'outlet'): number {
  let words = 0
  for (const _ of text.matchAll(WORD)) words += 1
  if (words === 0) return 0
  const load = spans.reduce((sum, span) => (span.voice.kind === voice ? sum + span.confidence : sum), 0)
  return Math.round((load / words) * 100 * 1000) / 1000
}
