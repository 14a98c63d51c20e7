/**
 * Framing detection on the dev halves of PTC (SemEval-2020 Task 11), BABE and BASIL.
 * The learned part is scored by five-fold cross-validation inside dev, folds by article (BASIL: by event
 * triplet): each fold is scored by a model trained on the other four, never on itself. The lexicons are the
 * same in every fold (they were written, not fitted). Rows marked "lexicon only" switch the model off.
 * Run alone: `npx tsx scripts/eval/framing.ts`.
 */
import { evaluateLexiconCalibration } from './framing-calibration.js'
import type { FramingSpan, FramingTechnique } from '../../src/model/index.js'
import {
  classifyTechnique,
  createFramingDetector,
  loadPhraseTagger,
  loadSentenceBiasClassifier,
  sentenceBiasProbability,
  type SentenceBiasClassifier,
  loadLoadedWordModel,
  loadSentenceTechniqueModel,
  loadTechniqueClassifier,
  SENTENCE_SPAN_TAG,
  tokenizeWords,
  tokensOverlapping,
  type LoadedWordModel,
  type TechniqueClassifier,
} from '../../src/pipeline/framing/index.js'
import { readBabe, readBasil, readPtc, type BabeSentence, type BasilSentence, type PtcArticle } from '../train/bench-data.js'
import { foldOf } from '../train/cross-validate.js'
import { babeTexts, basilTexts, ptcTexts, type TaggedText } from '../train/tagger-examples.js'
import { PRODUCT_THRESHOLD } from '../train/train-loaded-words.js'
import { trainPhrases } from '../train/train-phrases.js'
import { trainSentenceBias } from '../train/train-sentence-bias.js'
import { trainSentenceTechniques } from '../train/train-sentence-techniques.js'
import { clauseTechniqueExamples, techniqueExamples, trainTechniques } from '../train/train-techniques.js'
import { trainTagger } from '../train/train-tagger.js'
import type { EvalOptions, EvalRow } from './eval-row.js'
import { addOverlap, emptyOverlapCounts, overlapScore, type CharSpan, type OverlapCounts } from './framing-metrics.js'
import type { ShownCandidate, ShownDoc } from './framing-shown.js'
import { evaluateFramingAllSides } from './framing-allsides.js'
import { notFramingRows } from './framing-not-framing.js'
import { shownRows } from './framing-shown-rows.js'
import { isMainModule } from './lib/run-task-script.js'

const FOLDS = 5

/** Our technique names → the PTC label they correspond to (SemEval-2020 Task 11 names). */
const PTC_LABEL: Readonly<Record<FramingTechnique, string>> = {
  'name-calling': 'Name_Calling,Labeling',
  'loaded-language': 'Loaded_Language',
  'loaded-attribution': 'Loaded_Language',
  doubt: 'Doubt',
  hedge: 'Doubt',
  exaggeration: 'Exaggeration,Minimisation',
  'appeal-to-fear': 'Appeal_to_fear-prejudice',
  'flag-waving': 'Flag-Waving',
  'causal-oversimplification': 'Causal_Oversimplification',
  slogans: 'Slogans',
  repetition: 'Repetition',
  'appeal-to-authority': 'Appeal_to_Authority',
  'black-and-white': 'Black-and-White_Fallacy',
  whataboutism: 'Whataboutism,Straw_Men,Red_Herring',
  'thought-terminating-cliche': 'Thought-terminating_Cliches',
  bandwagon: 'Bandwagon,Reductio_ad_hitlerum',
  // A clause without a confident technique: scored as the majority label.
  'loaded-sentence': 'Loaded_Language',
}
// A gold span no detected span overlaps gets the most frequent PTC label (1,267 of 3,712 dev spans).
const MAJORITY_LABEL = 'Loaded_Language'

