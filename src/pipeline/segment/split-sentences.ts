import { createRequire } from 'node:module'
import type WinkNLP from 'wink-nlp'
import type { ItemSentence, WinkMethods } from 'wink-nlp'
import type { Sentence, Token } from '../../model/index.js'
import { foldName, shadowText, truecaseTitleLines } from '../text/index.js'
import { winkEnglishModel } from './wink-english-model.js'

// wink-nlp: ~0.9M tokens/s for sentences, POS and lemmas on this machine; loaded on first use (about a tenth of a
// second), once per process, so commands that split no text never pay for it.
let loaded: WinkMethods | undefined
function nlp(): WinkMethods {
  if (loaded === undefined) {
    const winkNLP = createRequire(import.meta.url)('wink-nlp') as typeof WinkNLP
    loaded = winkNLP(winkEnglishModel(), ['sbd', 'pos'])
  }
  return loaded
}

/**
 * Splits `text` into sentences with tokens, never across a paragraph break ("\n\n"), so a headline-like
 * subhead without a full stop stays its own sentence. Offsets are UTF-16 into `text`.
 *
 * @example splitSentences('Sen. Warren spoke. Then she left.').length // 2
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  // wink splits words at letters it does not know (Ł in "Łukaszenka"); it reads a same-length folded copy instead,
  // with title-case headlines in their words' own case, so "To Host" is tagged as the verb it is, not a name.
  const shadow = shadowText(truecaseTitleLines(text))
  const paragraphRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g
  let paragraph = 0
  for (let m = paragraphRe.exec(shadow); m; m = paragraphRe.exec(shadow)) {
    if (m[0].trim().length === 0) continue
    splitParagraph(text, m.index, m[0], paragraph, sentences)
    paragraph++
  }
  return sentences
}

function splitParagraph(text: string, offset: number, paragraphShadow: string, paragraph: number, out: Sentence[]): void {
  const wink = nlp()
  const its = wink.its
  const doc = wink.readDoc(paragraphShadow)
  const values = doc.tokens().out()
  const pos = doc.tokens().out(its.pos)
  // wink's typings declare lemma with a model-addon signature; at runtime it is a plain token property.
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[]
  // wink gives token strings, not offsets: find each in order. -1 marks a token not found verbatim.
  const starts: number[] = []
  const tokens: Token[] = []
  let cursor = 0
  for (const [i, value] of values.entries()) {
    const at = paragraphShadow.indexOf(value, cursor)
    starts.push(at < 0 ? -1 : offset + at)
    if (at < 0 || value.trim().length === 0) continue
    cursor = at + value.length
    const start = offset + at
    const tokenText = text.slice(start, start + value.length)
    const lemma = lemmas[i] ?? tokenText.toLowerCase()
    tokens.push({ start, end: start + value.length, text: tokenText, pos: pos[i] ?? 'X', norm: foldName(tokenText) || tokenText, lemma })
  }
  // A line without a final stop (a headline, a dateline) ends its sentence at the line break, unless the paragraph is
  // hard-wrapped prose, where line breaks fall anywhere.
  const breaks = isHardWrapped(paragraphShadow) ? [] : lineBreaks(paragraphShadow, offset)
  // Tokens, breaks and sentences are all in text order: moving cursors assign them in linear time.
  let next = 0
  let nextBreak = 0
  const spans: [number, number][] = []
  doc.sentences().each((s: ItemSentence) => {
    const span = s.out(its.span) as unknown as [number, number]
    const previous = spans[spans.length - 1]
    // wink ends a sentence inside a decimal glued to a word ("magnitude-5.9" → "magnitude-5." + "9 shook …"), and
    // after abbreviations it does not know, which the other languages are full of ("и т. д.", "в 1990 г. в Москве",
    // "5 тыс. руб. на", "Např. cukr", "am 6. Dezember"): such cuts are mended (isCut).
    if (previous && isCut(text, starts, values, previous, span[0])) previous[1] = span[1]
    else spans.push([span[0], span[1]])
  })
  for (const [first, last] of spans) {
    const start = starts[first] ?? -1
    const lastStart = starts[last] ?? -1
    if (start < 0 || lastStart < 0) continue
    const end = lastStart + (values[last] ?? '').length
    while (next < tokens.length && tokens[next]!.start < start) next++
    const sentenceTokens: Token[] = []
    while (next < tokens.length && tokens[next]!.end <= end) sentenceTokens.push(tokens[next++]!)
    if (sentenceTokens.length === 0) continue
    while (nextBreak < breaks.length && breaks[nextBreak]! <= start) nextBreak++
    const inside: number[] = []
    for (let k = nextBreak; k < breaks.length && breaks[k]! < end; k++) inside.push(breaks[k]!)
    const parts = splitAtBreaks(sentenceTokens, inside)
    for (const [n, part] of parts.entries()) {
      const partStart = part[0]!.start
      // The last part keeps the sentence's end (its closing punctuation); the others end at their last token.
      const partEnd = n === parts.length - 1 ? end : part[part.length - 1]!.end
      out.push({ start: partStart, end: partEnd, text: text.slice(partStart, partEnd), paragraph, tokens: part })
    }
  }
}

/**
 * True when wink's sentence end after `previous` (its first and last token) and before token `next` (its next
 * sentence's first) is no end:
 * - a decimal glued to a word: `next` starts with a digit right after "<digit>." ("magnitude-5.9");
 * - an abbreviation: a full stop, then on the same line a word in lower case ("и т. д.", "1990 г. в Москве",
 *   "Např. cukr"), which no sentence of these languages starts with, or a month after a day ("am 6. Dezember");
 *   also when the stop is inside closing brackets or quotes ("McConnell (R-Ky.) to raise", "(D-Mass.) and");
 * - a stop inside a parenthesis that the next part closes ("Manchin (D-W." + "Va.) released").
 */
