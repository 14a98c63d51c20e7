/**
 * Quantities in uk, ru, be, pl, cs, de: figures with the language's separators ("1,5 млн", "10 000", "10.000"),
 * scale words, units, currencies and percent (number-lexicon.ts), small number words ("два", "dwa", "zwei") and
 * vague magnitudes ("десятки", "Tausende"). Values and units come out as English text gives them, so the same
 * figure compares equal across languages; a counted noun the lexicon does not know is kept as `${lang}:${noun}`
 * for a bilingual lexicon to map later.
 */
import { memoizeByKey } from '../memoize.js'
import { foldCase } from './fold-case.js'
import { spanCover } from './span-cover.js'
import { CURRENCY_SYMBOLS, lexiconKey, numberLexicon, type NumberLexicon, type ValueWord } from './number-lexicon.js'
import type { NumberMention } from './numbers.js'

type Span = { readonly start: number; readonly end: number }

interface Reader {
  readonly lexicon: NumberLexicon
  readonly re: RegExp
}

/** Quantities of `text` in `lang`, or undefined where English rules apply (en, und, any other language). */
export function findLocalNumbers(text: string, exclude: readonly Span[], lang: string | undefined): NumberMention[] | undefined {
  const reader = lang === undefined ? undefined : readerFor(lang)
  if (!reader || !lang) return undefined
  const { lexicon, re } = reader
  const out: NumberMention[] = []
  const excluded = spanCover(exclude)
  // The patterns are lower case and run on a same-length lower-cased copy; words are read from the text itself.
  const folded = foldCase(text)
  re.lastIndex = 0
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const found = m[1] ? figure(text, m, lang, lexicon) : m[2] ? counted(text, m, lang, lexicon) : vague(text, m, lang, lexicon)
    if (!found) continue
    re.lastIndex = Math.max(re.lastIndex, found.end)
    if (excluded.overlaps(found.start, found.end)) continue
    out.push({ ...found, text: text.slice(found.start, found.end) })
  }
  return out
}

const SPACE = '[ \\u00A0\\u202F\\u2009]'
const B = '(?<![\\p{L}\\p{N}])'
const SPACES: ReadonlySet<string> = new Set([' ', '\u00a0', '\u202f', '\u2009'])
// Inside a character class; only "$" needs no escape there, and the u flag refuses needless escapes.
const SYMBOLS = Object.keys(CURRENCY_SYMBOLS).join('')

const readerFor = memoizeByKey((lang: string): Reader | undefined => {
  const lexicon = numberLexicon(lang)
  if (!lexicon) return undefined
  const words = (forms: Iterable<string>): string =>
    [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’ʼ]")).join('|')
  // Every alternative starts with what it consumes first and checks the word boundary before it afterwards (in
  // figure(), or in a lookbehind after the word): a lookbehind first is tried at every position, several times slower.
  // "10 000" (space groups), else digits with internal separators, read by parseFigure: "1,5", "10.000", "14.02.2021".
  const figure = `(\\d{1,3}(?:${SPACE}\\d{3}(?![\\p{N}]))+(?:,\\d+)?|\\d+(?:[.,:/]\\d+)*)(?![\\p{N}]|-\\p{L}|[.,]\\d)`
  const numberWords = words(lexicon.numberWords.keys())
  const numberWord = `(${numberWords})(?<=${B}(?:${numberWords}))(?=\\s+\\p{L})`
  const magnitudes = words(lexicon.vague.keys())
  const magnitude = `(${magnitudes})(?<=${B}(?:${magnitudes}))(?:\\s+(${magnitudes}))?(?=\\s+\\p{L})`
  return { lexicon, re: new RegExp(`${figure}|${numberWord}|${magnitude}`, 'gu') }
})

/** The next word (or %, or a currency symbol) after `offset` on the same line. */
const TOKEN = new RegExp(`${SPACE}*(%|[${SYMBOLS}]|\\p{L}[\\p{L}'’ʼ]*(?:-\\p{L}+)*[²³]?\\.?)`, 'uy')

