import type { Sentence, Token } from '../../model/index.js'
import { findDates, findNumbers, isConsistentNumber } from '../values/index.js'
import { memoizeByObject } from '../memoize.js'
import { sharedConceptCount, type SentenceConcepts } from './concepts.js'
import { spansOfTime } from './span-of-time.js'

/**
 * Why two similar sentences of different articles are not one fact: other figures, a denial of what the other
 * states (both shown as a conflict), or a negation that may change what the sentence says but is no clear denial
 * ('unsure': kept apart, not shown; a conflict accuses the outlets of disagreeing, so it must be clear).
 */
export type Contradiction = 'figures' | 'polarity' | 'unsure'

/**
 * Two sentences that share their words may still say different things: different figures ("killed 40 people" /
 * "at least 43 killed") or one denying what the other states ("no casualties were confirmed" / "civilian
 * casualties"). Calling those one shared fact would tell the reader the outlets agree where they disagree, so they
 * are never merged; the caller reports them as a conflict instead, except 'unsure' ones. Returns null when the
 * sentences may be one fact: no figure replaced, and any negation only in a clause about something else ("A bomb …
 * killed a police officer …, and state police did not have any suspects" / "An explosion … killed a police officer").
 */
export function findContradiction(a: SentenceConcepts, b: SentenceConcepts): Contradiction | null {
  const found = contradictionOf(a, b)
  // An excerpt cut short ("This election is not about Democrats or...") says too little to deny or replace anything
  // for sure: kept apart, not shown.
  return found !== null && (isCutShort(a.sentence) || isCutShort(b.sentence)) ? 'unsure' : found
}

function contradictionOf(a: SentenceConcepts, b: SentenceConcepts): Contradiction | null {
  // Each side states a figure the other lacks: one may add a detail, but both replacing one is a different figure,
  // unless each is only another reading of one of the other's ("53 percent to 47 percent" / "just over 53 percent,
  // with Wright taking 46.7 percent"; "1,626,042 signatures" / "more than 1.6 million"), within one language (across
  // languages every change counts, as in `isComparableChange`).
  const [onlyA, onlyB] = unmatchedPair(a, b)
  if (onlyA.length > 0 && onlyB.length > 0 && !(a.language === b.language && readingsOfOneAnother(onlyA, onlyB, sharedFigures(a, b)))) {
    // A forecast and a result are two quantities ("brought in $3.5 billion in revenue" / "expects to make $70.5
    // billion in revenue this year"): kept apart, not shown as a disagreement. Read in English only, so only
    // between English sentences.
    // So are totals over other spans of time, or one over a span and one without ("$5 trillion in new spending over
    // the next decade" / "a $6 trillion budget").
    return a.language === b.language && (isForecast(a) !== isForecast(b) || periodsOf(a) !== periodsOf(b)) ? 'unsure' : 'figures'
  }
  // Across languages a denial is often lexical ("no snow" / "отсутствие снега", "not sufficient" / "недостаточно"),
  // so polarity is compared only between sentences of one language.
  if (a.language !== b.language) return null
  const pa = polarityOf(a.sentence, a.language)
  const pb = polarityOf(b.sentence, b.language)
  if (pa === 'unknown' || pb === 'unknown' || pa === pb) return null
  const negated = pa === 'negated' ? a : b
  // A command ("Don't wear a mask.") or a condition ("cannot pass as long as …", "unless …") states no denial.
  if (isCommandOrCondition(negated)) return 'unsure'
  return negationAbout(negated, pa === 'negated' ? b : a)
}

