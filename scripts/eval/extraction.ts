/**
 * Scores article-body extraction on the Zyte article-extraction-benchmark (dev half) with the benchmark's
 * own metric (repo evaluate.py, as the bench README restates it): 4-gram shingles of `\w+` tokens, multiset
 * TP/FP/FN per item normalised by their sum, precision and recall averaged over items, F1 of the two means.
 * First scores the reference outputs (readability_js, trafilatura) to show the scorer reproduces the
 * README's dev figures, then scores Parallax's extractHtml.
 *
 * Run on its own: `npx tsx scripts/eval/extraction.ts [--items]` (--items lists the worst items).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { extractHtml } from '../../src/pipeline/extract/index.js'
import type { EvalOptions, EvalRow } from './eval-row.js'
import { benchDir } from './lib/bench-dir.js'
import { isMainModule } from './lib/run-task-script.js'

/** Looked up on use, so importing this module never fails when the data is missing. */
const bench = (): string => benchDir('article-extraction-benchmark')
const TASK = 'article extraction (Zyte AEB dev)'

interface Gold {
  readonly articleBody: string
  readonly url: string
}

/** Per-item counts, normalised so that tp + fp + fn = 1 (or all 0 when both texts are empty). */
export interface ItemScore {
  readonly tp: number
  readonly fp: number
  readonly fn: number
  /** Token lists equal. */
  readonly exact: boolean
}

export interface ExtractionScore {
  readonly f1: number
  readonly precision: number
  readonly recall: number
  readonly accuracy: number
}

/** Published per-half dev figures from the bench README (F1 / P / R / accuracy). */
const PUBLISHED_DEV: Record<string, ExtractionScore> = {
  readability_js: { f1: 0.95, precision: 0.92, recall: 0.982, accuracy: 0.231 },
  trafilatura: { f1: 0.963, precision: 0.94, recall: 0.987, accuracy: 0.275 },
}

/** Python's `\w` under re.UNICODE: letters, numbers and underscore (combining marks are not word characters). */
const TOKEN = /[\p{L}\p{N}_]+/gu

function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? []
}

function shingles(tokens: readonly string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const gram = tokens.slice(i, i + n)
    if (gram.length === 0) continue
    const key = gram.join('\u0000')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Scores one predicted body against its gold body. */
export function scoreItem(gold: string, predicted: string): ItemScore {
  const goldTokens = tokenize(gold)
  const predictedTokens = tokenize(predicted)
  const goldShingles = shingles(goldTokens)
  const predictedShingles = shingles(predictedTokens)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const key of new Set([...goldShingles.keys(), ...predictedShingles.keys()])) {
    const g = goldShingles.get(key) ?? 0
    const p = predictedShingles.get(key) ?? 0
    tp += Math.min(g, p)
    fp += Math.max(0, p - g)
    fn += Math.max(0, g - p)
  }
  const sum = tp + fp + fn
  const exact = goldTokens.length === predictedTokens.length && goldTokens.every((token, i) => token === predictedTokens[i])
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact } : { tp, fp, fn, exact }
}

/** Aggregates item scores exactly as evaluate.py's metrics_from_tp_fp_fns does. */
export function aggregate(items: readonly ItemScore[]): ExtractionScore {
  const precisions = items.filter((s) => s.tp + s.fp > 0).map((s) => (s.fp === 0 && s.fn === 0 ? 1 : s.tp / (s.tp + s.fp)))
  const recalls = items.filter((s) => s.tp + s.fn > 0).map((s) => (s.fp === 0 && s.fn === 0 ? 1 : s.tp / (s.tp + s.fn)))
  const precision = mean(precisions)
  const recall = mean(recalls)
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: items.filter((s) => s.exact).length / Math.max(1, items.length),
  }
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length
}

function loadGold(): Record<string, Gold> {
  return JSON.parse(readFileSync(join(bench(), 'ground-truth.json'), 'utf8')) as Record<string, Gold>
}