interface Counts {
  ptcSpans: OverlapCounts
  tcCorrect: number
  tcTotal: number
  tcByClassifier: boolean
  /** BABE sentence confusion, "Biased" as positive: by the sentence classifier when there is one, else any span. */
  sentence: Confusion
  /** The same by the rule "biased = any span", for comparison. */
  anySpan: Confusion
  bySentenceClassifier: boolean
  /**
   * BABE biased words: tokens covered by a word-level span vs tokens of the marked words, in Biased sentences.
   * Clause spans (the sentence technique model's) claim a technique for a sentence, not that each of its
   * words is loaded, so they are scored with the sentences; `wordsAll` counts every span, for the note.
   */
  words: { tp: number; predicted: number; gold: number }
  wordsAll: { tp: number; predicted: number; gold: number }
  /** BASIL lexical spans against word-level spans (as `words`), and against every span. */
  basil: OverlapCounts
  basilAll: OverlapCounts
  /** Reliability of confidences: per corpus, span source and confidence bin, spans found and spans overlapping gold. */
  reliability: Map<string, { found: number; right: number }>
  /** Model spans of PTC and BABE: the log-odds of their raw probability and whether they overlap gold (for calibration). */
  modelOutcomes: { logit: number; right: boolean }[]
  /** The same for clause spans (the sentence technique model's probability of their sentence). */
  clauseOutcomes: { logit: number; right: boolean }[]
  /** PTC clause spans that overlap a gold technique span, and those whose technique is one of the overlapping spans'. */
  clauseLabels: { overlapping: number; right: number }
  /** Clause spans on BABE's non-biased sentences, and how many such sentences hold one (spans the product should not show). */
  clauseNeutral: { spans: number; sentences: number }
  /** Every text with its gold spans and all the spans found (no show thresholds), to set and check them. */
  shownDocs: ShownDoc[]
}

interface Confusion {
  tp: number
  fp: number
  fn: number
  tn: number
}

type Detect = (text: string) => FramingSpan[]

/** Scores the detector with cross-validated models, and with the lexicons alone. */
export async function evaluateFraming(
  options: EvalOptions & { readonly phrases?: number; readonly sentences?: boolean; readonly onReliability?: (lines: string[]) => void } = {},
): Promise<EvalRow[]> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY
  const babe = readBabe().filter((s) => s.label !== 'No agreement').slice(0, limit * 10)
  const basil = readBasil().slice(0, limit * 30)
  const ptc = readPtc().slice(0, limit)
  const tagged = [...babeTexts(babe), ...basilTexts(basil), ...ptcTexts(ptc)]
  const key = (corpus: string, group: string): string => `${corpus}:${group}`
  const folds = foldOf(tagged.map((t) => key(t.corpus, t.group)), FOLDS)
  const inFold = (corpus: string, group: string, fold: number): boolean => folds.get(key(corpus, group)) === fold

  // The sentence technique model learns from cross-fitted word-level spans (train-sentence-techniques.ts): in
  // fold `fold`, a training text of fold g gets them from a loaded-word model trained without folds fold and g.
  const pairModels = new Map<string, LoadedWordModel>()
  const pairModel = (a: number, b: number): LoadedWordModel => {
    const id = a < b ? `${a},${b}` : `${b},${a}`
    let model = pairModels.get(id)
    if (model === undefined) {
      model = trainFold(tagged.filter((t) => !inFold(t.corpus, t.group, a) && !inFold(t.corpus, t.group, b)))
      pairModels.set(id, model)
    }
    return model
  }

  const learned = { ...emptyCounts(), tcByClassifier: true, bySentenceClassifier: true }
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainFold(tagged.filter((t) => !inFold(t.corpus, t.group, fold)))
    const classifier = loadTechniqueClassifier(trainTechniques(techniqueExamples(ptc.filter((a) => !inFold('ptc', a.id, fold)))))
    const phrases =
      options.phrases === undefined
        ? null
        : loadPhraseTagger({
            ...trainPhrases(
              ptc.filter((a) => !inFold('ptc', a.id, fold)),
              createFramingDetector({ language: 'en', model, techniques: classifier, sentences: null }),
            ),
            threshold: options.phrases,
          })
    const crossFitted = new Map<number, Detect>()
    const upstream = (corpus: 'ptc' | 'babe', group: string): Detect => {
      const other = folds.get(key(corpus, group))!
      let detector = crossFitted.get(other)
      if (detector === undefined) {
        detector = createFramingDetector({ language: 'en', model: pairModel(fold, other), techniques: classifier, phrases: null, sentences: null })
        crossFitted.set(other, detector)
      }
      return detector
    }
    const sentenceModel = loadSentenceTechniqueModel(
      trainSentenceTechniques(
        ptc.filter((a) => !inFold('ptc', a.id, fold)),
        babe.filter((s) => !inFold('babe', s.group, fold)),
        upstream,
      ),
    )
    const clauseTechniques = loadTechniqueClassifier(trainTechniques(clauseTechniqueExamples(ptc.filter((a) => !inFold('ptc', a.id, fold)))))
    // Every span with its technique (no show thresholds): the shown-span rows set and check the thresholds.
    const detect = createFramingDetector({ language: 'en', model, techniques: classifier, phrases, sentences: options.sentences === false ? null : sentenceModel, clauseTechniques, thresholds: null })
    // The sentence classifier reads the fold's loaded-word model, and learns from the fold's BABE bias and opinion labels.
    const sentences = { classifier: loadSentenceBiasClassifier(trainSentenceBias(babe.filter((s) => !inFold('babe', s.group, fold)), model)), model }
    score(
      learned,
      detect,
      babe.filter((s) => inFold('babe', s.group, fold)),
      basil.filter((s) => inFold('basil', s.group, fold)),
      ptc.filter((a) => inFold('ptc', a.id, fold)),
      classifier,
      sentences,
    )
  }
  const lexiconOnly = emptyCounts()
  score(lexiconOnly, createFramingDetector({ language: 'en', model: null, phrases: null, sentences: null, thresholds: null }), babe, basil, ptc)
  const scope = `${ptc.length} PTC articles, ${babe.length} BABE sentences, ${new Set(basil.map((s) => s.article)).size} BASIL articles`
  if (options.onReliability !== undefined) {
    const { a, b } = fitPlatt(learned.modelOutcomes)
    const clause = fitPlatt(learned.clauseOutcomes)
    options.onReliability([
      ...reliabilityTable(learned),
      `Platt fit of model spans (PTC + BABE, ${learned.modelOutcomes.length} spans): a ${a.toFixed(3)}, b ${b.toFixed(3)}`,
      `Platt fit of clause spans (PTC + BABE, ${learned.clauseOutcomes.length} spans): a ${clause.a.toFixed(3)}, b ${clause.b.toFixed(3)}`,
      `PTC clause spans overlapping a gold span: ${learned.clauseLabels.overlapping}; labelled with one of its techniques: ${learned.clauseLabels.right} (${(learned.clauseLabels.right / Math.max(1, learned.clauseLabels.overlapping)).toFixed(3)})`,
      `Clause spans on BABE non-biased sentences: ${learned.clauseNeutral.spans} (on ${learned.clauseNeutral.sentences} sentences)`,
    ])
  }
  const shown = shownRows(learned.shownDocs)
  options.onReliability?.(shown.lines)
  return [
    ...rows(learned, `lexicons + model (${FOLDS}-fold CV by article)`, scope),
    ...shown.rows,
    ...evaluateLexiconCalibration(),
    ...notFramingRows(),
    ...(await evaluateFramingAllSides(options)),
    ...rows(lexiconOnly, 'lexicons only', scope),
  ]
}

