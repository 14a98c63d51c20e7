/**
 * The publication date the pipeline estimates for a text without a stated one (`estimatePublishedAt`), against the
 * articles' real dates: BASIL dev (each article's date) and AllSides dev (the day in the excerpt's URL, else the
 * roundup's day). An estimate is shown in reports ("≈ 6 Dec 2024 (estimated)") and dates the story's relative dates,
 * so a wrong one misleads: precision first. Baseline: the latest full date in the text (the rule before).
 * Run alone: `npx tsx scripts/eval/date-estimates.ts [--limit N] [--errors N]`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dateFromUrl } from '../../src/pipeline/extract/index.js'
import { estimatePublishedAt, findDates } from '../../src/pipeline/values/index.js'
import type { EvalOptions, EvalRow } from './eval-row.js'
import { benchDir } from './lib/bench-dir.js'
import { count } from './lib/format.js'
import { isMainModule, runTaskScript } from './lib/run-task-script.js'

interface DatedText {
  readonly id: string
  readonly text: string
  /** The real publication day, YYYY-MM-DD. */
  readonly day: string
}

/** Within this many days of the real date an estimate is right (a roundup follows its excerpts by a few days). */
const NEAR_DAYS = 7
/** Further than this an estimate is in another season or year: the error a reader is most misled by. */
const FAR_DAYS = 120

type Estimate = (text: string) => string | undefined

export async function evaluateDates(options: EvalOptions = {}): Promise<EvalRow[]> {
  const texts = loadTexts(options.limit)
  const scope = `${count(texts.length)} articles (BASIL dev and AllSides dev excerpts) with a known date`
  return [...rows('publication date estimate', texts, (text) => estimatePublishedAt(text), scope), ...rows('publication date estimate · baseline: latest full date', texts, latestFullDate, scope)]
}

function rows(task: string, texts: readonly DatedText[], estimate: Estimate, scope: string): EvalRow[] {
  const { made, near, far } = score(texts, estimate)
  const share = (n: number): number => (made === 0 ? Number.NaN : n / made)
  return [
    { task, metric: 'estimates made', value: made, note: scope },
    { task, metric: `right (within ${NEAR_DAYS} days)`, value: share(near), note: `${near} of ${made} estimates` },
    { task, metric: `off by over ${FAR_DAYS} days`, value: share(far), note: `${far} of ${made} estimates` },
  ]
}

function score(texts: readonly DatedText[], estimate: Estimate): { made: number; near: number; far: number; wrong: string[] } {
  let made = 0
  let near = 0
  let far = 0
  const wrong: string[] = []
  for (const t of texts) {
    const day = estimate(t.text)
    if (day === undefined) continue
    made++
    const off = Math.abs(Date.parse(day) - Date.parse(t.day)) / 86_400_000
    if (off <= NEAR_DAYS) near++
    else wrong.push(`${t.id}: estimated ${day}, published ${t.day}`)
    if (off > FAR_DAYS) far++
  }
  return { made, near, far, wrong }
}

/** The rule before: the latest day-precise date, year-less ones dated by the latest year the text names. */
function latestFullDate(text: string): string | undefined {
  const precise = findDates(text).filter((d) => !d.isRelative && /^\d{4}-\d\d/.test(d.normalized))
  if (precise.length === 0) return undefined
  const latestYear = Math.max(...precise.map((d) => Number(d.normalized.slice(0, 4))))
  return findDates(text, `${latestYear}-12-31`)
    .filter((d) => d.isDay && d.interval)
    .map((d) => d.interval![0])
    .sort()
    .pop()
}

function loadTexts(limit?: number): DatedText[] {
  const texts: DatedText[] = []
  const basil = join(benchDir('basil'), 'articles')
  for (const year of readdirSync(basil).sort()) {
    for (const file of readdirSync(join(basil, year)).sort()) {
      const a = JSON.parse(readFileSync(join(basil, year, file), 'utf8')) as { title: string; date: string; 'body-paragraphs': string[][] }
      texts.push({ id: `basil ${file}`, text: `${a.title}\n\n${a['body-paragraphs'].map((p) => p.join(' ')).join('\n\n')}`, day: a.date })
    }
  }
  const lines = readFileSync(join(benchDir('allsides-roundups'), 'allsides_stories_2021-04_to_2021-10.jsonl'), 'utf8').split('\n')
  for (const line of lines) {
    if (line.trim() === '') continue
    const story = JSON.parse(line) as { id: number; date: string; news?: Record<string, { newsTitle: string; newBody: string[]; newsLink?: string }> }
    for (const [side, item] of Object.entries(story.news ?? {})) {
      const day = (item.newsLink === undefined ? undefined : dateFromUrl(item.newsLink)) ?? story.date.slice(0, 10)
      texts.push({ id: `allsides ${story.id}-${side}`, text: `${item.newsTitle}\n\n${item.newBody.join('\n\n')}`, day })
    }
  }
  return limit === undefined ? texts : texts.slice(0, limit)
}

async function printErrors(limit: number | undefined, examples: number): Promise<void> {
  const { wrong } = score(loadTexts(limit), (text) => estimatePublishedAt(text))
  console.log(`wrong estimates (${wrong.length}):`)
  for (const line of wrong.slice(0, examples)) console.log(`  ${line}`)
}

if (isMainModule(import.meta.url)) await runTaskScript(evaluateDates, printErrors)
