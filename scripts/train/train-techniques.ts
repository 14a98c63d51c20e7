/**
 * Trains the technique classifier (softmax regression over span features, span-features.ts) on the gold
 * technique spans of the PTC dev half, and writes src/pipeline/framing/weights/techniques.en.json; and the same
 * classifier trained on whole sentences, which labels clause spans, to clause-techniques.en.json.
 *
 *   npx tsx scripts/train/train-techniques.ts
 */
import { writeFileSync } from 'node:fs'
import type { FramingTechnique } from '../../src/model/index.js'
import { forEachSentence, forEachSpanFeature, tokenizeWords, tokensOverlapping, type TechniqueWeightsFile } from '../../src/pipeline/framing/index.js'
import { readPtc, type PtcArticle } from './bench-data.js'

export const TECHNIQUE_WEIGHTS_PATH = new URL('../../src/pipeline/framing/weights/techniques.en.json', import.meta.url)
export const CLAUSE_TECHNIQUE_WEIGHTS_PATH = new URL('../../src/pipeline/framing/weights/clause-techniques.en.json', import.meta.url)

/** PTC (SemEval-2020 Task 11) label → our technique name. */
export const FROM_PTC: Readonly<Record<string, FramingTechnique>> = {
  Loaded_Language: 'loaded-language',
  'Name_Calling,Labeling': 'name-calling',
  Repetition: 'repetition',
  'Exaggeration,Minimisation': 'exaggeration',
  Doubt: 'doubt',
  'Flag-Waving': 'flag-waving',
  'Appeal_to_fear-prejudice': 'appeal-to-fear',
  Causal_Oversimplification: 'causal-oversimplification',
  Appeal_to_Authority: 'appeal-to-authority',
  'Whataboutism,Straw_Men,Red_Herring': 'whataboutism',
  Slogans: 'slogans',
  'Black-and-White_Fallacy': 'black-and-white',
  'Thought-terminating_Cliches': 'thought-terminating-cliche',
  'Bandwagon,Reductio_ad_hitlerum': 'bandwagon',
}

export interface SpanExample {
  readonly features: readonly string[]
  readonly technique: FramingTechnique
}

/** One example per gold technique span (its words as tokens of the whole article). */
export function techniqueExamples(articles: readonly PtcArticle[]): SpanExample[] {
  const examples: SpanExample[] = []
  for (const article of articles) {
    const tokens = tokenizeWords(article.text)
    for (const span of article.techniques) {
      const technique = FROM_PTC[span.technique]
      if (technique === undefined) throw new Error(`train: unknown PTC technique ${span.technique}`)
      const range = tokensOverlapping(tokens, span)
      if (range === undefined) continue
      const features: string[] = []
      forEachSpanFeature(article.text, tokens, range, (f) => features.push(f))
      examples.push({ features, technique })
    }
  }
  return examples
}

/**
 * One example per sentence of each article that a gold technique span overlaps, labelled with the technique
 * of the span that covers most of it: what a clause span over the sentence most likely shows. In five-fold
 * CV (scripts/eval/framing.ts) a classifier trained on these labels 40% of the PTC clause spans that overlap
 * a gold span with one of its techniques, against 24% for the span classifier (which reads a whole sentence
 * as Doubt by its length) and 38% for "always loaded language". Restricting the labels to clause-level
 * techniques (no loaded language, name-calling, repetition) got 34% of the spans over such techniques right,
 * against 27% for this one and 31% for the span classifier.
 */
export function clauseTechniqueExamples(articles: readonly PtcArticle[]): SpanExample[] {
  const examples: SpanExample[] = []
  for (const article of articles) {
    const tokens = tokenizeWords(article.text)
    forEachSentence(tokens, (first, last) => {
      const start = tokens[first]!.start
      const end = tokens[last]!.end
      let best: string | undefined
      let bestOverlap = 0
      for (const span of article.techniques) {
        const overlap = Math.min(end, span.end) - Math.max(start, span.start)
        if (overlap > bestOverlap) {
          best = span.technique
          bestOverlap = overlap
        }
      }
      if (best === undefined) return
      const technique = FROM_PTC[best]
      if (technique === undefined) throw new Error(`train: unknown PTC technique ${best}`)
      const features: string[] = []
      forEachSpanFeature(article.text, tokens, { first, last }, (f) => features.push(f))
      examples.push({ features, technique })
    })
  }
  return examples
}

