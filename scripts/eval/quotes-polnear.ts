/**
 * Quote extraction on PolNeAR dev (political news attribution relations: source, cue, content).
 * Run alone: `npx tsx scripts/eval/quotes-polnear.ts [--limit N] [--errors N]` (--errors: N examples of each
 * kind of error of the pipeline, to read by eye); metrics are described in docs/EVAL.md.
 */
import type { AnalyzedArticle } from '../../src/model/index.js'
import type { EvalOptions, EvalRow } from './eval-row.js'
import { baselineQuotes } from './lib/baseline-quotes.js'
import { benchDir } from './lib/bench-dir.js'
import { count, pr, rate } from './lib/format.js'
import { loadPipeline, isSkipped, type AnalyzeArticle } from './lib/load-pipeline.js'
import { loadPolnear, type PolnearArticle } from './lib/load-polnear.js'
import { mapToInput } from './lib/map-to-input.js'
import { quoteErrors, type QuoteErrors } from './lib/quote-errors.js'
import { runTaskScript, isMainModule } from './lib/run-task-script.js'
import { sample } from './lib/sample.js'
import { prf } from './lib/prf.js'
import { addQuoteCounts, emptyQuoteCounts, scoreQuotes, type PredictedQuote, type QuoteCounts } from './lib/score-quotes.js'

/** The corpus README's human agreement: a ceiling for a system, not a system score. */
const HUMAN_TOKENS = 'no system figure; human α 0.754 (tokens)'
const HUMAN_ATTRIBUTIONS = 'no system figure; human agreement 0.923'

/** Scores our pipeline (when it loads) and the quotation-mark baseline on PolNeAR dev. */
export async function evaluateQuotes(options: EvalOptions = {}): Promise<EvalRow[]> {
  const articles = loadPolnear(benchDir('polnear'), options.limit)
  const goldCount = articles.reduce((n, a) => n + a.gold.length, 0)
  const scope = `${count(goldCount)} attributions in ${count(articles.length)} articles`
  const rows: EvalRow[] = []
  const pipeline = await loadPipeline()
  if ('analyzeArticle' in pipeline) {
    const { counts, failures } = run(articles, pipelineQuotes(pipeline.analyzeArticle))
    rows.push(...fullRows('quotes · PolNeAR dev', counts, failures === '' ? scope : `${scope}; ${failures}`))
  } else {
    rows.push({ task: 'quotes · PolNeAR dev', metric: 'pipeline', value: Number.NaN, note: pipeline.unavailable })
  }
  const baseline = run(articles, (article) => baselineQuotes(article.text))
  rows.push(...baselineRows('quotes · PolNeAR dev · baseline: quotation marks', baseline.counts))
  return rows
}

type Predict = (article: PolnearArticle) => PredictedQuote[] | string

/** Runs a system over the articles; an article it skips or fails on counts as one with no quotes found. */
function run(articles: readonly PolnearArticle[], predict: Predict): { counts: QuoteCounts; failures: string } {
  const total = emptyQuoteCounts()
  const failed = new Map<string, number>()
  for (const article of articles) {
    let predicted: PredictedQuote[] | string
    try {
      predicted = predict(article)
    } catch (error) {
      predicted = `error: ${error instanceof Error ? error.message : String(error)}`
    }
    if (typeof predicted === 'string') {
      failed.set(predicted, (failed.get(predicted) ?? 0) + 1)
      predicted = []
    }
    addQuoteCounts(total, scoreQuotes(article.text, article.gold, predicted))
  }
  const failures = [...failed].map(([reason, n]) => `${n} ${reason}`).join('; ')
  return { counts: total, failures }
}

/** Our quotes, mapped from the cleaned text back to the input through the source map. */
function pipelineQuotes(analyze: AnalyzeArticle): Predict {
  return (article) => {
    const result = analyze({ source: `${article.name}.txt`, format: 'text', content: article.text })
    return isSkipped(result) ? `skipped (${result.reason})` : predictedQuotes(result)
  }
}

/**
 * The quotes of an analysed article with content and speaker spans in input offsets (via `article.sourceMap`),
 * ready to compare with gold offsets into the input.
 */
export function predictedQuotes(analyzed: AnalyzedArticle): PredictedQuote[] {
  const { sourceMap } = analyzed.article
  return analyzed.quotes.map((quote) => ({
    spans: mapToInput(quote, sourceMap),
    marked: quote.marked,
    speakerName: quote.speakerName,
    speakerSpans: quote.speakerSpan ? mapToInput(quote.speakerSpan, sourceMap) : [],
    ...(quote.verb !== undefined ? { verb: quote.verb } : {}),
  }))
}