function loadReference(name: string): Record<string, { articleBody?: string }> {
  const data = JSON.parse(readFileSync(join(bench(), 'reference-outputs', `${name}.json`), 'utf8')) as { output: Record<string, { articleBody?: string }> }
  return data.output
}

/** Reads one benchmark page as a string (the pages are UTF-8, gzip-compressed). */
export function loadPage(id: string): string {
  return gunzipSync(readFileSync(join(bench(), 'html', `${id}.html.gz`))).toString('utf8')
}

/** Ids of the dev pages, sorted. */
export function benchmarkIds(): string[] {
  return readdirSync(join(bench(), 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .map((name) => name.replace(/\.html\.gz$/, ''))
    .sort()
}

/** Our extractor's body for one page: the empty string when it skips the page (scored as a miss, as the repo does). */
export function extractBody(html: string, url: string): string {
  const result = extractHtml(html, { url })
  return 'kind' in result ? '' : result.text
}

interface Scored {
  readonly name: string
  readonly score: ExtractionScore
  readonly items: ReadonlyMap<string, ItemScore>
}

function scoreSystem(name: string, gold: Record<string, Gold>, predict: (id: string) => string, limit?: number): Scored {
  const items = new Map<string, ItemScore>()
  const ids = Object.keys(gold).sort().slice(0, limit)
  for (const id of ids) items.set(id, scoreItem(gold[id]?.articleBody ?? '', predict(id)))
  return { name, score: aggregate([...items.values()]), items }
}

function runAll(options: EvalOptions = {}): Scored[] {
  const gold = loadGold()
  const references = ['readability_js', 'trafilatura'].map((name) => {
    const output = loadReference(name)
    return scoreSystem(name, gold, (id) => output[id]?.articleBody ?? '', options.limit)
  })
  const ours = scoreSystem('parallax', gold, (id) => extractBody(loadPage(id), gold[id]?.url ?? ''), options.limit)
  return [...references, ours]
}

/** Evaluation rows for scripts/eval/run-all.ts: the references' reproduced dev F1 (with the README figure) and ours. */
export async function evaluateExtraction(options: EvalOptions = {}): Promise<EvalRow[]> {
  const rows: EvalRow[] = []
  for (const system of runAll(options)) {
    const published = PUBLISHED_DEV[system.name]
    for (const metric of ['f1', 'precision', 'recall', 'accuracy'] as const) {
      if (system.name !== 'parallax' && metric !== 'f1') continue
      rows.push({
        task: TASK,
        metric: `${system.name} ${metric}`,
        value: system.score[metric],
        ...(published ? { published: `${published[metric].toFixed(3)} (README dev)` } : {}),
        ...(system.name === 'parallax' && metric === 'f1' ? { published: 'trafilatura 0.963, readability_js 0.950 (dev)' } : {}),
      })
    }
  }
  return rows
}

function printTable(systems: readonly Scored[], showItems: boolean): void {
  console.log(`${'system'.padEnd(16)} ${'F1'.padStart(6)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'acc'.padStart(6)}   published dev F1/P/R/acc`)
  for (const { name, score } of systems) {
    const published = PUBLISHED_DEV[name]
    const cells = [score.f1, score.precision, score.recall, score.accuracy].map((x) => x.toFixed(3).padStart(6)).join(' ')
    const reference = published ? `${published.f1} / ${published.precision} / ${published.recall} / ${published.accuracy}` : ''
    console.log(`${name.padEnd(16)} ${cells}   ${reference}`)
  }
  if (!showItems) return
  const ours = systems.find((s) => s.name === 'parallax')
  if (!ours) return
  const worst = [...ours.items].map(([id, s]) => ({ id, p: s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 1, r: s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 1 }))
  worst.sort((a, b) => Math.min(a.p, a.r) - Math.min(b.p, b.r))
  for (const item of worst.slice(0, 25)) console.log(`${item.id.slice(0, 12)}  P=${item.p.toFixed(3)} R=${item.r.toFixed(3)}`)
}

if (isMainModule(import.meta.url)) {
  printTable(runAll(), process.argv.includes('--items'))
}
