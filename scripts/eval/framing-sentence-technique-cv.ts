/**
 * Cross-validates the sentence technique model with the detector (5 folds by article, the folds of
 * scripts/eval/framing.ts) and prints PTC span identification, BABE biased-word and BASIL lexical-span scores
 * at several thresholds. Used to choose the features, the label and the threshold.
 * It trains the earlier recipe: the training sentences' word-level spans come from the fold's own loaded-word
 * model (not cross-fitted) and no positive is copied, so its figures are comparable with each other but not
 * with the shipped model's (scripts/train/train-sentence-techniques.ts; scripts/eval/framing.ts CVs that one).
 *
 *   npx tsx scripts/eval/framing-sentence-technique-cv.ts [epochs=4 l2=0.001 ...]
 */
import type { FramingSpan } from '../../src/model/index.js'
import {
  createFramingDetector,
  forEachSentence,
  forEachSentenceTechniqueFeature,
  sentenceContext,
  loadLoadedWordModel,
  loadTechniqueClassifier,
  loadSentenceTechniqueModel,
  SENTENCE_SPAN_TAG,
  tokenizeWords,
  type WordToken,
} from '../../src/pipeline/framing/index.js'
import { readBabe, readBasil, readPtc, type CharSpan } from '../train/bench-data.js'
import { foldOf } from '../train/cross-validate.js'
import { babeTexts, basilTexts, ptcTexts } from '../train/tagger-examples.js'
import { trainLogistic, type LogisticExample } from '../train/train-logistic.js'
import { PRODUCT_THRESHOLD } from '../train/train-loaded-words.js'
import { techniqueExamples, trainTechniques } from '../train/train-techniques.js'
import { trainTagger } from '../train/train-tagger.js'
import { addOverlap, emptyOverlapCounts, overlapScore, type OverlapCounts } from './framing-metrics.js'

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.split('='))
    .map(([k, v]) => [k, Number(v)]),
)
// Defaults: the options of scripts/train/train-sentence-techniques.ts, BABE non-biased negatives included (babeneg=0 leaves them out).
const opts = { epochs: 4, learningRate: 0.1, l2: 1e-3, minCount: 2, prune: 0.02, seed: 20_200_912, nbAlpha: 1, ...args }
const minCover = args['cover'] ?? 0
const minWords = args['long'] ?? 0
const clauseTechniques = new Set(['Doubt', 'Appeal_to_fear-prejudice', 'Causal_Oversimplification', 'Flag-Waving', 'Black-and-White_Fallacy', 'Whataboutism,Straw_Men,Red_Herring', 'Thought-terminating_Cliches', 'Slogans', 'Appeal_to_Authority', 'Bandwagon,Reductio_ad_hitlerum', 'Exaggeration,Minimisation'])
const byTechnique = args['tech'] === 1
function longSpan(tokens: readonly WordToken[], t: CharSpan & { technique: string }): boolean {
  if (byTechnique) return clauseTechniques.has(t.technique)
  let n = 0
  for (const k of tokens) if (k.start < t.end && k.end > t.start) n++
  return n >= minWords
}
const thresholds = [0.25, 0.3, 0.4, 0.45, 0.5, 0.6]

const babe = readBabe().filter((s) => s.label !== 'No agreement')
const basil = readBasil()
const ptc = readPtc()
const tagged = [...babeTexts(babe), ...basilTexts(basil), ...ptcTexts(ptc)]
const key = (corpus: string, group: string): string => `${corpus}:${group}`
const folds = foldOf(
  tagged.map((t) => key(t.corpus, t.group)),
  5,
)
const inFold = (corpus: string, group: string, fold: number): boolean => folds.get(key(corpus, group)) === fold

interface Sentence {
  readonly text: string
  readonly tokens: readonly WordToken[]
  readonly first: number
  readonly last: number
  readonly upstream: readonly FramingSpan[]
  readonly features: string[]
}

function sentencesOf(text: string, upstream: readonly FramingSpan[]): Sentence[] {
  const tokens = tokenizeWords(text)
  const out: Sentence[] = []
  const context = sentenceContext(tokens, upstream)
  forEachSentence(tokens, (first, last) => {
    const features: string[] = []
    forEachSentenceTechniqueFeature(text, tokens, first, last, upstream, context, (f) => features.push(f))
    out.push({ text, tokens, first, last, upstream, features })
  })
  return out
}

/** Share of the sentence's characters inside a gold span. */
function coverage(s: Sentence, gold: readonly CharSpan[]): number {
  const start = s.tokens[s.first]!.start
  const end = s.tokens[s.last]!.end
  let covered = 0
  for (const g of gold) covered += Math.max(0, Math.min(end, g.end) - Math.max(start, g.start))
  return Math.min(1, covered / (end - start))
}

const si = thresholds.map(() => emptyOverlapCounts())
const siWhole = thresholds.map(() => emptyOverlapCounts())
const basilCounts = thresholds.map(() => emptyOverlapCounts())
const words = thresholds.map(() => ({ tp: 0, predicted: 0, gold: 0 }))
const neutralSpans = thresholds.map(() => 0)
const base = { si: emptyOverlapCounts(), basil: emptyOverlapCounts(), words: { tp: 0, predicted: 0, gold: 0 } }