function trainFold(texts: readonly TaggedText[]): LoadedWordModel {
  return loadLoadedWordModel(trainTagger(texts, { threshold: PRODUCT_THRESHOLD }))
}

function emptyCounts(): Counts {
  return {
    ptcSpans: emptyOverlapCounts(),
    tcCorrect: 0,
    tcTotal: 0,
    tcByClassifier: false,
    sentence: { tp: 0, fp: 0, fn: 0, tn: 0 },
    anySpan: { tp: 0, fp: 0, fn: 0, tn: 0 },
    bySentenceClassifier: false,
    words: { tp: 0, predicted: 0, gold: 0 },
    wordsAll: { tp: 0, predicted: 0, gold: 0 },
    basil: emptyOverlapCounts(),
    basilAll: emptyOverlapCounts(),
    reliability: new Map(),
    modelOutcomes: [],
    clauseOutcomes: [],
    clauseLabels: { overlapping: 0, right: 0 },
    clauseNeutral: { spans: 0, sentences: 0 },
    shownDocs: [],
  }
}

function score(
  c: Counts,
  detect: Detect,
  babe: readonly BabeSentence[],
  basil: readonly BasilSentence[],
  ptc: readonly PtcArticle[],
  classifier?: TechniqueClassifier,
  sentences?: { readonly classifier: SentenceBiasClassifier; readonly model: LoadedWordModel },
): void {
  const lexicon = createFramingDetector({ language: 'en', model: null, phrases: null, sentences: null })
  for (const article of ptc) {
    const spans = detect(article.text)
    c.shownDocs.push({ corpus: 'PTC', group: article.id, gold: article.si, spans: spans.map((s) => candidate(s, article.techniques)) })
    addOverlap(c.ptcSpans, spans, article.si)
    addReliability(c, 'PTC', spans, article.si)
    for (const span of spans) {
      if (isWordLevel(span)) continue
      const gold = article.techniques.filter((g) => g.start < span.end && g.end > span.start)
      if (gold.length === 0) continue
      c.clauseLabels.overlapping += 1
      if (gold.some((g) => g.technique === PTC_LABEL[span.technique])) c.clauseLabels.right += 1
    }
    const tokens = tokenizeWords(article.text)
    for (const gold of article.techniques) {
      c.tcTotal += 1
      const predicted = classifier === undefined ? predictTechnique(spans, gold) : classifiedTechnique(article.text, tokens, gold, classifier)
      if (predicted === gold.technique) c.tcCorrect += 1
    }
  }
  for (const sentence of babe) {
    const spans = detect(sentence.text)
    const isBiased = sentence.label === 'Biased'
    c.shownDocs.push({ corpus: 'BABE', group: sentence.group, gold: isBiased ? sentence.wordSpans : [], spans: spans.map((s) => candidate(s)) })
    addConfusion(c.anySpan, spans.length > 0, isBiased)
    if (sentences === undefined) addConfusion(c.sentence, spans.length > 0, isBiased)
    else {
      // The whole BABE item is one sentence to the classifier, as in training (abbreviations such as "U.S."
      // would split it into several for the tokenizer).
      const tokens = tokenizeWords(sentence.text)
      const p =
        tokens.length === 0 ? 0 : sentenceBiasProbability(sentence.text, tokens, 0, tokens.length - 1, lexicon(sentence.text), sentences.classifier, sentences.model)
      addConfusion(c.sentence, p >= sentences.classifier.threshold, isBiased)
    }
    if (sentence.label === 'Non-biased') {
      const clauses = spans.filter((s) => !isWordLevel(s)).length
      c.clauseNeutral.spans += clauses
      if (clauses > 0) c.clauseNeutral.sentences += 1
    }
    if (isBiased) {
      addWordCounts(c.words, sentence, spans.filter(isWordLevel))
      addWordCounts(c.wordsAll, sentence, spans)
    }
    addReliability(c, 'BABE', spans, isBiased ? sentence.wordSpans : [])
  }
  for (const sentence of basil) {
    const spans = detect(sentence.text)
    c.shownDocs.push({ corpus: 'BASIL', group: sentence.group, gold: sentence.lexical, spans: spans.map((s) => candidate(s)) })
    addOverlap(c.basil, spans.filter(isWordLevel), sentence.lexical)
    addOverlap(c.basilAll, spans, sentence.lexical)
    addReliability(c, 'BASIL', spans, sentence.lexical)
  }
}

