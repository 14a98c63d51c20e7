import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** One AllSides story: its outlets' excerpts (left, center, right, those present) and the editors' summary. */
export interface AllSidesStory {
  readonly id: number
  readonly issue: string
  readonly articles: readonly { readonly side: 'left' | 'center' | 'right'; readonly outlet: string; readonly text: string }[]
  /** The roundup without its coverage note: what AllSides' editors wrote about the story itself. */
  readonly summary: string
}

const SIDES = ['left', 'center', 'right'] as const

// The roundup's last paragraph is usually a note on the coverage, not on the story ("Coverage was mostly balanced
// across the spectrum…", "Left-rated outlets argued…"); the first paragraph is always the summary.
const COVERAGE_NOTE = /\b(coverage|covered|outlets|spectrum|(left|right|center)[- ]rated|(left|right)[- ]leaning|reports on all sides)\b/i

/**
 * The dev stories of allsides-roundups (file 1 of its README), in file order, each with its excerpts as plain
 * text (paragraphs joined by blank lines, no-break spaces as spaces) and its summary. Stories with fewer than two
 * excerpts or no summary are left out.
 */
export function loadAllSides(dir: string): AllSidesStory[] {
  const lines = readFileSync(join(dir, 'allsides_stories_2021-04_to_2021-10.jsonl'), 'utf8').split('\n')
  const stories: AllSidesStory[] = []
  for (const line of lines) {
    if (line.trim() === '') continue
    const raw = JSON.parse(line) as { id: number; issue: string; roundup: string[]; news?: Record<string, { newsSource: string; newBody: string[] }> }
    const articles = SIDES.flatMap((side) => {
      const item = raw.news?.[side]
      const text = item ? plain(item.newBody.join('\n\n')) : ''
      return item && text !== '' ? [{ side, outlet: item.newsSource.replace(/\s*\(.*\)$/, ''), text }] : []
    })
    const paragraphs = raw.roundup.map(plain).filter((p) => p !== '')
    const summary = paragraphs.filter((p, i) => i === 0 || !COVERAGE_NOTE.test(p)).join('\n\n')
    if (articles.length >= 2 && summary !== '') stories.push({ id: raw.id, issue: raw.issue, articles, summary })
  }
  return stories
}

function plain(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim()
}