/** A sentence that ends cut short: "…" or "..." (an excerpt), before any closing mark. */
function isCutShort(sentence: Sentence): boolean {
  return /(?:\.\.\.|…)["'”’»)\]]*\s*$/.test(sentence.text)
}

/**
 * English: a figure stated as expected, planned or possible, a forecast word before it in its clause ("expects to
 * make $70.5 billion", "will propose $6 trillion", "could reach 40,000"). Capitalised "May" is the month.
 */
function isForecast(s: SentenceConcepts): boolean {
  return s.language === 'en' && FORECAST.test(s.sentence.text)
}

const FORECAST =
  /(?<!\p{L})(?:[Ee]xpect(?:s|ed|ing)?|[Ff]orecast(?:s|ing)?|[Pp]roject(?:s|ed|ing)|[Pp]redict(?:s|ed|ing)?|[Aa]nticipat(?:es|ed|ing)|will|would|could|may|might|[Pp]lan(?:s|ned)? to|[Aa]im(?:s|ed)? to|set to|on track to)(?!\p{L})[^,;:.!?—–]{0,60}?\d/u

/** English: the spans of time the sentence's figures are counted over (see spansOfTime); "" elsewhere. Once per sentence. */
const periodsOf = memoizeByObject((s: SentenceConcepts): string => (s.language === 'en' ? spansOfTime(s.sentence.text) : ''))

/** English: a negated command ("Don't …", "Do not …" opening the sentence) or a negation under a condition. */
function isCommandOrCondition(s: SentenceConcepts): boolean {
  if (s.language !== 'en') return false
  return /^["“'‘]?(?:don['’]t|do not|never)\s/i.test(s.sentence.text) || /\b(?:as long as|unless|until|if)\b/i.test(s.sentence.text)
}

/**
 * What the negations of `s` do to what it shares with `other`, read in the clause of `s` that shares the most
 * concepts with `other` (on a tie, any of those clauses): nothing when no negation stands there (null); a denial when
 * the word it negates is one `other` states too ("no casualties were confirmed" / "civilian casualties") and it does
 * not qualify a detail (a relative clause, "for not meeting", "but not"); else 'unsure': "did not agree with
 * activists" / "condemned activists" and "I don't think we will see lockdowns" / "… to avoid lockdowns" say one
 * thing in two ways.
 */
function negationAbout(s: SentenceConcepts, other: SentenceConcepts): Contradiction | null {
  const words = NEGATIONS[s.language]!
  const tokens = s.sentence.tokens
  const conceptAt = new Map(s.concepts.map((c) => [c.start, c]))
  const clauses = clauseBounds(tokens).map(([from, to]) => {
    const [start, end] = [tokens[from]!.start, tokens[to - 1]!.end]
    const shared = sharedConceptCount(s.concepts.filter((c) => c.start >= start && c.end <= end), other.concepts)
    let negated = false
    let denies = false
    for (let i = from; i < to && !denies; i++) {
      if (!isNegation(tokens, i, words)) continue
      negated = true
      if (isSubordinate(tokens, from, i)) continue
      const next = tokens.slice(i + 1, Math.min(to, i + 1 + NEGATED_WORD_REACH)).find((t) => (s.language === 'en' ? CONTENT_POS.has(t.pos) : conceptAt.has(t.start)))
      const concept = next && conceptAt.get(next.start)
      denies = concept !== undefined && sharedConceptCount([concept], other.concepts) > 0
    }
    return { shared, negated, denies }
  })
  const most = Math.max(...clauses.map((c) => c.shared))
  const best = clauses.filter((c) => c.shared === most)
  if (best.some((c) => c.denies)) return 'polarity'
  return best.some((c) => c.negated) ? 'unsure' : null
}

/**
 * A negation that qualifies a detail, not the clause's statement: in a relative clause ("a report that found he
 * harassed 11 women, including others who did not work for him"), or right after a preposition or conjunction
 * ("for not meeting a deadline", "British but not American reporters").
 */
function isSubordinate(tokens: readonly Token[], from: number, negation: number): boolean {
  const before = tokens[negation - 1]
  if (before && (before.pos === 'ADP' || before.pos === 'CCONJ' || before.pos === 'SCONJ')) return true
  for (let k = from; k < negation; k++) if (RELATIVE_WORDS.has(tokens[k]!.text.toLowerCase())) return true
  return false
}

const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'where', 'который', 'которая', 'которые', 'которого', 'який', 'яка', 'які', 'który', 'która', 'które', 'którzy'])

// The negated word is the first content word within this many tokens of the negation ("did not have", "no officers",
// "was not yet confirmed"): in English by its part of speech, so that "did not take questions" negates "take" (too
// common to be a concept: no denial of "questions"); in the other languages the first word that is a concept.
const NEGATED_WORD_REACH = 4
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM'])

// A comma before these, or a semicolon, starts another clause: "…, and state police did not…", "…, while …".
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'since', 'which', 'who'])

/** A verb of its own within a few words, not an infinitive: "…, and state police did not have" opens a clause,
 *  "…, and YouTube creators to monetize content" goes on with a list. */
function hasOwnVerb(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k]!
    if (t.pos === 'PUNCT') return false
    if ((t.pos === 'VERB' || t.pos === 'AUX') && tokens[k - 1]?.text.toLowerCase() !== 'to') return true
  }
  return false
}