interface Token {
  readonly start: number
  readonly end: number
  readonly word: string
  /** What the lexicon says the word is (its full stop dropped when only the bare word is known). */
  readonly value?: ValueWord
}

function tokenAt(text: string, offset: number, lexicon: NumberLexicon): Token | undefined {
  TOKEN.lastIndex = offset
  const m = TOKEN.exec(text)
  if (!m) return undefined
  let word = m[1]!
  const start = m.index + m[0].length - word.length
  let value = lexicon.words.get(lexiconKey(word))
  // "км." at the end of a sentence: the full stop is the sentence's, not the unit's.
  if (value === undefined && word.endsWith('.')) {
    word = word.slice(0, -1)
    value = lexicon.words.get(lexiconKey(word))
  }
  if (word.endsWith('.') && value === undefined) word = word.slice(0, -1)
  // "1,5 млн." closing a sentence: the stop is the sentence's when the bare "млн" is known too. German capitalises
  // nouns, so a capital after "Mio." does not start a sentence there, nor does one in a headline set in capitals.
  const isCapitals = word !== word.toLowerCase() && word === word.toUpperCase()
  if (word.endsWith('.') && !lexicon.isNounCapitalised && !isCapitals && isSentenceEnd(text, start + word.length)) {
    const bare = lexicon.words.get(lexiconKey(word.slice(0, -1)))
    if (bare !== undefined) {
      word = word.slice(0, -1)
      value = bare
    }
  }
  return { start, end: start + word.length, word, ...(value ? { value } : {}) }
}

/** True at the end of the text or a line, or before a capitalised word. */
function isSentenceEnd(text: string, offset: number): boolean {
  let i = offset
  while (text[i] === ' ' || text[i] === '\u00a0') i++
  const next = text[i]
  return next === undefined || next === '\n' || next === '\r' || (next !== next.toLowerCase() && next === next.toUpperCase())
}

interface Reading {
  readonly start: number
  readonly end: number
  readonly kind: NumberMention['kind']
  readonly low: number
  readonly high: number
  readonly unit: string
  readonly normalized: string
}

interface Unit {
  readonly unit: string
  readonly kind: NumberMention['kind']
  readonly end: number
  /** True for lexicon words (units, currencies, percent), false for a counted noun or none. */
  readonly isKnown: boolean
}

/** What follows a figure (after its scale word): percent, a currency, a unit, "кв. км", or a counted noun. */
function unitAt(text: string, offset: number, lang: string, lexicon: NumberLexicon, currency: string | undefined): Unit {
  const none: Unit = currency ? { unit: currency, kind: 'money', end: offset, isKnown: true } : { unit: '', kind: 'number', end: offset, isKnown: false }
  const t = tokenAt(text, offset, lexicon)
  if (!t) return none
  const v = t.value
  if (v?.kind === 'percent') return { unit: '%', kind: 'percent', end: t.end, isKnown: true }
  if (v?.kind === 'currency') return { unit: v.unit, kind: 'money', end: t.end, isKnown: true }
  if (currency) return none
  if (v?.kind === 'unit') return { unit: v.unit, kind: 'quantity', end: t.end, isKnown: true }
  if (v?.kind === 'square') {
    const next = tokenAt(text, t.end, lexicon)
    if (next?.value?.kind === 'unit') return { unit: `square ${next.value.unit}`, kind: 'quantity', end: next.end, isKnown: true }
    return none
  }
  if (v || !isCountedNoun(t.word, lexicon)) return none
  // "77 000 чеських крон", "5 млн белорусских рублей": an adjective before the currency.
  const after = tokenAt(text, t.end, lexicon)
  if (after?.value?.kind === 'currency') return { unit: after.value.unit, kind: 'money', end: after.end, isKnown: true }
  return { unit: `${lang}:${lexiconKey(t.word)}`, kind: 'quantity', end: t.end, isKnown: false }
}

