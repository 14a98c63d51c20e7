/**
 * The hand-written dev cases of precise wording that is not framing (test/fixtures/framing/not-framing.tsv:
 * legal usage, established names, plain event verbs): spans shown on them, and what every source finds before
 * the show thresholds.
 */
import { readFileSync } from 'node:fs'
import { createFramingDetector } from '../../src/pipeline/framing/index.js'
import type { EvalRow } from './eval-row.js'

const CASES = new URL('../../test/fixtures/framing/not-framing.tsv', import.meta.url)

export function notFramingRows(): EvalRow[] {
  const cases = readFileSync(CASES, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t')[1] ?? '')
  const shown = createFramingDetector({ language: 'en' })
  const every = createFramingDetector({ language: 'en', thresholds: null })
  const bySource = new Map<string, number>()
  let shownSpans = 0
  for (const sentence of cases) {
    shownSpans += shown(sentence).length
    for (const span of every(sentence)) bySource.set(span.source, (bySource.get(span.source) ?? 0) + 1)
  }
  const before = [...bySource].map(([source, n]) => `${source} ${n}`).join(', ') || 'none'
  return [
    {
      task: 'framing · not-framing dev cases (legal usage, established names, event verbs)',
      metric: 'spans shown',
      value: shownSpans,
      note: `${cases.length} sentences; every source before thresholds: ${before}; target 0`,
    },
  ]
}
