/**
 * Corrupts the extraction bench's dev pages four ways (cut off, garbage spliced in, end tags dropped, halves
 * swapped) and analyses each: prints every page that fails inside the parser ("parse-failed") and the slowest.
 * Fixed seed, so a finding reproduces. Reads ../shared/bench (PARALLAX_BENCH).
 *
 *   npx tsx scripts/fuzz/fuzz-extract.ts
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { analyzeArticle } from '../../src/pipeline/index.js'
const dir = join(process.env['PARALLAX_BENCH'] ?? join(import.meta.dirname, '../../../shared/bench'), 'article-extraction-benchmark/dev/html')
const files = readdirSync(dir).sort()
let state = 42
const random = (): number => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
const garbage = ['<', '>', '</div>', '<script>', '<!--', ']]>', '\u0000', '\uFFFD', '&#x0;', '&amp', '<p', '"\'', '<svg><foreignObject><p>', '<table><tr><td>', '\uD800', '<![CDATA[']
let worst = { ms: 0, file: '' }
let failures = 0
for (const file of files) {
  const raw = readFileSync(join(dir, file))
  const html = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')
  for (let k = 0; k < 4; k++) {
    let page = html
    const cut = Math.floor(random() * page.length)
    if (k === 0) page = page.slice(0, cut)
    if (k === 1) for (let g = 0; g < 20; g++) { const at = Math.floor(random() * page.length); page = page.slice(0, at) + garbage[Math.floor(random() * garbage.length)] + page.slice(at) }
    if (k === 2) page = page.replace(/<\/(div|p|span|a|li|ul|table|tr|td)>/g, () => (random() < 0.5 ? '' : '</x>'))
    if (k === 3) page = page.slice(cut) + page.slice(0, cut)
    const t = performance.now()
    try {
      const r = analyzeArticle({ source: file, format: 'html', content: page }, { id: 'a1' })
      if ('kind' in r && r.reason === 'parse-failed') {
        console.log('parse-failed', file, k, r.message.slice(0, 120))
        // Refusing a page (nested too deep) is a verdict; an error from inside the parser passed on is a bug.
        if (r.message.startsWith('could not extract')) failures++
      }
    } catch (e) {
      failures++
      console.log('THREW', file, k, (e as Error).stack?.split('\n').slice(0, 3).join(' | '))
    }
    const ms = performance.now() - t
    if (ms > worst.ms) worst = { ms, file: `${file} #${k}` }
  }
}
console.log('done', files.length * 4, 'failures', failures, 'slowest', worst)
if (failures > 0) process.exitCode = 1
