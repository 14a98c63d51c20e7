// A synthetic news corpus for the worker tests and bench, generated at run time from the dev texts of ECB+
// and BASIL in ../shared/bench (read, never copied into the repo). Events of 5 articles: each article keeps
// a random 75% of its event's template sentences, from one of 12 outlets, dated within the event's day.
// Every 20th document is an exact copy of the one before at another URL (a syndicated copy), every 50th
// repeats an earlier URL and text (a rerun), every 97th repeats an earlier URL with changed text (a revision),
// so all four ingest outcomes (stored, copy, unchanged, revised) occur.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { seededRandom as random } from '../../scripts/lib/seeded-random.js'

export const BENCH_DIR = resolve(process.env['PARALLAX_BENCH'] ?? join(import.meta.dirname, '../../../shared/bench'))

export function hasBenchTexts(): boolean {
  return existsSync(join(BENCH_DIR, 'ecbplus/dev/docs.jsonl')) && existsSync(join(BENCH_DIR, 'basil/dev/articles'))
}

/** ECB+ and BASIL dev texts as lists of sentences-ish lines. */
function loadTemplates(): string[][] {
  const out: string[][] = []
  for (const line of readFileSync(join(BENCH_DIR, 'ecbplus/dev/docs.jsonl'), 'utf8').split('\n')) {
    if (line.trim() !== '') out.push(splitLines((JSON.parse(line) as { text: string }).text))
  }
  const basil = join(BENCH_DIR, 'basil/dev/articles')
  for (const year of readdirSync(basil).sort()) {
    for (const file of readdirSync(join(basil, year)).sort()) {
      const a = JSON.parse(readFileSync(join(basil, year, file), 'utf8')) as { title: string; 'body-paragraphs': string[][] }
      out.push([a.title, ...a['body-paragraphs'].flat()])
    }
  }
  return out.filter((t) => t.length >= 4)
}

function splitLines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '')
}


const OUTLETS = ['Daily Ledger', 'Morning Post', 'City Herald', 'Evening Star', 'Global Wire', 'The Courier', 'Metro News', 'Valley Times', 'The Observer', 'North Gazette', 'Harbour Press', 'Capital Report']

export interface CorpusLine {
  readonly url: string
  readonly outlet: string
  readonly publishedAt: string
  readonly title: string
  readonly text: string
}

/**
 * `count` JSON Lines documents (see the file comment), written to `path`. With `html`, each line carries an
 * HTML page instead of text: the article inside site chrome (navigation, related links, footer; ~15 KB), so
 * extraction costs what it costs on real pages rather than nothing.
 */
export function writeWorkerCorpus(path: string, count: number, options: { html?: boolean } = {}): CorpusLine[] {
  const templates = loadTemplates()
  const rnd = random(7)
  const lines: CorpusLine[] = []
  for (let i = 0; i < count; i++) {
    const previous = lines[i - 1]
    if (i % 20 === 19 && previous !== undefined) {
      lines.push({ ...previous, url: `https://copy${i % 3}.example/syndicated/${i}`, outlet: `Copy Desk ${i % 3}` })
      continue
    }
    if (i % 50 === 49) {
      lines.push(lines[Math.floor(rnd() * i)] as CorpusLine)
      continue
    }
    if (i % 97 === 96) {
      const earlier = lines[Math.floor(rnd() * i)] as CorpusLine
      lines.push({ ...earlier, text: `${earlier.text}\n\nUpdate: this article was corrected after publication (revision ${i}).` })
      continue
    }
    const event = Math.floor(i / 5)
    const template = templates[event % templates.length] as string[]
    const [title = '', ...body] = template
    const kept = body.filter(() => rnd() < 0.75)
    const outlet = OUTLETS[Math.floor(rnd() * OUTLETS.length)] as string
    const day = Date.UTC(2024, 0, 1) + event * 6 * 3_600_000
    lines.push({
      url: `https://${outlet.toLowerCase().replace(/\s+/g, '-')}.example/${event}/${i}`,
      outlet,
      publishedAt: new Date(day + Math.floor(rnd() * 20) * 3_600_000).toISOString(),
      title: `${title} (${i % 5 === 0 ? 'update' : outlet})`,
      text: (kept.length > 0 ? kept : body).join('\n'),
    })
  }
  const out = options.html === true ? lines.map((l, i) => ({ url: l.url, outlet: l.outlet, publishedAt: l.publishedAt, html: page(l, i) })) : lines
  writeFileSync(path, `${out.map((l) => JSON.stringify(l)).join('\n')}\n`)
  return lines
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The article in a news site's chrome: 120 navigation links, 30 related headlines, 40 footer links. */
function page(line: CorpusLine, seed: number): string {
  const nav = Array.from({ length: 120 }, (_, i) => `<li><a href="/section/${i}">Section ${i} news and analysis</a></li>`).join('')
  const related = Array.from({ length: 30 }, (_, i) => `<li><a href="/related/${seed}/${i}">Related headline number ${i} about another story entirely</a></li>`).join('')
  const footer = Array.from({ length: 40 }, (_, i) => `<a href="/about/${i}">About link ${i}</a>`).join(' | ')
  const body = line.text.split('\n').map((p) => `<p>${escapeHtml(p)}</p>`).join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(line.title)}</title><meta property="og:site_name" content="${escapeHtml(line.outlet)}"></head><body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>${escapeHtml(line.title)}</h1>${body}</article><aside><ul>${related}</ul></aside></main><footer>${footer}</footer><script>window.analytics = ${JSON.stringify({ seed })}</script></body></html>`
}
