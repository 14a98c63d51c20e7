/**
 * Would hiding lexicon entries by their own dev precision reach the show target (issue 18)? Per half of dev (by
 * article or event), each entry's share of spans overlapping gold, shrunk toward the pooled share (a prior of 5
 * spans), decides which entries are kept; the other half is scored. Lexicon only (its spans need no model).
 * Not part of the product: docs/MODELS.md reports the result. Run: `npx tsx scripts/eval/framing-lexicon-entry-gate.ts`.
 */
import { foldOf } from '../train/cross-validate.js'
import { lexiconObservations } from '../train/lexicon-observations.js'

const PRIOR_SPANS = 5

const found = lexiconObservations().map((o) => ({ key: o.group, corpus: o.corpus, entry: o.entryId, right: o.right }))
const half = foldOf(found.map((o) => o.key), 2)
for (const gate of [0.5, 0.6, 0.7, 0.8]) {
  const t = { shown: 0, right: 0, wordShown: 0, wordRight: 0 }
  const kept = new Set<string>()
  for (const h of [0, 1]) {
    const fit = found.filter((o) => half.get(o.key) === h)
    const pooled = fit.filter((o) => o.right).length / fit.length
    const stats = new Map<string, { n: number; right: number }>()
    for (const o of fit) {
      const s = stats.get(o.entry) ?? { n: 0, right: 0 }
      stats.set(o.entry, { n: s.n + 1, right: s.right + (o.right ? 1 : 0) })
    }
    const keep = new Set([...stats].filter(([, s]) => (s.right + PRIOR_SPANS * pooled) / (s.n + PRIOR_SPANS) >= gate).map(([entry]) => entry))
    for (const o of found) {
      if (half.get(o.key) !== 1 - h || !keep.has(o.entry)) continue
      t.shown += 1
      t.right += o.right ? 1 : 0
      if (o.corpus !== 'PTC') {
        t.wordShown += 1
        t.wordRight += o.right ? 1 : 0
      }
    }
    for (const entry of keep) kept.add(entry)
  }
  const p = (r: number, n: number): string => (n === 0 ? '–' : (r / n).toFixed(3))
  console.log(`entry gate ${gate}: shown ${t.shown} of ${found.length}, precision ${p(t.right, t.shown)}; BABE + BASIL ${p(t.wordRight, t.wordShown)} (${t.wordShown}); kept: ${[...kept].sort().join(' ')}`)
}