function isCut(text: string, starts: readonly number[], values: readonly string[], previous: readonly [number, number], next: number): boolean {
  const [firstOfPrevious, last] = previous
  const lastStart = starts[last] ?? -1
  const nextStart = starts[next] ?? -1
  if (lastStart < 0 || nextStart < 0) return false
  const end = lastStart + (values[last] ?? '').length
  const first = text.slice(nextStart, nextStart + (values[next] ?? '').length)
  const sameLine = /^[ \t\u00a0]+$/.test(text.slice(end, nextStart))
  if (sameLine && /\.[)\]”’"'»]+$/.test(text.slice(Math.max(0, end - 4), end))) return continuesSentence(first)
  if (text[end - 1] !== '.') return false
  if ((nextStart === end || sameLine) && closesAParenthesis(text, starts[firstOfPrevious] ?? lastStart, end, nextStart)) return true
  if (nextStart === end) return /\d\.$/.test(text.slice(end - 2, end)) && /^\d/.test(first)
  if (!sameLine) return false
  if (/^\p{Ll}/u.test(first)) return continuesSentence(first)
  if (/\d\.$/.test(text.slice(end - 2, end))) return isMonthName(first)
  // Before a capital: an initial ("В. Зеленський", "С. Тихановская") or a title or street word ("ген. Залужный",
  // "ул. Ленина"), not a word that may end a sentence.
  const word = /(?<!\p{L})(\p{L}+)\.$/u.exec(text.slice(Math.max(0, end - 12), end))?.[1]
  if (word === undefined) return false
  // wink knows Latin initials ("O. Scholz") and splits after "vitamin C."; Cyrillic ones it does not know.
  if (word.length === 1) return /\p{Script=Cyrillic}/u.test(word) && (/\p{Lu}/u.test(word) || (ABBREVIATIONS_BEFORE_NAMES.has(word) && !/\d\s*$/.test(text.slice(Math.max(0, end - 6), end - 2))))
  return ABBREVIATIONS_BEFORE_NAMES.has(word.toLowerCase())
}