/** Token ranges [from, to) of a sentence's clauses. */
function clauseBounds(tokens: readonly Token[]): [number, number][] {
  const bounds: [number, number][] = []
  let from = 0
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!.text
    if (t === ';' || (t === ',' && CLAUSE_OPENERS.has(tokens[i + 1]!.text.toLowerCase()) && hasOwnVerb(tokens, i + 2))) {
      bounds.push([from, i + 1])
      from = i + 1
    }
  }
  bounds.push([from, tokens.length])
  return bounds
}

/** A figure of a sentence: its value as read in its language, its digits as written, and what it counts. */
interface Figure {
  readonly value: string
  readonly digits: readonly string[]
  /** "number", "money", "percent", … for quantities; "digits" for other digit runs (dates, codes). */
  readonly kind: string
  /** The counted thing ("troop", "dollar"); "" when none is named. */
  readonly unit: string
  /** Bounds of the value ("more than 40": 40 and up; "tens of billions": 1e10 to 1e11). */
  readonly low: number
  readonly high: number
}

/**
 * The figure values each sentence states that the other states in no form (neither its value nor its digits),
 * distinct, in text order: "killed 40 people" / "at least 43 killed" → [["40"], ["43"]].
 */
export function changedFigures(a: SentenceConcepts, b: SentenceConcepts): [string[], string[]] {
  const [onlyA, onlyB] = unmatchedPair(a, b)
  return [distinctValues(onlyA), distinctValues(onlyB)]
}

/** The figures each sentence states that the other states in no form, in text order. */
function unmatchedPair(a: SentenceConcepts, b: SentenceConcepts): [Figure[], Figure[]] {
  const [fa, fb] = [figuresOfSentence(a), figuresOfSentence(b)]
  return [unmatchedFigures(fa, fb), unmatchedFigures(fb, fa)]
}

/**
 * Whether a figure one sentence states in place of the other's could measure the same thing: of one kind, and
 * counting the same thing when both name it. "5.9 % boost" / "biggest increase in four decades", "Oct. 5" / "two
 * people familiar with", "killed 4 million" / "500 million doses" are other figures, not another value of one.
 * Across languages the readings of kind and unit disagree too often to ask for them (on the WMT dev tasks this
 * test cut number-conflict recall from 0.87 to 0.61): there only what no reading mistakes rules a pair out
 * ({@link isOtherFigure}).
 */
export function isComparableChange(a: SentenceConcepts, b: SentenceConcepts): boolean {
  const [onlyA, onlyB] = unmatchedPair(a, b)
  if (a.language !== b.language) return onlyA.some((x) => onlyB.some((y) => !isOtherFigure(x, y)))
  const shared = sharedFigures(a, b)
  // And not two readings of one value: "more than 40 states" / "48 states", "almost $139 million" / "$138 million";
  // nor a change told two ways around a figure both state ("from 405,000 to 385,000" / "dropped 20,000 to 385,000");
  // nor two date parts of other lengths (the day of "Jan. 6" is no other value of "2020").
  return onlyA.some((x) =>
    onlyB.some(
      (y) =>
        x.kind === y.kind &&
        (x.unit === y.unit || x.unit === '' || y.unit === '') &&
        !(x.kind === 'digits' && x.value.length !== y.value.length) &&
        !isConsistentNumber(x, y) &&
        !isChangeAround(x, y, shared),
    ),
  )
}

/**
 * Two figures that cannot be one value told two ways, in any pair of languages: a day and a year ("8 лютого" /
 * "August 2022"), a share and a count ("96.5 %" / "1998"), or amounts orders of magnitude apart ("двумя" days /
 * "400,000 demonstrators"). A figure changed on one side stays within a few times the other (40 / 43, 95 / 190).
 */
function isOtherFigure(x: Figure, y: Figure): boolean {
  if (x.kind === 'digits' && y.kind === 'digits' && digitsRole(x.value) !== digitsRole(y.value)) return true
  if ((x.kind === 'percent') !== (y.kind === 'percent')) return true
  const [small, large] = [Math.min(Math.abs(x.low), Math.abs(y.low)), Math.max(Math.abs(x.low), Math.abs(y.low))]
  return large > MAX_CHANGE_RATIO * Math.max(small, 1)
}

/** A digit run as a date part: a day or month (one or two digits: "7" / "14" is a changed day), else its length (a year). */
function digitsRole(value: string): number {
  return Math.max(2, value.length)
}

