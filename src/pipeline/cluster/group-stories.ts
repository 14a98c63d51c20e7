import { articleFeatures, type FeatureInput, type FeatureWeights, DEFAULT_FEATURE_WEIGHTS } from './article-features.js'
import { StoryGrouper, type Assignment, type StoryGrouperOptions } from './story-grouper.js'

const REFINE_ROUNDS = 2

export interface GroupInput extends FeatureInput {
  readonly id: string
}

export interface GroupStoriesOptions {
  readonly grouper?: Partial<StoryGrouperOptions>
  readonly weights?: FeatureWeights
}

/**
 * One-shot grouping of a batch: document frequencies from the whole batch, then articles assigned in
 * publication order (undated ones after, in input order), then two refinement rounds (StoryGrouper.reassign). Returns one assignment per input, in input order.
 * Example: `groupStories(docs).map((a) => a.storyId)`.
 */
export function groupStories(docs: readonly GroupInput[], options: GroupStoriesOptions = {}): Assignment[] {
  const grouper = new StoryGrouper({ ...options.grouper, retire: false })
  const features = docs.map((doc) => articleFeatures(doc, options.weights ?? DEFAULT_FEATURE_WEIGHTS))
  for (const f of features) grouper.observe(f)
  const order = docs.map((_, i) => i).sort((a, b) => timeKey(features[a]?.time ?? null) - timeKey(features[b]?.time ?? null) || a - b)
  const byIndex = new Map<number, Assignment>()
  for (const i of order) {
    const doc = docs[i]
    const f = features[i]
    if (doc === undefined || f === undefined) continue
    byIndex.set(i, grouper.assign(doc.id, f))
  }
  // Refinement: every article is regrouped against the finished stories, twice. Dev BCubed F1 at threshold
  // 0.15, ECB+/BASIL/AllSides: 0 rounds .835/.982/.753, 1 round .863/.986/.765, 2 rounds .859/.986/.772,
  // 3 rounds .859/.986/.772.
  for (let round = 0; round < REFINE_ROUNDS; round++) {
    for (const i of order) {
      const doc = docs[i]
      const f = features[i]
      if (doc === undefined || f === undefined) continue
      byIndex.set(i, grouper.reassign(doc.id, f))
    }
  }
  // A story founded in the first pass may have been emptied and refounded: report who founds each story now.
  const founders = new Set<string>()
  return docs.map((doc, i) => {
    const storyId = grouper.storyOf(doc.id) ?? ''
    const isNew = !founders.has(storyId)
    founders.add(storyId)
    return { articleId: doc.id, storyId, isNew, score: byIndex.get(i)?.score ?? 0 }
  })
}

function timeKey(time: number | null): number {
  return time ?? Number.MAX_SAFE_INTEGER
}