function isCountedNoun(word: string, lexicon: NumberLexicon): boolean {
  if (!/^\p{L}/u.test(word) || word.length < 2) return false
  const key = lexiconKey(word)
  if (lexicon.functionWords.has(key) || lexicon.numberWords.has(key)) return false
  return !lexicon.isNounCapitalised || word[0] !== word[0]!.toLowerCase()
}

function figure(text: string, m: RegExpExecArray, lang: string, lexicon: NumberLexicon): Reading | undefined {
  // Not part of a word, a decimal or a name: "G7", "1.5.3", "Ту-154".
  const before = text[m.index - 1] ?? ' '
  if (/[\p{L}\p{N}.,]/u.test(before) || (before === '-' && /\p{L}/u.test(text[m.index - 2] ?? ''))) return undefined
  // "$5", "$ 5", "€5"
  const symbolAt = SPACES.has(before) ? m.index - 2 : m.index - 1
  const symbol = text[symbolAt] ?? ''
  const currency = CURRENCY_SYMBOLS[symbol]
  if (lexicon.isOrdinalDotted && isDottedOrdinal(text, m.index, m.index + m[0].length, lexicon)) return undefined
  let start = currency ? symbolAt : m.index
  let end = m.index + m[0].length
  let scale = 1
  const first = tokenAt(text, end, lexicon)
  // "15км", "5%": a glued word must be a unit; "5th", "3D", "1990s" are not quantities.
  if (first && first.start === end && /\p{L}/u.test(first.word[0]!) && !first.value) return undefined
  if (first?.value?.kind === 'scale') {
    scale = first.value.value
    end = first.end
  }
  // "тисяч 100", "человек 100": a scale word or noun before the figure makes it approximate, the scale still counts.
  const previous = scale === 1 && !currency ? scaleBefore(text, m.index, lexicon) : undefined
  if (previous) {
    scale = previous.value
    start = previous.start
  }
  const u = unitAt(text, end, lang, lexicon, currency)
  const digits = parseFigure(m[1]!, lexicon, currency !== undefined, scale > 1 || u.isKnown)
  if (digits === undefined) return undefined
  const value = digits * scale
  return { start, end: u.end, kind: u.kind, low: value, high: value, unit: u.unit, normalized: `${value} ${u.unit}`.trim() }
}

/**
 * A scale word spelled out just before `offset` ("тисяч 100"), not itself after a figure ("5 миллионов 300" is
 * five million and 300); undefined when there is none.
 */
function scaleBefore(text: string, offset: number, lexicon: NumberLexicon): { value: number; start: number } | undefined {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, offset - 24), offset))
  const value = m ? lexicon.words.get(lexiconKey(m[1]!)) : undefined
  if (!m || value?.kind !== 'scale' || m[1]!.length < 5) return undefined
  const wordStart = offset - m[0].length + m[0].indexOf(m[1]!)
  if (/\d[ \u00a0]*$/.test(text.slice(Math.max(0, wordStart - 4), wordStart))) return undefined
  return { value: value.value, start: wordStart }
}

const WORD_BEFORE = /(?:^|[^\p{L}\p{N}.,])(\p{L}+)[ \u00a0]+$/u

/**
 * "21. století", "im 21. Jahrhundert": a figure with a full stop before a word is an ordinal in Czech and German.
 * A capital after the stop may start a sentence, so in German (nouns capitalised) only an article or preposition
 * before the figure makes it an ordinal.
 */
function isDottedOrdinal(text: string, start: number, end: number, lexicon: NumberLexicon): boolean {
  const next = /^\.[ \u00a0]+(\p{L})/u.exec(text.slice(end, end + 4))
  if (!next) return false
  if (next[1] === next[1]!.toLowerCase()) return true
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 12), start))
  return lexicon.isNounCapitalised && before !== null && lexicon.functionWords.has(lexiconKey(before[1]!))
}