/** A found span as the shown-span rows need it; clause spans with their technique's probability (and, on PTC, whether it is right). */
function candidate(span: FramingSpan, techniques?: readonly (CharSpan & { readonly technique: string })[]): ShownCandidate {
  const base = { start: span.start, end: span.end, source: span.source, confidence: span.confidence }
  const named = span.source === 'clause-model' ? /reads the sentence as [a-z-]+ \(p=(\d\.\d+)\)/.exec(span.explanation) : null
  if (named === null) return base
  const overlapping = techniques?.filter((g) => g.start < span.end && g.end > span.start) ?? []
  return {
    ...base,
    techniqueP: Number(named[1]),
    ...(overlapping.length === 0 ? {} : { techniqueRight: overlapping.some((g) => g.technique === PTC_LABEL[span.technique]) }),
  }
}

/** A span of the lexicons, the loaded-word model or the phrase tagger; not a clause span of the sentence technique model. */
function isWordLevel(span: FramingSpan): boolean {
  return !span.explanation.includes(SENTENCE_SPAN_TAG)
}

// Confidence bins for the reliability table: the model's threshold (0.2) up, the lexicon's priors (0.25–0.9).
const BINS = [0.2, 0.35, 0.5, 0.7, 1.01] as const

/** Counts spans by corpus, source (lexicon / model) and confidence bin, and how many overlap a gold span. */
function addReliability(c: Counts, corpus: string, spans: readonly FramingSpan[], gold: readonly CharSpan[]): void {
  for (const span of spans) {
    const source = !isWordLevel(span) ? 'clause' : span.explanation.includes('[model ') ? 'model' : 'lexicon'
    const bin = BINS.findIndex((b) => span.confidence < b)
    const label = bin <= 0 ? `<${BINS[0]}` : `${BINS[bin - 1]}–${Math.min(1, BINS[bin]!)}`
    const key = `${corpus}\t${source}\t${label}`
    const counts = c.reliability.get(key) ?? { found: 0, right: 0 }
    counts.found += 1
    const right = gold.some((g) => g.start < span.end && g.end > span.start)
    if (right) counts.right += 1
    c.reliability.set(key, counts)
    const raw = (source === 'clause' ? /at p=(0\.\d+) of using one/ : /gives p=(0\.\d+)/).exec(span.explanation)
    if (source !== 'lexicon' && corpus !== 'BASIL' && raw !== null) {
      const p = Math.min(0.995, Math.max(0.005, Number(raw[1])))
      ;(source === 'clause' ? c.clauseOutcomes : c.modelOutcomes).push({ logit: Math.log(p / (1 - p)), right })
    }
  }
}

