import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Span } from '../../../src/model/index.js'
import { utf16Offsets } from './code-points.js'

/** A kept segment of one outlet's text: offsets in UTF-16 code units (converted from the file's code points). */
export interface SegmentSpan extends Span {
  readonly segId: number
}

/** A number changed in outlet B (gold conflict) or equal on both sides (consistent), with its spans in A and B. */
export interface NumberPair {
  readonly segId: number
  readonly a: string | null
  readonly b: string | null
  /** Absent when that side has no same-digit partner (`a` or `b` null). */
  readonly spanA?: Span
  readonly spanB?: Span
}

export interface WmtGold {
  readonly spansA: readonly SegmentSpan[]
  readonly spansB: readonly SegmentSpan[]
  readonly shared: readonly number[]
  readonly onlyA: readonly number[]
  readonly onlyB: readonly number[]
  readonly conflicts: readonly NumberPair[]
  readonly consistent: readonly NumberPair[]
}

/** One two-outlet coverage task: A is the original, B a human translation with other segments dropped. */
export interface WmtTask {
  readonly taskId: string
  /** "ru-en": A's language, then B's. */
  readonly pair: string
  readonly langA: string
  readonly langB: string
  readonly textA: string
  readonly textB: string
  readonly gold: WmtGold
}

/** One text of the grouping file; `story` is the gold. */
export interface WmtGroupingDoc {
  readonly docId: string
  readonly lang: string
  readonly text: string
  readonly story: string
}

/** The pairs of wmt-crosslingual, in the order the README lists them. */
export const WMT_PAIRS = ['ru-en', 'uk-en', 'en-ru', 'en-uk', 'cs-uk'] as const

interface RawNumber {
  segId: number
  a: string | null
  b: string | null
  aStart: number | null
  aEnd: number | null
  bStart: number | null
  bEnd: number | null
}

interface RawTask {
  taskId: string
  pair: string
  langA: string
  langB: string
  textA: string
  textB: string
  gold: {
    spansA: SegmentSpan[]
    spansB: SegmentSpan[]
    shared: number[]
    onlyA: number[]
    onlyB: number[]
    conflicts: RawNumber[]
    consistent: RawNumber[]
  }
}

/** Reads `tasks.jsonl` of `dir` (file order) with every gold offset converted to UTF-16. */
export function loadWmtTasks(dir: string): WmtTask[] {
  return readJsonLines<RawTask>(join(dir, 'tasks.jsonl')).map((raw) => {
    const toA = utf16Offsets(raw.textA)
    const toB = utf16Offsets(raw.textB)
    const segments = (spans: readonly SegmentSpan[], to: (offset: number) => number): SegmentSpan[] =>
      spans.map((s) => ({ segId: s.segId, start: to(s.start), end: to(s.end) }))
    const numbers = (pairs: readonly RawNumber[]): NumberPair[] =>
      pairs.map((n) => ({
        segId: n.segId,
        a: n.a,
        b: n.b,
        ...(n.aStart !== null && n.aEnd !== null ? { spanA: { start: toA(n.aStart), end: toA(n.aEnd) } } : {}),
        ...(n.bStart !== null && n.bEnd !== null ? { spanB: { start: toB(n.bStart), end: toB(n.bEnd) } } : {}),
      }))
    const { gold } = raw
    return {
      taskId: raw.taskId,
      pair: raw.pair,
      langA: raw.langA,
      langB: raw.langB,
      textA: raw.textA,
      textB: raw.textB,
      gold: {
        spansA: segments(gold.spansA, toA),
        spansB: segments(gold.spansB, toB),
        shared: gold.shared,
        onlyA: gold.onlyA,
        onlyB: gold.onlyB,
        conflicts: numbers(gold.conflicts),
        consistent: numbers(gold.consistent),
      },
    }
  })
}

/** Reads `grouping.jsonl` of `dir` (file order, which the bench shuffled). */
export function loadWmtGrouping(dir: string): WmtGroupingDoc[] {
  return readJsonLines<WmtGroupingDoc>(join(dir, 'grouping.jsonl')).map(({ docId, lang, text, story }) => ({ docId, lang, text, story }))
}

function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}
