import type { Span } from '../../model/index.js'

/** A quotation found by its marks: `outer` includes the marks, `inner` is the quoted content. */
export interface MarkedSpan {
  readonly outer: Span
  readonly inner: Span
  /** True when the closing mark was missing and the quote was closed at the end of its paragraph. */
  readonly isUnclosed: boolean
}

const OPENERS: Readonly<Record<string, string>> = { '“': '”', '„': '“”', '«': '»', '‹': '›', '”': '”' }
const CLOSERS = new Set(['”', '“', '»', '›'])
// German »…« and ›…‹ open with what closes elsewhere, and ‚…‘ (German, Czech) with a sign that is also a comma:
// these open only where a word follows and their closer comes later in the paragraph, so a stray "»" (a
// breadcrumb "Home » News") changes nothing.
const OPEN_IF_CLOSED: Readonly<Record<string, string>> = { '»': '«', '›': '‹', '‚': '‘' }
// Two apostrophes stand for a straight double quote in some newswire text (the New York Times archive:
// ''It's a large community,'' he said).
const DOUBLE_APOSTROPHE = "''"

/**
 * Finds top-level quotations in one paragraph. Curly marks pair by kind; straight double quotes (and '' pairs)
 * pair by position: one before a word opens, one after a word closes, so `this "would calm some "minds" who…"`
 * nests correctly. Offsets are into `paragraph` plus `offset`.
 */
export function findQuoteMarks(paragraph: string, offset = 0): MarkedSpan[] {
  const found: MarkedSpan[] = []
  const stack: { at: number; width: number; closers: string }[] = []
  // Visit only quotation characters (and the apostrophes of ''…''): most of a paragraph is plain text.
  const marks = /["“”„«»‹›‚‘]|''/g
  for (let m = marks.exec(paragraph); m; m = marks.exec(paragraph)) {
    const i = m.index
    const ch = paragraph[i]!
    const straight = ch === '"' ? '"' : paragraph.startsWith(DOUBLE_APOSTROPHE, i) ? DOUBLE_APOSTROPHE : ''
    const width = straight.length || 1
    const top = stack[stack.length - 1]
    const closes = straight ? top?.closers === straight && isClosingStraight(paragraph, i, width) : top !== undefined && top.closers.includes(ch) && top.closers !== DOUBLE_APOSTROPHE
    if (top && closes) {
      stack.pop()
      if (stack.length === 0) found.push(makeSpan(top, i + width, width, offset, false))
      marks.lastIndex = i + width
      continue
    }
    if (straight) {
      marks.lastIndex = i + width
      if (isClosingStraight(paragraph, i, width) && !isOpeningStraight(paragraph, i, width)) continue
      stack.push({ at: i, width, closers: straight })
      continue
    }
    const pending = OPEN_IF_CLOSED[ch]
    if (pending) {
      if (isOpeningStraight(paragraph, i, 1) && paragraph.lastIndexOf(pending) > i) stack.push({ at: i, width: 1, closers: pending })
      continue
    }
    const closers = OPENERS[ch]
    // "”" opens only in Swedish/Finnish style (”…”); treat it as an opener when nothing is open and a word follows.
    if (closers && (ch !== '”' || (stack.length === 0 && isOpeningStraight(paragraph, i, 1)))) stack.push({ at: i, width: 1, closers })
    else if (CLOSERS.has(ch)) continue
  }
  const unclosed = stack[0]
  if (unclosed) {
    // Spacing is a guess at a straight mark's direction that a misplaced space defeats (`…get by, "said Bizianis`
    // opens a quote there, and every later quote of the paragraph shifts by one, the first left open to its end).
    // When straight double quotes are all the paragraph has and they come in pairs, they pair in order instead.
    const inOrder = pairInOrder(paragraph, offset)
    if (inOrder) return inOrder
    found.push(makeSpan(unclosed, trimEnd(paragraph), 0, offset, true))
  }
  return found
}

/** Straight double quotes paired first with second, third with fourth…; undefined unless they are the paragraph's
 *  only quotation marks, even in number, and no pair is empty. */
function pairInOrder(paragraph: string, offset: number): MarkedSpan[] | undefined {
  if (/[“”„«»‹›‚‘]|''/.test(paragraph)) return undefined
  const at: number[] = []
  for (let i = paragraph.indexOf('"'); i >= 0; i = paragraph.indexOf('"', i + 1)) at.push(i)
  if (at.length === 0 || at.length % 2 !== 0) return undefined
  const spans: MarkedSpan[] = []
  for (let k = 0; k < at.length; k += 2) {
    if (at[k + 1]! - at[k]! < 2) return undefined
    spans.push(makeSpan({ at: at[k]!, width: 1 }, at[k + 1]! + 1, 1, offset, false))
  }
  return spans
}

function makeSpan(open: { at: number; width: number }, close: number, closeWidth: number, offset: number, isUnclosed: boolean): MarkedSpan {
  return {
    outer: { start: offset + open.at, end: offset + close },
    inner: { start: offset + open.at + open.width, end: offset + close - closeWidth },
    isUnclosed,
  }
}

function trimEnd(paragraph: string): number {
  return paragraph.trimEnd().length
}

function isOpeningStraight(text: string, i: number, width: number): boolean {
  const before = text[i - 1]
  const after = text[i + width]
  return (before === undefined || /[\s([{—–-]/.test(before)) && after !== undefined && !/\s/.test(after)
}

function isClosingStraight(text: string, i: number, width: number): boolean {
  const before = text[i - 1]
  const after = text[i + width]
  return before !== undefined && !/\s/.test(before) && (after === undefined || /[\s.,;:!?)\]—–-]/.test(after))
}
