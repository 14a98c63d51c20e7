import type { GoldAttribution } from './parse-brat.js'
import { isDirectQuote, isSpeakerRight, matchQuotes, type PredictedQuote } from './score-quotes.js'

export interface QuoteErrors {
  /** Gold attributions no prediction matched: "[direct] “content…” ← source". */
  readonly missed: string[]
  /** Predictions matching no gold attribution. */
  readonly spurious: string[]
  /** Matched pairs with the wrong speaker: "“content…” gold: source / ours: span (name)". */
  readonly wrongSpeaker: string[]
}

/**
 * Lists one document's errors in words, for reading by eye (`quotes-polnear.ts --errors N`).
 * Example: a gold quote we did not find → missed: ['direct “We will win” ← Smith'].
 */
export function quoteErrors(text: string, gold: readonly GoldAttribution[], pred: readonly PredictedQuote[]): QuoteErrors {
  const { pairs } = matchQuotes(text, gold, pred)
  const matchedGold = new Set(pairs.map((p) => p.gold))
  const matchedPred = new Set(pairs.map((p) => p.pred))
  const clip = (s: string): string => (s.length > 90 ? `${s.slice(0, 87)}…` : s).replaceAll('\n', ' ')
  const predText = (p: PredictedQuote): string => p.spans.map((s) => text.slice(s.start, s.end)).join(' … ')
  const speakerText = (p: PredictedQuote): string =>
    `${(p.speakerSpans ?? []).map((s) => text.slice(s.start, s.end)).join('+') || '–'} (${p.speakerName ?? 'no name'})`
  return {
    missed: gold.flatMap((g, j) =>
      matchedGold.has(j) ? [] : [`${isDirectQuote(text, g.content) ? 'direct ' : ''}${clip(g.content.text)} ← ${g.source?.text ?? '–'}`],
    ),
    spurious: pred.flatMap((p, i) => (matchedPred.has(i) ? [] : [`${p.marked ? 'marked ' : ''}${clip(predText(p))} ← ${speakerText(p)}`])),
    wrongSpeaker: pairs.flatMap((pair) => {
      const g = gold[pair.gold]
      const p = pred[pair.pred]
      if (!g || !p || isSpeakerRight(g, p)) return []
      return [`${clip(g.content.text)} — gold: ${g.source?.text ?? '–'} / ours: ${speakerText(p)}`]
    }),
  }
}