/**
 * Platt scaling of the model's raw probability: P(span overlaps gold) = σ(a · logit(p) + b), fitted by
 * gradient descent on the cross-validated model spans of PTC and BABE (BASIL marks far fewer words: its
 * rates are a different question).
 */
export function fitPlatt(outcomes: readonly { logit: number; right: boolean }[]): { a: number; b: number } {
  let a = 1
  let b = 0
  for (let step = 0; step < 2000; step++) {
    let ga = 0
    let gb = 0
    for (const o of outcomes) {
      const g = 1 / (1 + Math.exp(-(a * o.logit + b))) - (o.right ? 1 : 0)
      ga += g * o.logit
      gb += g
    }
    a -= (0.5 * ga) / outcomes.length
    b -= (0.5 * gb) / outcomes.length
  }
  return { a, b }
}

/** The reliability table: the share of spans that overlap a gold span, by corpus, source and confidence bin. */
export function reliabilityTable(c: Pick<Counts, 'reliability'>): string[] {
  return [...c.reliability.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, { found, right }]) => `${key}\t${found}\t${(right / found).toFixed(2)}`)
}

function addConfusion(c: Confusion, predicted: boolean, actual: boolean): void {
  if (predicted && actual) c.tp += 1
  else if (predicted) c.fp += 1
  else if (actual) c.fn += 1
  else c.tn += 1
}

/** The technique classifier's label for a gold span (the TC task: spans given, technique predicted). */
function classifiedTechnique(text: string, tokens: ReturnType<typeof tokenizeWords>, gold: CharSpan, classifier: TechniqueClassifier): string {
  const range = tokensOverlapping(tokens, gold)
  if (range === undefined) return MAJORITY_LABEL
  return PTC_LABEL[classifyTechnique(text, tokens, range, classifier).technique]
}