/** How many times larger one value of a figure may be than the other's and still be a change of it. */
const MAX_CHANGE_RATIO = 100

/** Every figure either sentence states that the other lacks (`unmatchedPair`) is a reading of one the other states:
 *  same kind, and consistent (overlapping bounds or within rounding, as `isConsistentNumber`), or the other side of
 *  a change around a figure both state (`isChangeAround`). */
function readingsOfOneAnother(onlyA: readonly Figure[], onlyB: readonly Figure[], shared: readonly Figure[]): boolean {
  const reads = (x: Figure, ys: readonly Figure[]): boolean => ys.some((y) => x.kind === y.kind && (isConsistentNumber(x, y) || isChangeAround(x, y, shared)))
  return onlyA.every((x) => reads(x, onlyB)) && onlyB.every((y) => reads(y, onlyA))
}

/**
 * One change told two ways around a figure both sentences state: the level it came from and the amount it moved
 * by ("fell to 385,000 from 405,000" / "dropped 20,000 to 385,000": 405,000 − 385,000 = 20,000).
 */
function isChangeAround(x: Figure, y: Figure, shared: readonly Figure[]): boolean {
  const exact = (f: Figure): boolean => f.low === f.high
  if (x.kind !== y.kind || !exact(x) || !exact(y)) return false
  const near = (u: number, v: number): boolean => Math.abs(u - v) <= 0.01 * Math.max(Math.abs(u), Math.abs(v))
  return shared.some((s) => s.kind === x.kind && exact(s) && (near(Math.abs(x.low - s.low), y.low) || near(Math.abs(y.low - s.low), x.low)))
}

/** The quantities both sentences state (same value). */
function sharedFigures(a: SentenceConcepts, b: SentenceConcepts): Figure[] {
  const values = new Set(figuresOfSentence(b).filter((f) => f.kind !== 'digits').map((f) => f.value))
  return figuresOfSentence(a).filter((f) => f.kind !== 'digits' && values.has(f.value))
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
    const [low, high] = hedged(text.slice(Math.max(0, n.start - HEDGE_REACH), n.start), n.low, n.high, language)
    out.push({ value: String(n.low), digits: digitRuns(n.text), kind: n.kind, unit: n.unit, low, high })
    rest = rest.slice(0, n.start) + ' '.repeat(n.end - n.start) + rest.slice(n.end)
  }
  // Clock times are written in too many ways ("5.30pm", "17:30", "17 ч 30 мин") to compare by digits, and figures
  // glued to letters are ordinals, decades and names ("86th", "1990s", "G7", "MS-22"), not amounts.
  for (const run of digitRuns(rest.replace(CLOCK_TIME, ' ').replace(GLUED_TO_LETTERS, ' '))) out.push({ value: run, digits: [run], kind: 'digits', unit: '', low: Number(run), high: Number(run) })
  return out
}

// Characters before a figure in which its hedge is looked for ("in excess of ", "upwards of ").
const HEDGE_REACH = 16

/**
 * The bounds a hedge before a figure gives it: "more than 40" / "over 40" / "at least 40" are 40 and up, "nearly 8" /
 * "almost 8" 80 % of 8 up to 8, "less than 6" / "up to 6" 6 and below, "about 1,000" within 10 %, so that "more than
 * 40 states" and "48 states" read as one value, as "nearly 8 percent" and "7.7 %" do. `before` is the text before
 * the figure; a figure with no hedge keeps its bounds.
 */
function hedged(before: string, low: number, high: number, language: string): [number, number] {
  const words = HEDGES[language] ?? HEDGES['en']!
  const tail = before.toLowerCase().replace(/[$€£¥]\s*$/, '').trimEnd()
  const ends = (list: readonly string[]): boolean => list.some((w) => tail === w || tail.endsWith(` ${w}`) || tail.endsWith(`(${w}`))
  // A finite top: isConsistentNumber also compares midpoints, which an infinite bound would make equal.
  if (ends(words.atLeast)) return [low, Number.MAX_SAFE_INTEGER]
  if (ends(words.nearly)) return [low * 0.8, high]
  if (ends(words.atMost)) return [0, high]
  if (ends(words.about)) return [low * 0.9, high * 1.1]
  return [low, high]
}

interface Hedges {
  readonly atLeast: readonly string[]
  readonly nearly: readonly string[]
  readonly atMost: readonly string[]
  readonly about: readonly string[]
}

