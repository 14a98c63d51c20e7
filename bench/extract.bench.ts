/**
 * Extraction speed on the article-extraction-benchmark dev pages (91 real pages), in pages/s, as a ratio to
 * Readability + linkedom and Readability + jsdom measured in the same run, with each system's F1 beside it
 * (the benchmark's own metric, scripts/eval/extraction.ts). Run: `npm run bench:extract [-- --rounds N]`.
 */
import { Readability } from '@mozilla/readability'
import { JSDOM, VirtualConsole } from 'jsdom'
import { parseHTML } from 'linkedom'
import { aggregate, benchmarkIds, loadPage, scoreItem } from '../scripts/eval/extraction.js'
import { benchDir } from '../scripts/eval/lib/bench-dir.js'
import { extractHtml } from '../src/pipeline/extract/index.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

interface Page {
  readonly id: string
  readonly url: string
  readonly html: string
  readonly gold: string
}

type Extractor = (page: Page) => string

const gold = JSON.parse(readFileSync(join(benchDir('article-extraction-benchmark'), 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>
const pages: Page[] = benchmarkIds().map((id) => ({ id, url: gold[id]?.url ?? '', html: loadPage(id), gold: gold[id]?.articleBody ?? '' }))

const virtualConsole = new VirtualConsole() // silent: jsdom's CSS warnings are not ours to print

const systems: Record<string, Extractor> = {
  parallax: (page) => {
    const result = extractHtml(page.html, { url: page.url })
    return 'kind' in result ? '' : result.text
  },
  'readability+linkedom': (page) => {
    const { document } = parseHTML(page.html)
    return new Readability(document as never).parse()?.textContent ?? ''
  },
  'readability+jsdom': (page) => {
    // jsdom throws on some pages' CSS (css-tree: "calc(($a - $b) / 16 * 9)"); count those pages as empty output
    try {
      const dom = new JSDOM(page.html, { url: page.url || 'https://example.com/', virtualConsole })
      const text = new Readability(dom.window.document).parse()?.textContent ?? ''
      dom.window.close()
      return text
    } catch {
      return ''
    }
  },
}

const roundsArg = process.argv.indexOf('--rounds')
// 5 rounds: a stable median on a shared 2-core machine without taking minutes (jsdom runs once)
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 5

function timeRound(extract: Extractor): number {
  const start = process.hrtime.bigint()
  for (const page of pages) extract(page)
  return Number(process.hrtime.bigint() - start) / 1e9
}

// Rounds interleave the systems (parallax, linkedom, jsdom, parallax, linkedom, …) so that load from other
// processes on a shared machine falls on all of them alike; each system's median round is reported
const names = Object.keys(systems)
const times = new Map<string, number[]>(names.map((name) => [name, []]))
const f1s = new Map<string, number>()
for (const name of names) {
  const extract = systems[name]
  if (!extract) continue
  const outputs = pages.map((page) => extract(page)) // warm-up round, also scored
  f1s.set(name, aggregate(pages.map((page, i) => scoreItem(page.gold, outputs[i] ?? ''))).f1)
}
for (let round = 0; round < rounds; round++) {
  for (const name of names) {
    const extract = systems[name]
    // jsdom takes ~40 s a round here: one timed round is enough to show its order of magnitude
    if (!extract || (name.includes('jsdom') && round > 0)) continue
    times.get(name)?.push(timeRound(extract))
  }
}
const results = names.map((name) => {
  const sorted = [...(times.get(name) ?? [])].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
  return { name, pagesPerSecond: pages.length / median, f1: f1s.get(name) ?? Number.NaN }
})

const base = (name: string): number => results.find((r) => r.name === name)?.pagesPerSecond ?? Number.NaN
console.log(`${pages.length} pages, median of ${rounds} interleaved rounds (jsdom: 1) after a warm-up round, node ${process.version}`)
console.log(`${'system'.padEnd(22)} ${'pages/s'.padStart(8)} ${'F1'.padStart(6)}  ${'vs linkedom'.padStart(11)}  ${'vs jsdom'.padStart(8)}`)
for (const r of results) {
  const vsLinkedom = (r.pagesPerSecond / base('readability+linkedom')).toFixed(2)
  const vsJsdom = (r.pagesPerSecond / base('readability+jsdom')).toFixed(2)
  console.log(`${r.name.padEnd(22)} ${r.pagesPerSecond.toFixed(1).padStart(8)} ${r.f1.toFixed(3).padStart(6)}  ${`${vsLinkedom}x`.padStart(11)}  ${`${vsJsdom}x`.padStart(8)}`)
}
