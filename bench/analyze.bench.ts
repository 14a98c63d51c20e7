/**
 * Per-article analysis speed in tokens/s (goal: ≥ 0.3x wink-nlp's own full pipeline, issue 2): `analyzeArticle`
 * (clean → segment → entities → quotes → framing) on plain-text articles, as a ratio to wink-nlp's default pipeline
 * (`winkNLP(model)`: sentences, negation, sentiment, POS, entities; readDoc + tokens and entities out) measured in
 * the same run on the same texts. Both are counted in wink's tokens, so the ratio is a ratio of times.
 *
 * Corpus (read from ../shared/bench at run time, not copied here): BASIL dev articles (title + body) and PolNeAR dev
 * texts; by default the first 150 of each (sorted), `--full` for all 150 + 504. After a warm-up pass, the two
 * systems alternate text by text (so load from other processes on the machine hits both alike) for a few rounds;
 * the ratio is the median of the rounds' ratios, in wall time, with CPU time (process.cpuUsage) beside it.
 *
 *   npx tsx bench/analyze.bench.ts [--full] [--rounds 3]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import model from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'
import { analyzeArticle } from '../src/pipeline/index.js'

const BENCH = process.env['PARALLAX_BENCH'] ?? join(import.meta.dirname, '../../shared/bench')
const isFull = process.argv.includes('--full')
const roundsAt = process.argv.indexOf('--rounds')
const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 3
// 150 + 150 texts: ~300k tokens, ~15 s per round of ours on the 2-core dev machine; --full takes about twice as long.
const PER_SOURCE = isFull ? Infinity : 150
const GOAL = 0.3

interface Text {
  readonly source: string
  readonly content: string
}

function loadCorpus(): Text[] {
  const basilDir = join(BENCH, 'basil/dev/articles')
  const basil = readdirSync(basilDir)
    .sort()
    .flatMap((year) => readdirSync(join(basilDir, year)).sort().map((file) => join(basilDir, year, file)))
    .slice(0, PER_SOURCE)
    .map((path) => {
      const article = JSON.parse(readFileSync(path, 'utf8')) as { title: string; 'body-paragraphs': string[][] }
      return { source: path, content: `${article.title}\n\n${article['body-paragraphs'].map((p) => p.join(' ')).join('\n\n')}` }
    })
  const polnearDir = join(BENCH, 'polnear/dev')
  const polnear = readdirSync(polnearDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(polnearDir, entry.name, 'text')).map((file) => join(polnearDir, entry.name, 'text', file)))
    .sort()
    .slice(0, PER_SOURCE)
    .map((path) => ({ source: path, content: readFileSync(path, 'utf8') }))
  return [...basil, ...polnear]
}

const corpus = loadCorpus()
const setupStart = performance.now()
const nlp = winkNLP(model)
const winkSetupMs = performance.now() - setupStart

function winkOne(text: Text): number {
  const doc = nlp.readDoc(text.content)
  const tokens = doc.tokens().out().length
  doc.entities().out()
  return tokens
}

function oursOne(text: Text): boolean {
  return 'kind' in analyzeArticle({ source: text.source, format: 'text', content: text.content }, { id: 'a1' })
}

interface Timing {
  wall: number
  cpu: number
}

/** Runs `run` and adds its wall and CPU time (ms) to `into`. */
function timed<T>(into: Timing, run: () => T): T {
  const wall = performance.now()
  const cpu = process.cpuUsage()
  const result = run()
  const used = process.cpuUsage(cpu)
  into.wall += performance.now() - wall
  into.cpu += (used.user + used.system) / 1000
  return result
}

const tokens = corpus.reduce((sum, text) => sum + winkOne(text), 0)
// Warm-up: the first pass loads the gazetteer, compiles lexicons and lets V8 optimise; not part of the steady state.
const first: Timing = { wall: 0, cpu: 0 }
let skipped = 0
for (const text of corpus) if (timed(first, () => oursOne(text))) skipped++
// The two systems alternate text by text, so a burst of load from other processes on the machine hits both alike.
const results: { wink: Timing; ours: Timing }[] = []
for (let round = 0; round < rounds; round++) {
  const wink: Timing = { wall: 0, cpu: 0 }
  const ours: Timing = { wall: 0, cpu: 0 }
  for (const [i, text] of corpus.entries()) {
    if (i % 2 === 0) {
      timed(wink, () => winkOne(text))
      timed(ours, () => oursOne(text))
    } else {
      timed(ours, () => oursOne(text))
      timed(wink, () => winkOne(text))
    }
  }
  results.push({ wink, ours })
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US')
const rate = (ms: number): number => tokens / (ms / 1000)
const winkRate = rate(median(results.map((r) => r.wink.wall)))
const oursRate = rate(median(results.map((r) => r.ours.wall)))
const ratio = median(results.map((r) => r.wink.wall / r.ours.wall))
const cpuRatio = median(results.map((r) => r.wink.cpu / r.ours.cpu))
const basilCount = corpus.filter((t) => t.source.includes('/basil/')).length
console.log(`corpus: ${basilCount} BASIL dev + ${corpus.length - basilCount} PolNeAR dev texts, ${fmt(tokens)} wink tokens${isFull ? '' : ' (--full for all)'}; ${skipped} skipped by analyzeArticle`)
console.log(`wink-nlp full pipeline (baseline): ${fmt(winkRate)} tokens/s (model load ${fmt(winkSetupMs)} ms)`)
console.log(`analyzeArticle:                    ${fmt(oursRate)} tokens/s (first pass, with setup: ${fmt(rate(first.wall))} tokens/s)`)
console.log(`ratio: ${ratio.toFixed(2)}x wink-nlp in wall time (median of ${rounds} rounds: ${results.map((r) => (r.wink.wall / r.ours.wall).toFixed(2)).join(', ')}), ${cpuRatio.toFixed(2)}x in CPU time; goal ≥ ${GOAL}x: ${ratio >= GOAL ? 'met' : 'NOT met'}`)
