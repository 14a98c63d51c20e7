/**
 * Story grouping at scale: per-article cost of StoryGrouper (observe + assign) at 10k, 100k, 300k and 1M
 * articles, as a ratio to its cost at 10k (goal: ≤ 1.5× at 1M, issue 4), with heap memory and index size.
 *
 * Corpus: synthetic events generated from the dev texts of ECB+, BASIL and AllSides in ../shared/bench (read
 * at run time, not copied). Each text's grouping terms (articleFeatures) are a template; an event renames its
 * names ("e:") and numbers ("n:") consistently (a twin event of the same kind, like ECB+'s), and each of its
 * 2–14 articles keeps a random 70% of the terms. Events follow each other over two years; articles of an event
 * fall within 3 days. Cost is the process CPU time (not wall time: the machine is shared) of observe + assign,
 * per window of 10,000 articles ending at each checkpoint.
 *
 *   npm run bench:cluster -- [--max 1000000]   (node --expose-gc, so the heap figures are live memory)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { articleFeatures, StoryGrouper, type ArticleFeatures } from '../src/pipeline/cluster/index.js'
import { seededRandom as random } from '../scripts/lib/seeded-random.js'

const BENCH = new URL('../../shared/bench/', import.meta.url).pathname
const WINDOW = 10_000
const DAY_MS = 86_400_000

/** Dev texts of the three grouping bench sets: { title, text }. */
export function loadBenchTexts(): { title: string; text: string }[] {
  const out: { title: string; text: string }[] = []
  for (const line of readFileSync(join(BENCH, 'ecbplus/dev/docs.jsonl'), 'utf8').split('\n')) {
    if (line.trim() !== '') out.push({ title: '', text: (JSON.parse(line) as { text: string }).text })
  }
  const basil = join(BENCH, 'basil/dev/articles')
  for (const year of readdirSync(basil).sort()) {
    for (const file of readdirSync(join(basil, year)).sort()) {
      const a = JSON.parse(readFileSync(join(basil, year, file), 'utf8')) as { title: string; 'body-paragraphs': string[][] }
      out.push({ title: a.title, text: a['body-paragraphs'].map((p) => p.join(' ')).join('\n\n') })
    }
  }
  for (const line of readFileSync(join(BENCH, 'allsides-roundups/dev/allsides_stories_2021-04_to_2021-10.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const story = JSON.parse(line) as { news?: Record<string, { newsTitle: string; newBody: string[] }> }
    for (const item of Object.values(story.news ?? {})) out.push({ title: item.newsTitle, text: item.newBody.join('\n\n') })
  }
  return out
}


interface SyntheticArticle {
  readonly id: string
  readonly event: number
  readonly features: ArticleFeatures
}

/** Endless stream of synthetic articles, event after event (see the file comment). */
function* syntheticArticles(templates: readonly ArticleFeatures[], total: number): Generator<SyntheticArticle> {
  const rnd = random(42)
  const span = 730 * DAY_MS
  let produced = 0
  for (let event = 0; produced < total; event++) {
    const template = templates[Math.floor(rnd() * templates.length)] ?? { terms: new Map(), time: null }
    const size = 2 + Math.floor(rnd() * 13)
    const start = Date.UTC(2023, 0, 1) + (produced / total) * span
    for (let i = 0; i < size && produced < total; i++, produced++) {
      const terms = new Map<string, number>()
      for (const [term, weight] of template.terms) {
        if (rnd() > 0.7) continue
        const renamed = term.startsWith('e:') || term.startsWith('n:') ? `${term}~${event.toString(36)}` : term
        terms.set(renamed, weight)
      }
      yield { id: `a${produced}`, event, features: { terms, time: start + rnd() * 3 * DAY_MS } }
    }
  }
}

interface Checkpoint {
  readonly articles: number
  readonly microsPerArticle: number
  readonly heapMiB: number
  readonly activeStories: number
  readonly postings: number
  readonly terms: number
  readonly purity: number
}

/** Runs the grouper over `max` synthetic articles and measures each checkpoint's window. */
export function runClusterBench(max: number, log: (line: string) => void = console.log): Checkpoint[] {
  const texts = loadBenchTexts()
  const templates = texts.map((t) => articleFeatures(t))
  log(`templates: ${templates.length} dev texts (ECB+, BASIL, AllSides); ${max.toLocaleString('en')} synthetic articles`)
  const checkpoints = [10_000, 100_000, 300_000, 1_000_000, 3_000_000].filter((n) => n <= max)
  const grouper = new StoryGrouper()
  const results: Checkpoint[] = []
  let windowMs = 0
  let windowEvents = new Map<string, number>()
  let windowStoryEvents = new Map<string, Map<number, number>>()
  let n = 0
  for (const article of syntheticArticles(templates, max)) {
    const inWindow = checkpoints.some((c) => n >= c - WINDOW && n < c)
    const started = inWindow ? process.cpuUsage() : undefined
    grouper.observe(article.features)
    const { storyId } = grouper.assign(article.id, article.features)
    if (started !== undefined) {
      const used = process.cpuUsage(started)
      windowMs += (used.user + used.system) / 1000
      windowEvents.set(storyId, (windowEvents.get(storyId) ?? 0) + 1)
      const byEvent = windowStoryEvents.get(storyId) ?? new Map<number, number>()
      byEvent.set(article.event, (byEvent.get(article.event) ?? 0) + 1)
      windowStoryEvents.set(storyId, byEvent)
    }
    n++
    if (checkpoints.includes(n)) {
      // Purity: share of the window's articles whose story's majority event is their own event (sanity, not a goal).
      let pure = 0
      for (const byEvent of windowStoryEvents.values()) pure += Math.max(...byEvent.values())
      const index = grouper.indexSize
      // Live heap, not garbage awaiting collection, when run with --expose-gc (as `npm run bench` does).
      globalThis.gc?.()
      const point = {
        articles: n,
        microsPerArticle: (windowMs * 1000) / WINDOW,
        heapMiB: process.memoryUsage().heapUsed / 2 ** 20,
        activeStories: grouper.activeStoryCount,
        postings: index.postings,
        terms: index.terms,
        purity: pure / WINDOW,
      }
      results.push(point)
      log(
        `${n.toLocaleString('en').padStart(10)} articles: ${point.microsPerArticle.toFixed(1).padStart(7)} µs CPU/article  ` +
          `heap ${point.heapMiB.toFixed(0).padStart(5)} MiB  active stories ${point.activeStories}  postings ${point.postings}  terms ${point.terms}  purity ${point.purity.toFixed(3)}`,
      )
      windowMs = 0
      windowEvents = new Map()
      windowStoryEvents = new Map()
    }
  }
  const base = results[0]
  const last = results.at(-1)
  if (base && last && last !== base) {
    log(`per-article cost at ${last.articles.toLocaleString('en')} / at ${base.articles.toLocaleString('en')}: ${(last.microsPerArticle / base.microsPerArticle).toFixed(2)}× (goal ≤ 1.5× at 1,000,000)`)
  }
  return results
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--max')
  runClusterBench(at > 0 ? Number(process.argv[at + 1]) : 1_000_000)
}
