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

/**
 * Finds top-level quotations in one paragraph. Curly marks pair by kind; straight double quotes pair by position:
 * one before a word opens, one after a word closes, so `this "would calm some "minds" who…"` nests correctly.
 * Offsets are into `paragraph` plus `offset`.
 */
export function findQuoteMarks(paragraph: string, offset = 0): MarkedSpan[] {
  const found: MarkedSpan[] = []
  const stack: { at: number; closers: string }[] = []
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i]!
    const top = stack[stack.length - 1]
    if (top && top.closers.includes(ch) && (ch !== '"' || isClosingStraight(paragraph, i))) {
      stack.pop()
      if (stack.length === 0) found.push(makeSpan(top.at, i + 1, offset, false))
      continue
    }
    if (ch === '"') {
      if (isClosingStraight(paragraph, i) && !isOpeningStraight(paragraph, i)) continue
      stack.push({ at: i, closers: '"' })
      continue
    }
    const closers = OPENERS[ch]
    // "”" opens only in Swedish/Finnish style (”…”); treat it as an opener when nothing is open and a word follows.
    if (closers && (ch !== '”' || (stack.length === 0 && isOpeningStraight(paragraph, i)))) stack.push({ at: i, closers })
    else if (CLOSERS.has(ch)) continue
  }
  const unclosed = stack[0]
  if (unclosed) found.push(makeSpan(unclosed.at, trimEnd(paragraph), offset, true))
  return found
}

function makeSpan(open: number, close: number, offset: number, isUnclosed: boolean): MarkedSpan {
  const innerEnd = isUnclosed ? close : close - 1
  return { outer: { start: offset + open, end: offset + close }, inner: { start: offset + open + 1, end: offset + innerEnd }, isUnclosed }
}

function trimEnd(paragraph: string): number {
  return paragraph.trimEnd().length
}

function isOpeningStraight(text: string, i: number): boolean {
  const before = text[i - 1]
  const after = text[i + 1]
  return (before === undefined || /[\s([{—–-]/.test(before)) && after !== undefined && !/\s/.test(after)
}

function isClosingStraight(text: string, i: number): boolean {
  const before = text[i - 1]
  const after = text[i + 1]
  return before !== undefined && !/\s/.test(before) && (after === undefined || /[\s.,;:!?)\]—–-]/.test(after))
}