// 30 epochs at step 0.05, features seen twice or more, weights under 0.05 dropped: chosen on 5-fold CV by
// article (scripts/eval/framing-technique-cv.ts): micro-F1 0.563 (0.579 since the repetition count and
// first/later features of span-features.ts), against 0.543 at step 0.3 × 10 epochs,
// 0.555 at 0.1 × 20, 0.557 at 0.02 × 50, 0.561 at 0.05 × 15: small steps keep rare span words from
// dominating the 3,700 spans. Words of the context (four either side) or the word after the span lowered it
// (0.520, 0.534).
const EPOCHS = 30
const STEP = 0.05
const MIN_COUNT = 2
const PRUNE = 0.05
const SEED = 20_200_911

export function trainTechniques(examples: readonly SpanExample[]): TechniqueWeightsFile {
  const classes = [...new Set(examples.map((e) => e.technique))].sort()
  const classIndex = new Map(classes.map((c, k) => [c, k]))
  const counts = new Map<string, number>()
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1)
  const names = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f).sort()
  const ids = new Map(names.map((f, k) => [f, k]))
  const data = examples.map((e) => ({
    features: e.features.map((f) => ids.get(f)).filter((id): id is number => id !== undefined),
    label: classIndex.get(e.technique)!,
  }))
  const n = classes.length
  const w = new Float64Array(names.length * n)
  const g = new Float64Array(names.length * n).fill(1e-8)
  const bias = new Float64Array(n)
  const gBias = new Float64Array(n).fill(1e-8)
  const order = data.map((_, k) => k)
  let seed = SEED
  const random = (): number => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
    return seed / 4_294_967_296
  }
  const scores = new Float64Array(n)
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const k of order) {
      const example = data[k]!
      scores.set(bias)
      for (const f of example.features) for (let c = 0; c < n; c++) scores[c]! += w[f * n + c]!
      const max = Math.max(...scores)
      let sum = 0
      for (let c = 0; c < n; c++) sum += (scores[c] = Math.exp(scores[c]! - max))
      for (let c = 0; c < n; c++) {
        const grad = scores[c]! / sum - (c === example.label ? 1 : 0)
        gBias[c]! += grad * grad
        bias[c]! -= (STEP * grad) / Math.sqrt(gBias[c]!)
        for (const f of example.features) {
          const at = f * n + c
          g[at]! += grad * grad
          w[at]! -= (STEP * grad) / Math.sqrt(g[at]!)
        }
      }
    }
  }
  const features: string[] = []
  const weights: number[] = []
  const round = (x: number): number => Math.round(x * 1000) / 1000
  names.forEach((name, f) => {
    const row = Array.from(w.subarray(f * n, (f + 1) * n))
    if (Math.max(...row.map(Math.abs)) < PRUNE) return
    features.push(name)
    weights.push(...row.map(round))
  })
  return { description: '', classes, bias: Array.from(bias, round), features, weights }
}

function main(): void {
  const articles = readPtc()
  const examples = techniqueExamples(articles)
  const file = {
    ...trainTechniques(examples),
    description:
      'Technique classifier (softmax regression over span words, length, punctuation, repetition; scripts/train/train-techniques.ts). ' +
      'Trained on the gold technique spans of the PTC dev half (SemEval-2020 Task 11; no licence stated, research use). See docs/MODELS.md.',
  }
  writeFileSync(TECHNIQUE_WEIGHTS_PATH, JSON.stringify(file) + '\n')
  process.stdout.write(`trained on ${examples.length} spans of ${articles.length} articles; kept ${file.features.length} features × ${file.classes.length} classes\n`)
  const clauseExamples = clauseTechniqueExamples(articles)
  const clauses = {
    ...trainTechniques(clauseExamples),
    description:
      'Clause technique classifier (the technique classifier trained on whole sentences, labelled with the technique of the gold span covering most of each; scripts/train/train-techniques.ts). ' +
      'Trained on the PTC dev half (SemEval-2020 Task 11; no licence stated, research use). See docs/MODELS.md.',
  }
  writeFileSync(CLAUSE_TECHNIQUE_WEIGHTS_PATH, JSON.stringify(clauses) + '\n')
  process.stdout.write(`clause labels: trained on ${clauseExamples.length} sentences; kept ${clauses.features.length} features × ${clauses.classes.length} classes\n`)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
