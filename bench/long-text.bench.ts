/**
 * Long inputs stay near linear (robustness: the largest accepted file is 20 MB): `analyzeArticle` on one long text,
 * and `compareCoverage` on two, as the text grows. The baseline is the same work on the smallest size, measured
 * in the same run: each larger size reports its cost per character as a ratio to it (1.0 = linear; a quadratic
 * step in any stage shows as a ratio growing with the size).
 *
 * Corpus: the PolNeAR dev texts (real news prose, paragraphs kept) read from ../shared/bench at run time and
 * concatenated in file order, cut to each size at a paragraph break.
 *
 *   npx tsx bench/long-text.bench.ts
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AnalyzedArticle } from '../src/model/index.js'
import { analyzeArticle, compareCoverage } from '../src/pipeline/index.js'

const BENCH = process.env['PARALLAX_BENCH'] ?? join(import.meta.dirname, '../../shared/bench')
const ANALYZE_SIZES = [50_000, 500_000, 2_000_000]
// Comparing aligns every sentence of one text with every sentence of the other: quadratic by design. Its ratio
// is per character pair (size²), so 1.0 means "no worse than the pairwise alignment itself".
const COMPARE_SIZES = [25_000, 100_000, 250_000]

function loadProse(): string {
  const dir = join(BENCH, 'polnear/dev')
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(dir, entry.name, 'text')).map((file) => join(dir, entry.name, 'text', file)))
    .sort()
    .map((path) => readFileSync(path, 'utf8').trim())
    .join('\n\n')
}

/** The first `size` characters of `prose`, cut back to the last paragraph break; `from` skips that much first. */
function cut(prose: string, size: number, from = 0): string {
  const text = prose.slice(from, from + size)
  const lastBreak = text.lastIndexOf('\n\n')
  return lastBreak > size / 2 ? text.slice(0, lastBreak) : text
}

function analyze(text: string, id: string): AnalyzedArticle {
  const result = analyzeArticle({ source: `${id}.txt`, format: 'text', content: text }, { id })
  if ('kind' in result) throw new Error(`long-text bench: ${result.message}`)
  return result
}

/** CPU milliseconds of `run` (one call: each is long enough to time). */
function cpuMs(run: () => void): number {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

const prose = loadProse()
const largest = Math.max(...ANALYZE_SIZES, COMPARE_SIZES.at(-1)! * 2)
if (prose.length < largest) throw new Error(`long-text bench: only ${prose.length} characters of PolNeAR dev text, need ${largest}`)
// Warm-up on the baseline's own text: the first call loads models and leaves V8 unoptimised code behind.
analyze(cut(prose, ANALYZE_SIZES[0]!), 'warm-up')
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US')

console.log(`corpus: PolNeAR dev texts concatenated, ${fmt(prose.length)} characters`)
let baseline = 0
for (const size of ANALYZE_SIZES) {
  const text = cut(prose, size)
  const ms = cpuMs(() => analyze(text, 'a1'))
  const perChar = ms / text.length
  if (baseline === 0) baseline = perChar
  console.log(`analyze ${fmt(text.length)} chars: ${fmt(ms)} ms CPU, ${(perChar * 1000).toFixed(2)} µs/char, ${(perChar / baseline).toFixed(2)}x the ${fmt(ANALYZE_SIZES[0]!)}-char cost per char`)
}

let compareBaseline = 0
for (const size of COMPARE_SIZES) {
  // Two different stretches of the corpus, as two outlets' long reports would be.
  const left = analyze(cut(prose, size), 'a1')
  const right = analyze(cut(prose, size, largest - size), 'a2')
  const pairs = left.article.text.length * right.article.text.length
  const ms = cpuMs(() => compareCoverage([left, right]))
  const perPair = ms / pairs
  if (compareBaseline === 0) compareBaseline = perPair
  console.log(`compare 2 x ${fmt(size)} chars (${fmt(left.sentences.length)} x ${fmt(right.sentences.length)} sentences): ${fmt(ms)} ms CPU, ${(perPair / compareBaseline).toFixed(2)}x the ${fmt(COMPARE_SIZES[0]!)}-char cost per character pair`)
}