/** The technique of the detected span overlapping the gold span most (characters × confidence). */
function predictTechnique(spans: readonly FramingSpan[], gold: CharSpan): string {
  let best: FramingSpan | undefined
  let bestScore = 0
  for (const span of spans) {
    const overlap = Math.min(span.end, gold.end) - Math.max(span.start, gold.start)
    if (overlap > 0 && overlap * span.confidence > bestScore) {
      best = span
      bestScore = overlap * span.confidence
    }
  }
  return best === undefined ? MAJORITY_LABEL : PTC_LABEL[best.technique]
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu

function addWordCounts(c: Counts['words'], sentence: BabeSentence, spans: readonly FramingSpan[]): void {
  for (const match of sentence.text.matchAll(WORD)) {
    const start = match.index
    const end = start + match[0].length
    const inside = (s: CharSpan): boolean => s.start < end && s.end > start
    const isGold = sentence.wordSpans.some(inside)
    const isPredicted = spans.some(inside)
    if (isGold) c.gold += 1
    if (isPredicted) c.predicted += 1
    if (isGold && isPredicted) c.tp += 1
  }
}

function rows(c: Counts, setup: string, scope: string): EvalRow[] {
  const si = overlapScore(c.ptcSpans)
  const basil = overlapScore(c.basil)
  const s = c.sentence
  const f1Biased = f1(s.tp, s.fp, s.fn)
  const f1Neutral = f1(s.tn, s.fn, s.fp)
  const a = c.anySpan
  const anySpanMacro = (f1(a.tp, a.fp, a.fn) + f1(a.tn, a.fn, a.fp)) / 2
  const words = f1Detail(c.words.tp, c.words.predicted - c.words.tp, c.words.gold - c.words.tp)
  const wordsAll = f1Detail(c.wordsAll.tp, c.wordsAll.predicted - c.wordsAll.tp, c.wordsAll.gold - c.wordsAll.tp)
  const basilAll = overlapScore(c.basilAll)
  const hasClauses = c.wordsAll.predicted !== c.words.predicted || c.basilAll.predicted !== c.basil.predicted
  const pr = (p: number, r: number): string => `P ${(p * 100).toFixed(1)} · R ${(r * 100).toFixed(1)}`
  return [
    {
      task: `framing · PTC dev · ${setup}`,
      metric: 'span identification F1 (partial overlap)',
      value: si.f1,
      published: '0.491 (aschern) – best ≈0.51, official test set',
      note: `${pr(si.precision, si.recall)}; ${scope}`,
    },
    {
      task: `framing · PTC dev · ${setup}`,
      metric: 'technique micro-F1 (gold spans)',
      value: c.tcTotal === 0 ? 0 : c.tcCorrect / c.tcTotal,
      published: '0.62 (aschern, test); majority class 0.341 on dev',
      note: `${c.tcCorrect}/${c.tcTotal}; ${c.tcByClassifier ? 'technique classifier on each gold span' : 'technique of the best-overlapping detected span, else Loaded_Language'}`,
    },
    {
      task: `framing · BABE dev · ${setup}`,
      metric: `sentence macro-F1 (${c.bySentenceClassifier ? 'sentence classifier' : 'biased = any span'})`,
      value: (f1Biased + f1Neutral) / 2,
      published: '0.804 (Spinde et al. 2021, 5-fold CV, BERT)',
      note:
        `F1 biased ${f1Biased.toFixed(3)} (P ${(s.tp / Math.max(1, s.tp + s.fp)).toFixed(3)}), non-biased ${f1Neutral.toFixed(3)}` +
        (c.bySentenceClassifier ? `; biased = any span: ${anySpanMacro.toFixed(3)}` : ''),
    },
    {
      task: `framing · BABE dev · ${setup}`,
      metric: 'biased-word F1 (tokens, biased sentences)',
      value: words.f1,
      note: pr(words.precision, words.recall) + (hasClauses ? `; word-level spans (with clause spans: F1 ${wordsAll.f1.toFixed(3)}, P ${wordsAll.precision.toFixed(3)})` : ''),
    },
    {
      task: `framing · BASIL dev · ${setup}`,
      metric: 'lexical-span F1 (partial overlap)',
      value: basil.f1,
      note:
        `${pr(basil.precision, basil.recall)}; per sentence, informational spans excluded` +
        (hasClauses ? `; word-level spans (with clause spans: F1 ${basilAll.f1.toFixed(3)}, P ${basilAll.precision.toFixed(3)})` : ''),
    },
  ]
}

function f1(tp: number, fp: number, fn: number): number {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
}

function f1Detail(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  return { precision, recall, f1: f1(tp, fp, fn) }
}

if (isMainModule(import.meta.url)) {
  const limitIndex = process.argv.indexOf('--limit')
  const limit = limitIndex > 0 ? Number(process.argv[limitIndex + 1]) : undefined
  // --phrases P: also run the opt-in phrase tagger at threshold P (trained per fold like the other models).
  const phrasesIndex = process.argv.indexOf('--phrases')
  const phrases = phrasesIndex > 0 ? Number(process.argv[phrasesIndex + 1]) : undefined
  // --no-sentences: without the sentence technique model's clause spans (the detector before it).
  const sentences = !process.argv.includes('--no-sentences')
  const rows = await evaluateFraming({
    ...(limit !== undefined && Number.isInteger(limit) && limit > 0 ? { limit } : {}),
    ...(phrases !== undefined && phrases > 0 && phrases < 1 ? { phrases } : {}),
    sentences,
    onReliability: (lines) => {
      console.log('reliability (CV): corpus, source, confidence, spans, share overlapping gold')
      for (const line of lines) console.log(line)
    },
  })
  for (const row of rows) {
    console.log(`${row.task} | ${row.metric} | ${(row.value * 100).toFixed(1)} | ${row.published ?? ''} | ${row.note ?? ''}`)
  }
}
