import type { Sentence } from '../../model/index.js'
import { findDates, findNumbers } from '../values/index.js'
import { memoizeByObject } from '../memoize.js'
import type { SentenceConcepts } from './concepts.js'

/** Why two similar sentences of different articles are not one fact. */
export type Contradiction = 'figures' | 'polarity'

/**
 * Two sentences that share their words may still say different things: different figures ("killed 40 people" /
 * "at least 43 killed") or one denying what the other states ("no casualties were confirmed" / "civilian
 * casualties"). Calling those one shared fact would tell the reader the outlets agree where they disagree, so they
 * are never merged; the caller reports them as a conflict instead. Returns null when neither test fires.
 */
export function findContradiction(a: SentenceConcepts, b: SentenceConcepts): Contradiction | null {
  // Each side states a figure the other lacks: one may add a detail, but both replacing one is a different figure.
  const [onlyA, onlyB] = changedFigures(a, b)
  if (onlyA.length > 0 && onlyB.length > 0) return 'figures'
  // Across languages a denial is often lexical ("no snow" / "отсутствие снега", "not sufficient" / "недостаточно"),
  // so polarity is compared only between sentences of one language.
  if (a.language !== b.language) return null
  const pa = polarityOf(a.sentence, a.language)
  const pb = polarityOf(b.sentence, b.language)
  if (pa !== 'unknown' && pb !== 'unknown' && pa !== pb) return 'polarity'
  return null
}

/** A figure of a sentence: its value as read in its language, and its digits as written. */
interface Figure {
  readonly value: string
  readonly digits: readonly string[]
}

/**
 * The figure values each sentence states that the other states in no form (neither its value nor its digits),
 * distinct, in text order: "killed 40 people" / "at least 43 killed" → [["40"], ["43"]].
 */
export function changedFigures(a: SentenceConcepts, b: SentenceConcepts): [string[], string[]] {
  const [fa, fb] = [figuresOfSentence(a), figuresOfSentence(b)]
  return [distinctValues(unmatchedFigures(fa, fb)), distinctValues(unmatchedFigures(fb, fa))]
}

// Alignment asks about one sentence against many candidates: its figures are read once.
const figuresOfSentence = memoizeByObject((s: SentenceConcepts): Figure[] => figuresOf(s.sentence.text, s.language))

/**
 * The figures of a text: quantities as read by `findNumbers` ("757 тыс." and "757,000" → 757000; "Двадцать" and
 * "Twenty" → 20), and every other digit run (dates, codes), with thousands separators removed and leading zeros
 * dropped ("14.02.2021" → 14, 2, 2021).
 */
function figuresOf(text: string, language: string): Figure[] {
  const dates = findDates(text, undefined, language)
  const numbers = findNumbers(text, dates, language)
  const out: Figure[] = []
  let rest = text
  for (const n of numbers) {
    out.push({ value: String(n.low), digits: digitRuns(n.text) })
    rest = rest.slice(0, n.start) + ' '.repeat(n.end - n.start) + rest.slice(n.end)
  }
  // Clock times are written in too many ways ("5.30pm", "17:30", "17 ч 30 мин") to compare by digits, and figures
  // glued to letters are ordinals, decades and names ("86th", "1990s", "G7", "MS-22"), not amounts.
  for (const run of digitRuns(rest.replace(CLOCK_TIME, ' ').replace(GLUED_TO_LETTERS, ' '))) out.push({ value: run, digits: [run] })
  return out
}

const CLOCK_TIME = /\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?)(?![\p{L}])|\b\d{1,2}:\d{2}\b/giu

const GLUED_TO_LETTERS = /[\p{L}][\p{L}-]*\d[\d\p{L}-]*|\d+(?:st|nd|rd|th|s|ies)\b|\d+[\p{L}][\p{L}]*/giu

function digitRuns(text: string): string[] {
  const joined = text.replace(/(\d)[,.\u00a0\u202f\u2009 ](?=\d{3}(?!\d))/g, '$1')
  return (joined.match(/\d+/g) ?? []).map((run) => run.replace(/^0+(?=\d)/, ''))
}

/** The figures of `figures` that the other side states in no form: neither its value nor its digits. */
function unmatchedFigures(figures: readonly Figure[], other: readonly Figure[]): Figure[] {
  const known = new Set(other.flatMap((f) => [f.value, ...f.digits]))
  // "2.5" read as 2.5 in one language and as digits 2, 5 in another is still the same figure.
  return figures.filter((f) => !known.has(f.value) && !(f.digits.length > 0 && f.digits.every((d) => known.has(d))))
}

function distinctValues(figures: readonly Figure[]): string[] {
  return [...new Set(figures.map((f) => f.value))]
}

// Negation words per language. Czech negates with a verb prefix ("nebyl") that a word list cannot tell from
// words that merely start with "ne" ("nemocnice"), so Czech polarity stays unknown.
const NEGATIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['no', 'not', "n't", 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot']),
  ru: new Set(['не', 'нет', 'ни', 'никто', 'ничего', 'никогда', 'без', 'нельзя']),
  uk: new Set(['не', 'ні', 'немає', 'нема', 'ніхто', 'нічого', 'ніколи', 'без']),
  be: new Set(['не', 'ні', 'няма', 'ніхто', 'нічога', 'ніколі', 'без']),
  pl: new Set(['nie', 'brak', 'nikt', 'nic', 'nigdy', 'bez', 'żaden', 'żadnych', 'żadnego', 'żadne', 'żadna']),
  de: new Set(['nicht', 'kein', 'keine', 'keinen', 'keiner', 'keines', 'keinem', 'nie', 'niemals', 'niemand', 'nichts', 'ohne']),
}

const NOT_ONLY = new Set(['only', 'just', 'merely', 'только', 'лишь', 'тільки', 'лише', 'толькі', 'tylko', 'nur'])

/** Whether a sentence is negated, by its language's negation words; 'unknown' where the language has no list. */
export function polarityOf(sentence: Sentence, language: string): 'negated' | 'affirmed' | 'unknown' {
  const words = NEGATIONS[language]
  if (!words) return 'unknown'
  const tokens = sentence.tokens
  for (const [i, token] of tokens.entries()) {
    // "not only … but also" adds, it does not deny.
    if (words.has(token.text.toLowerCase()) && !NOT_ONLY.has(tokens[i + 1]?.text.toLowerCase() ?? '')) return 'negated'
  }
  return 'affirmed'
}
