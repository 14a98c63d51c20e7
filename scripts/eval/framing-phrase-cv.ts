/**
 * Cross-validates the phrase tagger alone on PTC dev (5 folds by article, the folds of scripts/eval/framing.ts)
 * and prints span identification P/R/F1 at several thresholds. Used to choose the features and training options;
 * the spans marked as features here are the lexicons' only (the detector also marks the loaded-word model's,
 * which scripts/eval/framing.ts trains per fold).
 *
 *   npx tsx scripts/eval/framing-phrase-cv.ts [epochs=4 l2=0.001 ...]
 */
import { createFramingDetector, forEachPhraseFeature, markTokens, forEachSentence, sentenceShape, tokenizeWords } from '../../src/pipeline/framing/index.js'
import { readPtc } from '../train/bench-data.js'
import { foldOf } from '../train/cross-validate.js'
import { trainLogistic, type LogisticExample } from '../train/train-logistic.js'
import { addOverlap, emptyOverlapCounts, overlapScore } from './framing-metrics.js'
import { decodeRuns } from '../../src/pipeline/framing/phrase-tagger.js'

const ptc = readPtc()
const lexicon = createFramingDetector({ language: 'en', model: null, phrases: null, sentences: null })
const folds = foldOf(ptc.map((a) => 'ptc:' + a.id), 5)
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')).map(([k, v]) => [k, Number(v)]))
const opts = { epochs: 4, learningRate: 0.1, l2: 1e-3, minCount: 3, prune: 0, seed: 1, ...args }
const data = ptc.map((a) => {
  const tokens = tokenizeWords(a.text)
  const examples: LogisticExample[] = []
  const marks = markTokens(tokens, lexicon(a.text))
  forEachSentence(tokens, (first, last) => {
    const shape = sentenceShape(a.text, tokens, first, last, marks)
    for (let i = first; i <= last; i++) {
      const features: string[] = []
      forEachPhraseFeature(a.text, tokens, i, shape, (f) => features.push(f))
      const t = tokens[i]!
      examples.push({ features, label: a.si.some((s) => s.start < t.end && s.end > t.start) ? 1 : 0 })
    }
  })
  return { article: a, tokens, examples }
})
const thresholds = [0.4, 0.5, 0.6]
const gaps = [2]
const counts = thresholds.flatMap(() => gaps.map(() => emptyOverlapCounts()))
for (let f = 0; f < 5; f++) {
  const m = trainLogistic(data.filter((d) => folds.get('ptc:' + d.article.id) !== f).flatMap((d) => d.examples), opts)
  const w = new Map(m.features.map((n, k) => [n, m.weights[k]!]))
  for (const d of data) {
    if (folds.get('ptc:' + d.article.id) !== f) continue
    const raw = Float64Array.from(d.examples, (e) => e.features.reduce((z, x) => z + (w.get(x) ?? 0), m.bias))
    thresholds.forEach((th, ti) =>
      gaps.forEach((gap, gi) => {
        const runs = decodeRuns(d.tokens, raw, Math.log(th / (1 - th)), gap)
        addOverlap(counts[ti * gaps.length + gi]!, runs.map(([a, b]) => ({ start: d.tokens[a]!.start, end: d.tokens[b]!.end })), d.article.si)
      }),
    )
  }
}
thresholds.forEach((th, ti) =>
  gaps.forEach((gap, gi) => {
    const s = overlapScore(counts[ti * gaps.length + gi]!)
    console.log(JSON.stringify(opts), `p>=${th} gap ${gap}: F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}`)
  }),
)
