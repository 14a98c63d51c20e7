import type { EvalRow } from '../eval-row.js'
import { bCubed } from './b-cubed.js'
import { count, pr } from './format.js'
import { loadWmtGrouping, type WmtGroupingDoc } from './load-wmt.js'
import { sample } from './sample.js'

/** The same threshold as the TF-IDF baseline of scripts/eval/clustering.ts (best mean over its three dev sets). */
const TFIDF_THRESHOLD = 0.4

/** A document as `groupStories` takes it. */
interface GroupDoc {
  readonly id: string
  readonly title: string
  readonly text: string
  readonly publishedAt?: string
}

/**
 * Cross-lingual story grouping on wmt-crosslingual `grouping.jsonl`: each text is prepared as `parallax cluster`
 * prepares a plain-text input (prepareDocument: title, text, date) and grouped by the same batch call
 * (groupStories). BCubed F1 against the gold stories, beside all singletons and the TF-IDF baseline of the
 * clustering eval. `limit`: the documents of at most that many stories (evenly spaced by story id).
 * Modules load at run time, so a pipeline that fails to load costs only our row, not the baselines.
 */
export async function evaluateWmtGrouping(dir: string, limit: number | undefined): Promise<EvalRow[]> {
  const all = loadWmtGrouping(dir)
  const stories = new Set(sample([...new Set(all.map((d) => d.story))].sort(), limit))
  const docs = all.filter((d) => stories.has(d.story))
  const task = `cross-lingual grouping · WMT dev (${count(docs.length)} docs, ${count(stories.size)} stories)`
  const score = (predicted: readonly string[]): ReturnType<typeof bCubed> =>
    bCubed(docs.map((d, i) => ({ goldCluster: d.story, predCluster: predicted[i] ?? `missing-${i}` })))
  const rows: EvalRow[] = []
  const prepared = await prepareAll(docs)
  if ('docs' in prepared) {
    const ours = score(prepared.groupStories(prepared.docs))
    rows.push({ task, metric: 'BCubed F1', value: ours.f1, note: `${pr(ours)}; batch grouping (cluster command)${prepared.skipped ? `; ${prepared.skipped} skipped` : ''}` })
  } else {
    rows.push({ task, metric: 'BCubed F1', value: Number.NaN, note: prepared.unavailable })
  }
  const singletons = score(docs.map((d) => d.docId))
  rows.push({ task, metric: 'baseline BCubed F1: all singletons', value: singletons.f1, note: pr(singletons) })
  const baselineDocs = 'docs' in prepared ? prepared.docs : docs.map((d) => ({ id: d.docId, title: '', text: d.text }))
  const tfidf = await tfidfClusters(baselineDocs)
  rows.push(
    typeof tfidf === 'string'
      ? { task, metric: `baseline BCubed F1: TF-IDF cosine ≥ ${TFIDF_THRESHOLD}`, value: Number.NaN, note: tfidf }
      : { task, metric: `baseline BCubed F1: TF-IDF cosine ≥ ${TFIDF_THRESHOLD}`, value: score(tfidf).f1, note: pr(score(tfidf)) },
  )
  return rows
}

type Prepared = { docs: GroupDoc[]; skipped: number; groupStories: (docs: readonly GroupDoc[]) => string[] } | { unavailable: string }

/** Each text as `parallax cluster` reads a text file; a skipped one stays a singleton so it costs recall. */
async function prepareAll(docs: readonly WmtGroupingDoc[]): Promise<Prepared> {
  try {
    const corpus = await import('../../../src/corpus/index.js')
    const cluster = await import('../../../src/pipeline/cluster/index.js')
    let skipped = 0
    const prepared = docs.map((doc) => {
      const result = corpus.prepareDocument({ source: `${doc.docId}.txt`, format: 'text', content: doc.text })
      if ('kind' in result) {
        skipped++
        return { id: doc.docId, title: '', text: '' }
      }
      return { id: doc.docId, title: result.title, text: result.text, language: result.language, ...(result.publishedAt === null ? {} : { publishedAt: result.publishedAt }) }
    })
    const groupStories = (input: readonly GroupDoc[]): string[] => {
      const storyOf = new Map(cluster.groupStories(input.filter((d) => d.text !== '')).map((a) => [a.articleId, a.storyId]))
      return input.map((d) => storyOf.get(d.id) ?? `skipped-${d.id}`)
    }
    return { docs: prepared, skipped, groupStories }
  } catch (error) {
    return { unavailable: `grouping could not be loaded: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}` }
  }
}

async function tfidfClusters(docs: readonly GroupDoc[]): Promise<string[] | string> {
  try {
    const { baselineClusters } = await import('../clustering.js')
    return baselineClusters(docs, TFIDF_THRESHOLD)
  } catch (error) {
    return `scripts/eval/clustering.ts could not be loaded: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`
  }
}
