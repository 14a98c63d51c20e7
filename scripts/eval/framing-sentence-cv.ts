import { createFramingDetector, tokenizeWords } from '../../src/pipeline/framing/index.js'
import { forEachSentenceFeature } from '../../src/pipeline/framing/sentence-features.js'
import { readBabe } from '../train/bench-data.js'
import { foldOf } from '../train/cross-validate.js'
import { trainLogistic, type LogisticExample } from '../train/train-logistic.js'

const babe = readBabe().filter((s) => s.label !== 'No agreement')
const folds = foldOf(babe.map((s) => 'babe:' + s.group), 5)
const lex = createFramingDetector({ language: 'en', model: null, sentences: null })
const variant = process.argv[2] ?? 'all'
const ex: LogisticExample[] = babe.map((s) => {
  const tokens = tokenizeWords(s.text)
  const feats: string[] = []
  const spans = variant.includes('nolex') ? [] : lex(s.text)
  forEachSentenceFeature(s.text, tokens, 0, tokens.length - 1, spans, (f) => {
    if (variant.includes('nobg') && f.startsWith('bg=')) return
    if (variant.includes('noc') && f.startsWith('c=')) return
    feats.push(f)
  })
  return { features: feats, label: s.label === 'Biased' ? 1 : 0 }
})
const args = Object.fromEntries(process.argv.slice(3).map((a) => a.split('=')).map(([k, v]) => [k, Number(v)]))
const opts = { epochs: 5, learningRate: 0.1, l2: 1e-3, minCount: 2, prune: 0, seed: 1, ...args }
for (const th of [0.4, 0.45, 0.5, 0.55]) {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 }
  for (let f = 0; f < 5; f++) {
    const train = ex.filter((_, k) => folds.get('babe:' + babe[k]!.group) !== f)
    const m = trainLogistic(train, opts)
    const w = new Map(m.features.map((n, k) => [n, m.weights[k]!]))
    ex.forEach((e, k) => {
      if (folds.get('babe:' + babe[k]!.group) !== f) return
      let z = m.bias
      for (const x of e.features) z += w.get(x) ?? 0
      const p = 1 / (1 + Math.exp(-z)) >= th
      if (p && e.label) c.tp++
      else if (p) c.fp++
      else if (e.label) c.fn++
      else c.tn++
    })
  }
  const f1 = (tp: number, fp: number, fn: number) => (2 * tp) / (2 * tp + fp + fn)
  console.log(variant, JSON.stringify(opts), th, 'macroF1', ((f1(c.tp, c.fp, c.fn) + f1(c.tn, c.fn, c.fp)) / 2).toFixed(3), 'P', (c.tp / (c.tp + c.fp)).toFixed(3))
}
