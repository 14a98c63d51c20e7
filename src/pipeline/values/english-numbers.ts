/**
 * Quantities in English text: figures with scale words, units and currencies ("15 km", "$5 million",
 * "5 million dollars", "30 percent"), vague magnitudes ("billions of dollars") and small number words ("three
 * soldiers"). Units and currencies come out as english-units.ts names them, the names the other languages use.
 */
import { FUNCTION_WORDS } from '../text/index.js'
import { englishUnitWord } from './english-units.js'
import type { NumberMention } from './numbers.js'
import { spanCover } from './span-cover.js'

type Span = { readonly start: number; readonly end: number }

interface Reading {
  readonly end: number
  readonly kind: NumberMention['kind']
  readonly low: number
  readonly high: number
  readonly unit: string
}

const SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
}
const WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
}
// "billions of dollars", "hundreds of people": an order of magnitude, not a figure.
const VAGUE: Readonly<Record<string, number>> = { dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 }
const CURRENCY: Readonly<Record<string, string>> = { $: 'dollar', '€': 'euro', '£': 'pound', '¥': 'yen', '₴': 'hryvnia', '₽': 'rouble' }

// Figures: 1 currency symbol, 2 digits, 3 scale, 4 percent. Vague magnitudes: 5. Number words: 6 word, 7 scale.
// What a figure counts is read after the match (unitAt).
const NUMBER_RE =
  /([$€£¥₴₽])?\s?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|mln|mn|tn|[kmb])\b)?(?:\s?(%|percent\b|per cent\b))?|\b(dozens|hundreds|thousands|millions|billions|trillions) of\b|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|a hundred)(?: (thousand|million|billion))?\b/gi

/** The next word on the same line after `offset` (group 1), and a full stop after it (group 2: "sq. km"). */
const TOKEN = /[^\S\r\n]*([A-Za-z][A-Za-z-]*[²³]?)(\.)?/y

/** Quantities of English `text`; spans overlapping `exclude` (dates) are skipped. */
export function findEnglishNumbers(text: string, exclude: readonly Span[]): NumberMention[] {
  const out: NumberMention[] = []
  const excluded = spanCover(exclude)
  NUMBER_RE.lastIndex = 0
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length)
    const matchEnd = m.index + m[0].trimEnd().length
    const found = m[5] ? vague(text, m[5], matchEnd) : m[6] ? counted(text, m[6], m[7], matchEnd) : figure(text, m, matchEnd)
    if (!found) continue
    NUMBER_RE.lastIndex = Math.max(NUMBER_RE.lastIndex, found.end)
    if (excluded.overlaps(start, found.end)) continue
    const { end, kind, low, high, unit } = found
    const value = low === high ? `${low}` : `${low}..${high}`
    out.push({ start, end, text: text.slice(start, end), kind, low, high, unit, normalized: `${value} ${unit}`.trim() })
  }
  return out
}

function figure(text: string, m: RegExpExecArray, end: number): Reading | undefined {
  // Not a quantity, as local-numbers.ts reads them: a name ("COVID-19", "MiG-29"), a time or date ("10:50",
  // "10/12/21"), a compound adjective ("60-year-old", "1-to-1"; Russian "60-летний" is none either).
  const at = m.index + m[0].indexOf(m[2]!)
  const before = text.slice(Math.max(0, at - 2), at)
  const after = text.slice(at + m[2]!.length, at + m[2]!.length + 2)
  if (/[A-Za-z]-$|\d[:/]$/.test(before) || /^(?:[:/]\d|-[A-Za-z])/.test(after)) return undefined
  const digits = Number(m[2]!.replace(/,/g, ''))
  if (!Number.isFinite(digits)) return undefined
  const value = digits * (m[3] ? (SCALE[m[3].toLowerCase()] ?? 1) : 1)
  if (m[4]) return { end, kind: 'percent', low: value, high: value, unit: '%' }
  // "15km", "5kg": a word glued to a figure must be a unit; "5th", "1990s", "3D" are not quantities.
  if (/[A-Za-z]/.test(text[end] ?? '')) {
    const glued = englishUnitWord(tokenAt(text, end)?.word ?? '')
    if (glued?.kind !== 'unit' && glued?.kind !== 'currency') return undefined
  }
  const u = unitAt(text, end, m[1] ? CURRENCY[m[1]] : undefined)
  return { ...u, low: value, high: value }
}

/** "three soldiers", "eight thousand rescuers", "two million dollars": a number word needs a noun or a scale. */
function counted(text: string, numberWord: string, scaleWord: string | undefined, end: number): Reading | undefined {
  const base = WORDS[numberWord.toLowerCase().replace(/^a /, '')]
  if (base === undefined) return undefined
  const value = base * (scaleWord ? (SCALE[scaleWord.toLowerCase()] ?? 1) : 1)
  const u = unitAt(text, end, undefined)
  if (u.unit === '' && !scaleWord) return undefined
  return { ...u, low: value, high: value }
}

/** "billions of dollars": a range from two to a thousand times the magnitude. */
function vague(text: string, magnitude: string, end: number): Reading | undefined {
  const low = VAGUE[magnitude.toLowerCase()] ?? 1
  const u = unitAt(text, end, undefined)
  if (u.unit === '') return undefined
  return { ...u, low: low * 2, high: low * 1000 }
}

/**
 * What follows a figure at `offset`: a currency, a unit ("square kilometres" too), or a counted noun; a function
 * word or nothing leaves the figure bare (or money, after a currency symbol).
 */
function unitAt(text: string, offset: number, currency: string | undefined): Omit<Reading, 'low' | 'high'> {
  const none = currency ? { end: offset, kind: 'money', unit: currency } as const : { end: offset, kind: 'number', unit: '' } as const
  const t = tokenAt(text, offset)
  if (!t) return none
  const v = englishUnitWord(t.word)
  if (v?.kind === 'currency') return { end: t.end, kind: 'money', unit: v.unit }
  if (currency) return none
  if (v?.kind === 'unit') return { end: t.end, kind: 'quantity', unit: v.unit }
  if (v?.kind === 'power') {
    const next = tokenAt(text, t.end + (t.hasDot ? 1 : 0))
    const nv = next && englishUnitWord(next.word)
    return nv?.kind === 'unit' ? { end: next!.end, kind: 'quantity', unit: `${v.prefix} ${nv.unit}` } : none
  }
  if (v) return none
  // "5 million US dollars", "300 Belarusian rubles": a word before the currency ("US" too, though it spells "us").
  const after = tokenAt(text, t.end)
  const currencyAfter = after && englishUnitWord(after.word)
  if (currencyAfter?.kind === 'currency') return { end: after!.end, kind: 'money', unit: currencyAfter.unit }
  const word = t.word.toLowerCase()
  // "5 p.m.": a letter alone counts nothing.
  if (word.length < 2 || FUNCTION_WORDS.has(word)) return none
  return { end: t.end, kind: 'quantity', unit: singular(word) }
}

function tokenAt(text: string, offset: number): { word: string; end: number; hasDot: boolean } | undefined {
  TOKEN.lastIndex = offset
  const m = TOKEN.exec(text)
  if (!m) return undefined
  const word = m[1]!
  return { word, end: m.index + m[0].length - (m[2] ? 1 : 0), hasDot: m[2] !== undefined }
}

/** "soldiers" → "soldier", "inches" → "inch", "viruses" → "virus"; "virus", "crisis", "press" stay. */
function singular(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`
  if (/(?:ch|sh|ss|x|us)es$/.test(w) && w.length > 4) return w.slice(0, -2)
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && w.length > 3) return w.slice(0, -1)
  return w
}
