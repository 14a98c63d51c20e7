import { readFileSync } from 'node:fs'
/**
 * Mutates the seed articles 300 ways (zero-width and bidi marks, lone surrogates, emoji, CRLF, odd quotes and
 * dates, cuts), analyses and compares each, and checks that nothing throws, every quote and framing span is the
 * text at its offsets, every source-map run is the input's own characters, and quote starts map back to them.
 * Fixed seed. Reads the seed pair in examples/.
 *
 *   npx tsx scripts/fuzz/fuzz-text.ts
 */
import { join } from 'node:path'
import { toInputOffset } from '../../src/pipeline/clean/source-map.js'
import { analyzeArticle, compareCoverage } from '../../src/pipeline/index.js'
const SEEDS = join(import.meta.dirname, '../../examples')
const seed = readFileSync(join(SEEDS, '000_ab4b00356de3292d.txt'), 'utf8')
const seed2 = readFileSync(join(SEEDS, '002_5f50d3ae80105f63.txt'), 'utf8')
let state = 7
const random = (): number => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
const inserts = ['\u200b', '\u200f', '\u202e', '😀', 'e\u0301', '\uD800', '\uDC00', '“', '”', '"', '«', '»', '\r', '\r\n', '\t', '\u00a0', '\u2028', 'İ', 'ß', 'ﬁ', '\u0000', '…', '—', '$', '%', '1,000,000', '2024-13-45', '31 February', 'Mr.', 'U.S.', '(', ')', '[', ']', 'said', ':', ';', 'he said,', '"We', '.”', '\n\n']
let failures = 0
for (let round = 0; round < 300; round++) {
  let text = round % 2 ? seed : seed2
  const n = 1 + Math.floor(random() * 60)
  for (let k = 0; k < n; k++) {
    const at = Math.floor(random() * text.length)
    text = random() < 0.2 ? text.slice(0, at) + text.slice(at + Math.floor(random() * 40)) : text.slice(0, at) + inserts[Math.floor(random() * inserts.length)] + text.slice(at)
  }
  try {
    const a = analyzeArticle({ source: 'x.txt', format: 'text', content: text }, { id: 'a1' })
    const b = analyzeArticle({ source: 'y.txt', format: 'text', content: round % 2 ? seed2 : seed }, { id: 'a2' })
    if ('kind' in a || 'kind' in b) continue
    const report = compareCoverage([a, b])
    // Every span must point into its article's text.
    for (const f of report.facts) for (const s of f.spans) { const art = report.articles.find((x) => x.id === s.articleId)!; if (s.start < 0 || s.end > art.text.length || s.start > s.end) throw new Error(`bad fact span ${JSON.stringify(s)}`) }
    for (const q of a.quotes) if (q.start < 0 || q.end > a.article.text.length || a.article.text.slice(q.start, q.end) !== q.text) throw new Error('bad quote span')
    for (const sp of a.framing) if (a.article.text.slice(sp.start, sp.end) !== sp.text) throw new Error('bad framing span')
    // Within one run of the source map, the text is the input's own characters.
    for (const run of a.article.sourceMap) if (a.article.text.slice(run.textStart, run.textStart + run.length) !== text.slice(run.inputStart, run.inputStart + run.length)) throw new Error(`run differs ${JSON.stringify(run)}`)
    for (const q of a.quotes) { const i = toInputOffset(a.article.sourceMap, q.start); if (text[i] !== a.article.text[q.start]) throw new Error(`quote start maps to ${JSON.stringify(text.slice(i, i + 10))} not ${JSON.stringify(a.article.text.slice(q.start, q.start + 10))}`) }
  } catch (e) {
    failures++
    if (failures < 5) console.log('FAIL', round, (e as Error).stack?.split('\n').slice(0, 4).join(' | '))
  }
}
console.log('failures', failures)
if (failures > 0) process.exitCode = 1
