import type { Span } from '../../../src/model/index.js'
import { utf16Offsets } from './code-points.js'

/** A possibly discontinuous annotated span; offsets are UTF-16 code units into the document text. */
export interface GoldSpan {
  readonly fragments: readonly Span[]
  /** The annotated text as brat stores it (fragments joined by a space). */
  readonly text: string
}

/** One PolNeAR attribution relation: who (source) said (cue) what (content). */
export interface GoldAttribution {
  readonly id: string
  readonly content: GoldSpan
  readonly cue?: GoldSpan
  /** Absent for "Attribution-no-source" relations ("it was reported that ..."). */
  readonly source?: GoldSpan
}

/**
 * Parses a brat standoff .ann file of PolNeAR into attribution relations, converting brat's code-point
 * offsets to UTF-16 offsets into `docText`. Relations without content are left out; a second content
 * role ("Content2") joins the first as more fragments.
 * Example: `parseBrat('T1\tContent 0 5\thello\nE1\tAttribution:T2 Content:T1', 'hello')` → one relation.
 */
export function parseBrat(ann: string, docText: string): GoldAttribution[] {
  const toUtf16 = utf16Offsets(docText)
  const spans = new Map<string, GoldSpan>()
  const relations: { id: string; roles: [string, string][] }[] = []
  for (const line of ann.split('\n')) {
    // Continuation lines of span texts that contain newlines, and "#" annotator notes, match neither.
    const span = /^(T\d+)\t[A-Za-z-]+ (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/u.exec(line)
    if (span) {
      const [, id = '', offsets = '', text = ''] = span
      const fragments = offsets.split(';').map((pair) => {
        const [start = 0, end = 0] = pair.split(' ').map(Number)
        return { start: toUtf16(start), end: toUtf16(end) }
      })
      spans.set(id, { fragments, text })
      continue
    }
    const relation = /^(E\d+)\t(.*)$/u.exec(line)
    if (relation) {
      const [, id = '', body = ''] = relation
      const roles = body
        .trim()
        .split(/\s+/u)
        .map((arg): [string, string] => {
          const [role = '', ref = ''] = arg.split(':')
          return [role.replace(/\d+$/u, ''), ref]
        })
      relations.push({ id, roles })
    }
  }
  const result: GoldAttribution[] = []
  for (const { id, roles } of relations) {
    const get = (role: string): GoldSpan[] =>
      roles.filter(([r]) => r === role).flatMap(([, ref]) => spans.get(ref) ?? [])
    const contents = get('Content')
    if (contents.length === 0) continue
    const content: GoldSpan = {
      fragments: contents.flatMap((c) => c.fragments).sort((a, b) => a.start - b.start),
      text: contents.map((c) => c.text).join(' '),
    }
    const [cue] = get('Cue')
    const [source] = get('Source')
    result.push({ id, content, ...(cue ? { cue } : {}), ...(source ? { source } : {}) })
  }
  return result
}