/** A word in lower case continues the sentence; a brand in camel case ("iPhone", "eBay") may start one. */
function continuesSentence(word: string): boolean {
  return /^\p{Ll}/u.test(word) && !/^\p{Ll}+\p{Lu}/u.test(word)
}

/** True when text[from, end) leaves a parenthesis open and the text after `nextStart` closes it within a few words. */
function closesAParenthesis(text: string, from: number, end: number, nextStart: number): boolean {
  let open = 0
  for (let i = text.indexOf('(', from); i >= 0 && i < end; i = text.indexOf('(', i + 1)) open++
  for (let i = text.indexOf(')', from); i >= 0 && i < end; i = text.indexOf(')', i + 1)) open--
  if (open <= 0) return false
  const after = text.slice(nextStart, nextStart + 24)
  const close = after.indexOf(')')
  return close >= 0 && !after.slice(0, close).includes('(') && !/[.!?]\s/.test(after.slice(0, close))
}

/**
 * Abbreviations that stand before a name or a place and never end a sentence of ru, uk, be, pl, cs or de news:
 * titles and ranks, street and place words. The one-letter ones ("г. Минск", "м. Київ", "с. Петрівка") count only
 * when no number stands before them ("в 1990 г.", "10 м." end sentences).
 */
const ABBREVIATIONS_BEFORE_NAMES: ReadonlySet<string> = new Set([
  // ru, be
  'ул', 'им', 'ген', 'св', 'пр', 'просп', 'пл', 'пер', 'обл', 'акад', 'проф', 'доц', 'гр', 'тов', 'вул', 'г', 'с', 'пос', 'дер',
  // uk
  'ім', 'м', 'смт', 'пров', 'бульв', 'майд',
  // pl, cs
  'ul', 'al', 'pl', 'gen', 'prof', 'ks', 'św', 'im', 'dr', 'mgr', 'inż', 'płk', 'ppłk', 'kpt', 'mjr', 'por', 'nám', 'doc', 'sv', 'plk',
  // de
  'prof', 'st', 'hr', 'fr', 'nr', 'str', 'dipl',
])

/**
 * German month names (the one language here that capitalises them) after a day's full stop: "am 6. Dezember".
 * The other languages write months in lower case, which the lower-case rule reads. A fixed list, not Intl: a cold
 * start built seven languages' month tables for the first "… in 2024." of a text (30 ms of `compare`).
 */
const GERMAN_MONTHS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
])

function isMonthName(word: string): boolean {
  return GERMAN_MONTHS.has(word.toLowerCase())
}

/** Offsets of the line breaks that follow a line with no final punctuation. */
function lineBreaks(paragraph: string, offset: number): number[] {
  const out: number[] = []
  for (let i = paragraph.indexOf('\n'); i >= 0; i = paragraph.indexOf('\n', i + 1)) {
    if (!/[.!?…:;,"'”»)\]]\s*$/.test(paragraph.slice(Math.max(0, i - 3), i))) out.push(offset + i)
  }
  return out
}

// Hard-wrapped prose: three or more lines, most of them long and ending mid-sentence.
function isHardWrapped(paragraph: string): boolean {
  const lines = paragraph.split('\n')
  if (lines.length < 3) return false
  const body = lines.slice(0, -1)
  const wrapped = body.filter((l) => l.trim().length >= 50 && !/[.!?…"”»]\s*$/.test(l)).length
  return wrapped / body.length >= 0.6
}

/** The tokens of one sentence in runs cut at the line breaks inside it (offsets in ascending order). */
function splitAtBreaks(tokens: Token[], inside: readonly number[]): Token[][] {
  if (inside.length === 0) return [tokens]
  const parts: Token[][] = []
  let current: Token[] = []
  let k = 0
  for (const token of tokens) {
    while (k < inside.length && inside[k]! < token.start) {
      if (current.length > 0) parts.push(current)
      current = []
      k++
    }
    current.push(token)
  }
  if (current.length > 0) parts.push(current)
  return parts
}