/** Pieces of the sentence not covered by an upstream span, of at least two words. */
function pieces(s: Sentence): CharSpan[] {
  const out: CharSpan[] = []
  let from = -1
  for (let i = s.first; i <= s.last + 1; i++) {
    const t = s.tokens[i]
    const free = i <= s.last && !s.upstream.some((u) => u.start < t!.end && u.end > t!.start)
    if (free && from < 0) from = i
    if (free || from < 0) continue
    if (i - from >= 2) out.push({ start: s.tokens[from]!.start, end: s.tokens[i - 1]!.end })
    from = -1
  }
  return out
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu
function addWords(c: { tp: number; predicted: number; gold: number }, text: string, spans: readonly CharSpan[], gold: readonly CharSpan[]): void {
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    const end = start + match[0].length
    const inside = (s: CharSpan): boolean => s.start < end && s.end > start
    const g = gold.some(inside)
    const p = spans.some(inside)
    if (g) c.gold += 1
    if (p) c.predicted += 1
    if (g && p) c.tp += 1
  }
}

for (let fold = 0; fold < 5; fold++) {
  const model = loadLoadedWordModel(trainTagger(tagged.filter((t) => !inFold(t.corpus, t.group, fold)), { threshold: PRODUCT_THRESHOLD }))
  const classifier = loadTechniqueClassifier(trainTechniques(techniqueExamples(ptc.filter((a) => !inFold('ptc', a.id, fold)))))
  const detect = createFramingDetector({ language: 'en', model, techniques: classifier, phrases: null, sentences: null })
  const examples: LogisticExample[] = []
  for (const a of ptc.filter((x) => !inFold('ptc', x.id, fold))) {
    for (const s of sentencesOf(a.text, detect(a.text))) {
      const gold = minWords > 0 ? a.techniques.filter((t) => longSpan(s.tokens, t)) : a.si
      const c = coverage(s, gold)
      examples.push({ features: s.features, label: c > minCover ? 1 : 0 })
    }
  }
  if (args['babeneg'] !== 0 || args['babepos'] === 1) {
    for (const b of babe.filter((x) => !inFold('babe', x.group, fold))) {
      const label = b.label === 'Biased' ? 1 : 0
      if (label === 0 && args['babeneg'] === 0) continue
      if (label === 1 && args['babepos'] !== 1) continue
      for (const s of sentencesOf(b.text, detect(b.text))) examples.push({ features: s.features, label })
    }
  }
  const m = trainLogistic(examples, opts)
  const detectors = thresholds.map((t) =>
    createFramingDetector({ language: 'en', model, techniques: classifier, phrases: null, sentences: loadSentenceTechniqueModel({ description: '', threshold: t, ...m }) }),
  )
  const isSentence = (s: FramingSpan): boolean => s.explanation.includes(SENTENCE_SPAN_TAG)
  for (const a of ptc.filter((x) => inFold('ptc', x.id, fold))) {
    addOverlap(base.si, detect(a.text), a.si)
    detectors.forEach((d, k) => {
      const spans = d(a.text)
      addOverlap(si[k]!, spans, a.si)
      for (const s of spans) if (isSentence(s)) addOverlap(siWhole[k]!, [s], a.si.filter((g) => g.start < s.end && g.end > s.start))
    })
  }
  for (const b of babe.filter((x) => x.label === 'Biased' && inFold('babe', x.group, fold))) {
    addWords(base.words, b.text, detect(b.text), b.wordSpans)
    detectors.forEach((d, k) => addWords(words[k]!, b.text, d(b.text), b.wordSpans))
  }
  for (const b of babe.filter((x) => x.label !== 'Biased' && inFold('babe', x.group, fold))) {
    detectors.forEach((d, k) => (neutralSpans[k]! += d(b.text).filter(isSentence).length))
  }
  for (const b of basil.filter((x) => inFold('basil', x.group, fold))) {
    addOverlap(base.basil, detect(b.text), b.lexical)
    detectors.forEach((d, k) => addOverlap(basilCounts[k]!, d(b.text), b.lexical))
  }
}

const fmt = (c: OverlapCounts): string => {
  const s = overlapScore(c)
  return `F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}`
}
const fmtWords = (c: { tp: number; predicted: number; gold: number }): string => {
  const p = c.tp / Math.max(1, c.predicted)
  const r = c.tp / Math.max(1, c.gold)
  return `F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)} P ${p.toFixed(3)} R ${r.toFixed(3)}`
}
console.log(JSON.stringify({ ...opts, cover: minCover, long: minWords, tech: byTechnique }))
console.log(`base: PTC SI ${fmt(base.si)} | BABE words ${fmtWords(base.words)} | BASIL ${fmt(base.basil)}`)
thresholds.forEach((t, k) =>
  console.log(`p>=${t}: PTC SI ${fmt(si[k]!)} sentence spans alone ${fmt(siWhole[k]!)} | BABE words ${fmtWords(words[k]!)}, sentence spans in non-biased ${neutralSpans[k]} | BASIL ${fmt(basilCounts[k]!)}`),
)
