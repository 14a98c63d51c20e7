import type { Article, Span } from '../../../src/model/index.js'
import type { SegmentSpan, WmtTask } from './load-wmt.js'
import { keptInput } from './compare-texts.js'
import { segmentsHit, type PredictedCoverage } from './score-coverage.js'

/** One task as a system saw it: its coverage in input offsets (empty when it failed), its articles, its failures. */
export interface WmtRun {
  readonly task: WmtTask
  readonly coverage: PredictedCoverage
  readonly articles: readonly (Article | undefined)[]
  readonly failures: readonly string[]
}

/** Longest passage quoted in an error entry, in characters. */
const QUOTE_CHARS = 240

/**
 * The errors of a system on the WMT tasks, to read: missed gold shared segments (both texts, and what the system
 * did with each side), false shared facts (both sides, with the segments they hit), missed and false conflicts,
 * and failed runs. Entries are multi-line strings.
 */
export function crosslingualErrors(runs: readonly WmtRun[]): Record<string, string[]> {
  const errors: Record<string, string[]> = { 'missed shared segments': [], 'false shared facts': [], 'missed conflicts': [], 'false conflicts': [], 'failed runs': [] }
  const push = (kind: string, entry: string): void => {
    errors[kind]?.push(entry)
  }
  for (const run of runs) {
    const { task, coverage } = run
    const { gold } = task
    if (run.failures.length > 0) push('failed runs', `${task.taskId}: ${run.failures.join('; ')}`)
    const sharedHits = coverage.shared.map((fact) => ({ a: segmentsHit(fact.a, gold.spansA), b: segmentsHit(fact.b, gold.spansB), fact }))
    const found = new Set<number>()
    for (const hit of sharedHits) for (const segId of hit.a) if (hit.b.has(segId) && gold.shared.includes(segId)) found.add(segId)
    for (const segId of gold.shared) {
      if (found.has(segId)) continue
      const segA = gold.spansA.find((s) => s.segId === segId)
      const segB = gold.spansB.find((s) => s.segId === segId)
      const fate = (side: 'a' | 'b', segment: SegmentSpan | undefined, article: Article | undefined, only: readonly (readonly Span[])[]): string => {
        if (!segment) return 'not in the text'
        if (!keptInput(article).some((k) => k.start < segment.end && segment.start < k.end)) return 'removed by the cleaner'
        const partners = sharedHits.filter((h) => h[side].has(segId)).flatMap((h) => [...h[side === 'a' ? 'b' : 'a']])
        const isOnly = only.some((spans) => spans.some((s) => s.start < segment.end && segment.start < s.end))
        const parts = [...(partners.length > 0 ? [`shared with ${side === 'a' ? 'B' : 'A'} #${[...new Set(partners)].join(', #')}`] : []), ...(isOnly ? ['a single-source fact'] : [])]
        return parts.join(' and ') || 'in no fact'
      }
      const [articleA, articleB] = run.articles
      push(
        'missed shared segments',
        [
          `${task.taskId} #${segId}`,
          `  A: ${quote(task.textA, segA)}`,
          `  B: ${quote(task.textB, segB)}`,
          `  ours: A ${fate('a', segA, articleA, coverage.onlyA)}; B ${fate('b', segB, articleB, coverage.onlyB)}`,
        ].join('\n'),
      )
    }
    for (const { a, b, fact } of sharedHits) {
      if ([...a].some((segId) => b.has(segId) && gold.shared.includes(segId))) continue
      push('false shared facts', [`${task.taskId}`, `  A #${[...a].join(', #') || '–'}: ${quoteSpans(task.textA, fact.a)}`, `  B #${[...b].join(', #') || '–'}: ${quoteSpans(task.textB, fact.b)}`].join('\n'))
    }
    const isOn = (spans: readonly Span[], target: Span | undefined): boolean => target !== undefined && spans.some((s) => s.start < target.end && target.start < s.end)
    for (const conflict of gold.conflicts) {
      if (coverage.conflicts.some((flag) => isOn(flag.a, conflict.spanA) && isOn(flag.b, conflict.spanB))) continue
      const segB = gold.spansB.find((s) => s.segId === conflict.segId)
      push('missed conflicts', `${task.taskId} #${conflict.segId}: A ${conflict.a} vs B ${conflict.b} in ${quote(task.textB, segB)}`)
    }
    for (const flag of coverage.conflicts) {
      if (gold.conflicts.some((g) => isOn(flag.a, g.spanA) && isOn(flag.b, g.spanB))) continue
      const onConsistent = gold.consistent.some((g) => isOn(flag.a, g.spanA) || isOn(flag.b, g.spanB))
      push(
        'false conflicts',
        [`${task.taskId}${onConsistent ? ' (on a consistent number)' : ''}`, `  A: ${context(task.textA, flag.a)}`, `  B: ${context(task.textB, flag.b)}`].join('\n'),
      )
    }
  }
  return errors
}

function quote(text: string, span: Span | undefined): string {
  return span ? clip(text.slice(span.start, span.end)) : '–'
}

function quoteSpans(text: string, spans: readonly Span[]): string {
  return clip(spans.map((s) => text.slice(s.start, s.end)).join(' … '))
}

/** The flagged values in brackets, inside 60 characters of context each side. */
function context(text: string, spans: readonly Span[]): string {
  return spans
    .map((s) => `…${text.slice(Math.max(0, s.start - 60), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 60)}…`.replaceAll('\n', ' '))
    .join(' | ')
}

function clip(text: string): string {
  const flat = text.replaceAll('\n', ' ')
  return flat.length <= QUOTE_CHARS ? `«${flat}»` : `«${flat.slice(0, QUOTE_CHARS)}…»`
}
