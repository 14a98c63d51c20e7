import type { FramingSpan } from '../../model/index.js'

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu

/**
 * Framing load of a text: summed span confidence per 100 words (0 = neutral). Normalising by length lets a
 * long neutral article and a short loaded one be compared.
 * @example scoreFraming([{ confidence: 0.9, ... }], 'fifty words ...')  // 1.8
 */
export function scoreFraming(spans: readonly FramingSpan[], text: string): number {
  let words = 0
  for (const _ of text.matchAll(WORD)) words += 1
  if (words === 0) return 0
  const load = spans.reduce((sum, span) => sum + span.confidence, 0)
  return Math.round((load / words) * 100 * 1000) / 1000
}