/** "два солдата", "dwie osoby", "zwei Millionen Euro": a number word needs what it counts after it. */
function counted(text: string, m: RegExpExecArray, lang: string, lexicon: NumberLexicon): Reading | undefined {
  let value = lexicon.numberWords.get(lexiconKey(m[2]!))
  if (value === undefined) return undefined
  let end = m.index + m[0].length
  const first = tokenAt(text, end, lexicon)
  const isScaled = first?.value?.kind === 'scale'
  if (first?.value?.kind === 'scale') {
    value *= first.value.value
    end = first.end
  }
  // "один" counts only with a scale word: "один миллион", not "один из".
  if (value === 1 && !isScaled) return undefined
  const u = unitAt(text, end, lang, lexicon, undefined)
  if (u.unit === '' && !isScaled) return undefined
  const kind = u.unit === '' ? 'number' : u.kind
  return { start: m.index, end: u.end, kind, low: value, high: value, unit: u.unit, normalized: `${value} ${u.unit}`.trim() }
}

/** "десятки людей", "сотни тысяч беженцев", "Tausende von Menschen": a range, as English "thousands of people". */
function vague(text: string, m: RegExpExecArray, lang: string, lexicon: NumberLexicon): Reading | undefined {
  // "десятки тысяч" reads as its last magnitude, as English "tens of thousands" reads as "thousands".
  const magnitude = lexicon.vague.get(lexiconKey(m[4] ?? m[3]!)) ?? 1
  let end = m.index + m[0].length
  const link = tokenAt(text, end, lexicon)
  if (lexicon.vagueLink && link && lexiconKey(link.word) === lexicon.vagueLink) end = link.end
  const u = unitAt(text, end, lang, lexicon, undefined)
  if (u.unit === '' || u.kind === 'percent') return undefined
  const [low, high] = [magnitude * 2, magnitude * 1000]
  return { start: m.index, end: u.end, kind: u.kind, low, high, unit: u.unit, normalized: `${low}..${high} ${u.unit}` }
}

/**
 * The value of a figure written with the language's separators, or undefined when it is not one number (a date
 * "14.02.2021", a time "14:30", a fraction "1/2", a list "1,2,3"). A comma is a decimal comma; a full stop
 * before three digits groups thousands in German, and elsewhere only as "10.000" or "1.000.000".
 */
export function parseFigure(raw: string, lexicon: NumberLexicon, hasCurrencySymbol: boolean, hasUnit: boolean): number | undefined {
  if (/[:/]/.test(raw)) return undefined
  const s = raw.replace(/[ \u00A0\u202F\u2009]/g, '')
  const commas = s.split(',').length - 1
  const dots = s.split('.').length - 1
  const isGroups = (sep: string): boolean => s.split(sep).slice(1).every((g) => g.length === 3)
  let plain: string
  if (commas === 0 && dots === 0) plain = s
  else if (commas > 0 && dots > 0) {
    // "1.234,5" (German) or "1,234.5" (English written in a translation): the last separator is the decimal one.
    plain = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '')
    if (plain.split('.').length > 2) return undefined
  } else if (commas > 1 || dots > 1) {
    if (!isGroups(commas > 1 ? ',' : '.')) return undefined
    plain = s.replace(/[.,]/g, '')
  } else {
    const sep = commas === 1 ? ',' : '.'
    const [whole, fraction] = s.split(sep) as [string, string]
    // Thousands: German "10.000"; "10.000" / "$25,000" in any language (a decimal is never written with three zeros).
    const isThousands = fraction.length === 3 && ((sep === '.' && lexicon.isDotGrouping) || fraction === '000' || (sep === ',' && hasCurrencySymbol))
    // "14.02", "21.55" with nothing after: a day and month or a time, not a figure ("3.90" is a figure).
    if (sep === '.' && !isThousands && !hasUnit && fraction.length === 2 && isDayOrTime(Number(whole), Number(fraction)) && whole.length <= 2) return undefined
    plain = isThousands ? whole + fraction : `${whole}.${fraction}`
  }
  const value = Number(plain)
  return Number.isFinite(value) ? value : undefined
}

function isDayOrTime(a: number, b: number): boolean {
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a <= 23 && b <= 59)
}
