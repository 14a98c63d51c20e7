import type { DifferenceKind } from '../../model/index.js'
import { findEnglishNumbers } from './english-numbers.js'
import { findLocalNumbers } from './local-numbers.js'

export interface NumberMention {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: Exclude<DifferenceKind, 'date' | 'duration'>
  /** Lower and upper bound of the value: equal for exact figures, a range for "billions" or "dozens". */
  readonly low: number
  readonly high: number
  /** The counted thing, lower-cased singular ("kilometre", "dollar", "troop"); "" when none follows. */
  readonly unit: string
  /** "15 kilometre", "1e9..1e12 dollar", "30 %". */
  readonly normalized: string
}

/**
 * Finds quantities: figures with scale words and units ("15 kilometres", "$5 million", "30 percent"),
 * vague magnitudes ("billions of dollars") and small number words ("three soldiers"). Spans inside `exclude`
 * (dates) are skipped. `lang` (a BCP-47 primary subtag) reads uk, ru, be, pl, cs, de in their own separators and
 * words ("1,5 млн", "75 tys.", "zwei"); any other value, or none, reads English. Units and currencies have one
 * name in every language ("km", "kilometers", "кілометрів" → "kilometre").
 */
export function findNumbers(text: string, exclude: readonly { start: number; end: number }[] = [], lang?: string): NumberMention[] {
  return findLocalNumbers(text, exclude, lang) ?? findEnglishNumbers(text, exclude)
}

/** True when two figures can describe the same value: overlapping ranges, or exact figures within 2 %. */
export function isConsistentNumber(a: Pick<NumberMention, 'low' | 'high'>, b: Pick<NumberMention, 'low' | 'high'>): boolean {
  if (a.low <= b.high && b.low <= a.high) return true
  const mid = (x: Pick<NumberMention, 'low' | 'high'>): number => (x.low + x.high) / 2
  // 2 %: rounding in reporting ("1.2 million" vs "1,180,000") without hiding real differences in tolls.
  return Math.abs(mid(a) - mid(b)) <= 0.02 * Math.max(mid(a), mid(b))
}