const HEDGES: Readonly<Record<string, Hedges>> = {
  en: {
    atLeast: ['more than', 'over', 'above', 'at least', 'upwards of', 'in excess of'],
    nearly: ['nearly', 'almost', 'close to', 'just under', 'just shy of'],
    atMost: ['less than', 'fewer than', 'under', 'below', 'up to', 'at most', 'no more than'],
    about: ['about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'estimated'],
  },
  ru: { atLeast: ['более', 'свыше', 'больше', 'не менее', 'как минимум'], nearly: ['почти'], atMost: ['менее', 'меньше', 'до', 'не более'], about: ['примерно', 'порядка', 'около'] },
  uk: { atLeast: ['понад', 'більше', 'більш ніж', 'щонайменше', 'не менше'], nearly: ['майже'], atMost: ['менше', 'до', 'не більше'], about: ['приблизно', 'близько', 'орієнтовно'] },
  be: { atLeast: ['больш за', 'звыш', 'не менш'], nearly: ['амаль'], atMost: ['менш', 'да'], about: ['прыблізна', 'каля'] },
  pl: { atLeast: ['ponad', 'przeszło', 'co najmniej', 'więcej niż', 'powyżej'], nearly: ['prawie', 'niemal', 'blisko'], atMost: ['mniej niż', 'do', 'poniżej'], about: ['około', 'ok.', 'mniej więcej'] },
  cs: { atLeast: ['přes', 'více než', 'nejméně', 'minimálně'], nearly: ['téměř', 'skoro'], atMost: ['méně než', 'až', 'do'], about: ['asi', 'přibližně', 'zhruba', 'kolem'] },
  de: { atLeast: ['mehr als', 'über', 'mindestens', 'knapp über'], nearly: ['fast', 'knapp', 'beinahe'], atMost: ['weniger als', 'unter', 'bis zu', 'höchstens'], about: ['rund', 'etwa', 'ungefähr', 'circa', 'ca.'] },
}

const CLOCK_TIME = /\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?)(?![\p{L}])|\b\d{1,2}:\d{2}\b/giu

const GLUED_TO_LETTERS = /[\p{L}][\p{L}-]*\d[\d\p{L}-]*|\d+(?:st|nd|rd|th|s|ies)\b|\d+[\p{L}][\p{L}]*/giu

function digitRuns(text: string): string[] {
  const joined = text.replace(/(\d)[,.\u00a0\u202f\u2009 ](?=\d{3}(?!\d))/g, '$1')
  return (joined.match(/\d+/g) ?? []).map((run) => run.replace(/^0+(?=\d)/, ''))
}

/** The figures of `figures` that the other side states in no form: neither its value nor its digits. */
function unmatchedFigures(figures: readonly Figure[], other: readonly Figure[]): Figure[] {
  // As many times as the other states it: "today, 11 February … on 18 February" / "today, February 18 … on
  // February 18" changed one date, though each side's values are in the other.
  const known = new Map<string, number>()
  for (const f of other) for (const v of new Set([f.value, ...f.digits])) known.set(v, (known.get(v) ?? 0) + 1)
  const take = (v: string): boolean => {
    const left = known.get(v) ?? 0
    if (left > 0) known.set(v, left - 1)
    return left > 0
  }
  // "2.5" read as 2.5 in one language and as digits 2, 5 in another is still the same figure.
  return figures.filter((f) => !take(f.value) && !(f.digits.length > 0 && f.digits.every((d) => (known.get(d) ?? 0) > 0) && f.digits.every(take)))
}

function distinctValues(figures: readonly Figure[]): string[] {
  return [...new Set(figures.map((f) => f.value))]
}

// Negation words per language. Czech negates with a verb prefix ("nebyl") that a word list cannot tell from
// words that merely start with "ne" ("nemocnice"), so Czech polarity stays unknown.
const NEGATIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['no', 'not', "n't", 'n’t', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot']),
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
  return sentence.tokens.some((_, i) => isNegation(sentence.tokens, i, words)) ? 'negated' : 'affirmed'
}

function isNegation(tokens: readonly Token[], i: number, words: ReadonlySet<string>): boolean {
  // "not only … but also" adds, it does not deny.
  return words.has(tokens[i]!.text.toLowerCase()) && !NOT_ONLY.has(tokens[i + 1]?.text.toLowerCase() ?? '')
}