function fullRows(task: string, c: QuoteCounts, scope: string): EvalRow[] {
  const tokens = prf(c.tokenTp, c.tokenPred, c.tokenGold)
  const attributions = prf(c.matched, c.pred, c.gold)
  const speaker = prf(c.speakerTp, c.pred, c.gold)
  const direct = directPrf(c, c.directMatched)
  const directSpeaker = directPrf(c, c.directSpeakerTp)
  // Mirror of the direct subset: an unmarked quote of ours matched to a direct quote is right, just not in it.
  const indirect = prf(c.indirectMatched, c.unmarkedPred - c.unmarkedMatchedDirect, c.gold - c.directGold)
  return [
    { task, metric: 'content-token F1', value: tokens.f1, published: HUMAN_TOKENS, note: `${pr(tokens)}; ${scope}` },
    { task, metric: 'attribution F1 (content Jaccard ≥ 0.5)', value: attributions.f1, published: HUMAN_ATTRIBUTIONS, note: `${pr(attributions)}; ${count(c.pred)} found` },
    { task, metric: 'attribution F1 (same words)', value: prf(c.exact, c.pred, c.gold).f1, note: pr(prf(c.exact, c.pred, c.gold)) },
    { task, metric: 'speaker F1 (content + speaker span)', value: speaker.f1, note: pr(speaker) },
    { task, metric: 'speaker span accuracy', value: rate(c.speakerSpanRight, c.sourced), note: `of ${count(c.sourced)} matched attributions with a gold source` },
    { task, metric: 'speaker name accuracy', value: rate(c.nameRight, c.named), note: `of ${count(c.named)} matched with a named gold source` },
    { task, metric: 'speaker name accuracy (+ pronouns)', value: rate(c.resolvedRight, c.resolved), note: `of ${count(c.resolved)}: gold "he"/"she" resolved to the previous named gold source` },
    { task, metric: 'cue/verb accuracy', value: rate(c.cueRight, c.cued), note: `of ${count(c.cued)} matched attributions with a gold cue` },
    { task, metric: 'direct quotes: attribution F1', value: direct.f1, note: `${pr(direct)}; ${count(c.directGold)} gold in quotation marks` },
    { task, metric: 'direct quotes: speaker F1', value: directSpeaker.f1, note: pr(directSpeaker) },
    { task, metric: 'reported speech: attribution F1', value: indirect.f1, note: `${pr(indirect)}; ${count(c.gold - c.directGold)} gold not in quotation marks, our unmarked quotes` },
  ]
}

function baselineRows(task: string, c: QuoteCounts): EvalRow[] {
  const tokens = prf(c.tokenTp, c.tokenPred, c.tokenGold)
  const attributions = prf(c.matched, c.pred, c.gold)
  const speaker = prf(c.speakerTp, c.pred, c.gold)
  const direct = directPrf(c, c.directMatched)
  const directSpeaker = directPrf(c, c.directSpeakerTp)
  return [
    { task, metric: 'content-token F1', value: tokens.f1, note: pr(tokens) },
    { task, metric: 'attribution F1 (content Jaccard ≥ 0.5)', value: attributions.f1, note: pr(attributions) },
    { task, metric: 'speaker F1 (content + speaker span)', value: speaker.f1, note: pr(speaker) },
    { task, metric: 'direct quotes: attribution F1', value: direct.f1, note: pr(direct) },
    { task, metric: 'direct quotes: speaker F1', value: directSpeaker.f1, note: pr(directSpeaker) },
  ]
}

/**
 * Direct-quote subset: gold = relations whose content stands in quotation marks; predicted = our marked
 * quotes, less those matched to paraphrase gold (a quoted fragment inside a paraphrase is right, just not
 * part of this subset).
 */
function directPrf(c: QuoteCounts, truePositives: number): ReturnType<typeof prf> {
  return prf(truePositives, c.markedPred - c.markedMatchedIndirect, c.directGold)
}

/** `--errors N`: N examples of each kind of error of the pipeline, from evenly spaced articles. */
async function printErrors(limit: number | undefined, n: number): Promise<void> {
  const pipeline = await loadPipeline()
  if (!('analyzeArticle' in pipeline)) {
    console.error(`quotes: ${pipeline.unavailable}`)
    return
  }
  const all: QuoteErrors = { missed: [], spurious: [], wrongSpeaker: [] }
  for (const article of loadPolnear(benchDir('polnear'), limit)) {
    const predicted = pipelineQuotes(pipeline.analyzeArticle)(article)
    if (typeof predicted === 'string') continue
    const errors = quoteErrors(article.text, article.gold, predicted)
    for (const key of ['missed', 'spurious', 'wrongSpeaker'] as const) all[key].push(...errors[key].map((e) => `${article.name}: ${e}`))
  }
  for (const key of ['missed', 'spurious', 'wrongSpeaker'] as const) {
    console.log(`\n${key} (${count(all[key].length)}):`)
    for (const line of sample(all[key], n)) console.log(`  ${line}`)
  }
}

if (isMainModule(import.meta.url)) await runTaskScript(evaluateQuotes, printErrors)
