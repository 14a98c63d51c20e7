/** The shown-span rows of the framing task: precision, recall and counts per source, before and after the thresholds. */
import type { ShowThresholds } from '../../src/pipeline/framing/index.js'
import type { EvalRow } from './eval-row.js'
import { crossHalves, fitShowThresholds, NEVER, scoreShown, SOURCES, TARGET_PRECISION, type ShownDoc, type ShownScore } from './framing-shown.js'

const TASK = 'framing · dev · shown spans (thresholds set on one half, scored on the other)'

/**
 * Rows per source and for every shown span: precision of the shown spans on the half the thresholds did not
 * see (both ways summed), with the counts and recall before thresholds; `lines` give the thresholds and the
 * per-corpus figures, and the thresholds fitted on all of dev (the product's SHOW_THRESHOLDS).
 */
export function shownRows(docs: readonly ShownDoc[]): { rows: EvalRow[]; lines: string[] } {
  const before = scoreShown(docs, null)
  const { scores: after, thresholds } = crossHalves(docs)
  const product = fitShowThresholds(docs)
  const rows: EvalRow[] = [...SOURCES, 'all' as const].map((source) => {
    const b = before.get(`all\t${source}`)!
    const a = after.get(`all\t${source}`)!
    const perCorpus = (['PTC', 'BABE', 'BASIL'] as const).map((c) => `${c} ${precision(after.get(`${c}\t${source}`)!)}`).join(', ')
    return {
      task: TASK,
      metric: `precision of shown spans, ${source === 'all' ? 'every source' : source}`,
      value: a.shown === 0 ? 0 : a.right / a.shown,
      note:
        `${a.shown} shown of ${b.shown} found (all found: P ${precision(b)}); recall of gold spans ${recall(b)} → ${recall(a)}; ${perCorpus}` +
        (source === 'all' ? `; target P ≥ ${TARGET_PRECISION} per source` : ''),
    }
  })
  const words = sum(after.get('BABE\tall')!, after.get('BASIL\tall')!)
  const wordsBefore = sum(before.get('BABE\tall')!, before.get('BASIL\tall')!)
  rows.push({
    task: TASK,
    metric: 'precision of shown spans, BABE + BASIL word-level gold',
    value: words.shown === 0 ? 0 : words.right / words.shown,
    note: `${words.shown} shown of ${wordsBefore.shown} found (all found: P ${precision(wordsBefore)}); target ≥ 0.7`,
  })
  const lines = [
    `show thresholds fitted on half 0: ${describe(thresholds[0]!)}`,
    `show thresholds fitted on half 1: ${describe(thresholds[1]!)}`,
    `show thresholds fitted on all of dev (SHOW_THRESHOLDS): ${describe(product)}`,
    'shown spans, checked half (corpus, source, shown/found, precision after/before, recall after/before):',
    ...[...after.keys()].sort().map((key) => {
      const a = after.get(key)!
      const b = before.get(key)!
      return `${key}\t${a.shown}/${b.shown}\tP ${precision(a)}/${precision(b)}\tR ${recall(a)}/${recall(b)}`
    }),
  ]
  return { rows, lines }
}

function describe(t: ShowThresholds): string {
  const v = (x: number): string => (x >= NEVER ? 'never' : x.toFixed(2))
  return `lexicon ${v(t.lexicon)}, word-model ${v(t['word-model'])}, clause-model ${v(t['clause-model'])}, clause technique named at p ≥ ${v(t.clauseTechnique)}`
}

const precision = (s: ShownScore): string => (s.shown === 0 ? '–' : (s.right / s.shown).toFixed(3))
const recall = (s: ShownScore): string => (s.gold === 0 ? '–' : (s.found / s.gold).toFixed(3))
const sum = (a: ShownScore, b: ShownScore): ShownScore => ({ shown: a.shown + b.shown, right: a.right + b.right, gold: a.gold + b.gold, found: a.found + b.found })
