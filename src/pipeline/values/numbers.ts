import type { DifferenceKind } from '../../model/index.js'
import { FUNCTION_WORDS } from '../text/index.js'
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

const SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
}
const WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
}
// "billions of dollars", "hundreds of people": an order of magnitude, not a figure.
const VAGUE: Readonly<Record<string, number>> = { dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 }
const CURRENCY: Readonly<Record<string, string>> = { $: 'dollar', '€': 'euro', '£': 'pound', '¥': 'yen', '₴': 'hryvnia', '₽': 'rouble' }

const NUMBER_RE =
  /([$€£¥₴₽])?\s?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|mln|tn|[kmb])\b)?(?:\s?(%|percent\b|per cent\b))?(?:\s+(?:of\s+)?([a-z][a-z-]+))?|\b(dozens|hundreds|thousands|millions|billions|trillions) of ([a-z][a-z-]+)|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|a hundred)(?: (thousand|million|billion))? ([a-z][a-z-]+)/gi

/**
 * Finds quantities: figures with scale words and units ("15 kilometres", "$5 million", "30 percent"),
 * vague magnitudes ("billions of dollars") and small number words ("three soldiers"). Spans inside `exclude`
 * (dates) are skipped. `lang` (a BCP-47 primary subtag) reads uk, ru, be, pl, cs, de in their own separators and
 * words ("1,5 млн", "75 tys.", "zwei"); any other value, or none, reads English.
 */
export function findNumbers(text: string, exclude: readonly { start: number; end: number }[] = [], lang?: string): NumberMention[] {
  const local = findLocalNumbers(text, exclude, lang)
  if (local) return local
  const out: NumberMention[] = []
  NUMBER_RE.lastIndex = 0
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length)
    let end = m.index + m[0].trimEnd().length
    if (exclude.some((e) => e.start < end && start < e.end)) continue
    const parsed = m[6] ? vague(m[6], m[7]!) : m[8] ? word(m[8], m[10]!, m[9]) : figure(m)
    if (!parsed) continue
    // "$1.375 billion for": a trailing word that is not the unit stays out of the span.
    if (m[5] && !parsed.unit.startsWith(m[5].toLowerCase().slice(0, 3))) end = m.index + m[0].lastIndexOf(m[5])
    end = start + text.slice(start, end).trimEnd().length
    out.push({ start, end, text: text.slice(start, end), ...parsed })
  }
  return out
}

function figure(m: RegExpExecArray) {
  const digits = Number(m[2]!.replace(/[,\s]/g, ''))
  if (!Number.isFinite(digits)) return null
  const scale = m[3] ? (SCALE[m[3].toLowerCase()] ?? 1) : 1
  const value = digits * scale
  const currency = m[1] ? CURRENCY[m[1]] : undefined
  const isPercent = m[4] !== undefined
  // "15 of the 20": a function word after the figure is not its unit.
  const unitWord = m[5] && !FUNCTION_WORDS.has(m[5].toLowerCase()) ? m[5] : ''
  const unit = currency ?? (isPercent ? '%' : singular(unitWord))
  const kind = currency ? 'money' : isPercent ? 'percent' : unit ? 'quantity' : 'number'
  return { kind, low: value, high: value, unit, normalized: `${value} ${unit}`.trim() } as const
}

function vague(magnitude: string, unitWord: string) {
  const low = VAGUE[magnitude.toLowerCase()] ?? 1
  const unit = singular(unitWord)
  const kind = unit === 'dollar' || unit === 'euro' ? 'money' : 'quantity'
  return { kind, low: low * 2, high: low * 1000, unit, normalized: `${low * 2}..${low * 1000} ${unit}` } as const
}

function word(numberWord: string, unitWord: string, scaleWord: string | undefined) {
  const base = WORDS[numberWord.toLowerCase().replace(/^a /, '')]
  if (base === undefined) return null
  // "eight thousand rescuers": the scale multiplies, the noun after it is the unit.
  const value = base * (scaleWord ? (SCALE[scaleWord.toLowerCase()] ?? 1) : 1)
  const unit = singular(unitWord)
  return { kind: 'quantity', low: value, high: value, unit, normalized: `${value} ${unit}` } as const
}

function singular(word: string): string {
  const w = word.toLowerCase()
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1)
  return w
}

/** True when two figures can describe the same value: overlapping ranges, or exact figures within 2 %. */
export function isConsistentNumber(a: NumberMention, b: NumberMention): boolean {
  if (a.low <= b.high && b.low <= a.high) return true
  const mid = (x: NumberMention): number => (x.low + x.high) / 2
  // 2 %: rounding in reporting ("1.2 million" vs "1,180,000") without hiding real differences in tolls.
  return Math.abs(mid(a) - mid(b)) <= 0.02 * Math.max(mid(a), mid(b))
}
