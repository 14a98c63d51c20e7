import { articleFeatures, type FeatureInput, type FeatureWeights, DEFAULT_FEATURE_WEIGHTS } from './article-features.js'
import { StoryGrouper, type Assignment, type StoryGrouperOptions } from './story-grouper.js'

export interface GroupInput extends FeatureInput {
  readonly id: string
}

export interface GroupStoriesOptions {
  readonly grouper?: Partial<StoryGrouperOptions>
  readonly weights?: FeatureWeights
}

/**
 * One-shot grouping of a batch: document frequencies from the whole batch, then articles assigned in
 * publication order (undated ones after, in input order). Returns one assignment per input, in input order.
 * Example: `groupStories(docs).map((a) => a.storyId)`.
 */
export function groupStories(docs: readonly GroupInput[], options: GroupStoriesOptions = {}): Assignment[] {
  const grouper = new StoryGrouper(options.grouper)
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
  return docs.map((doc, i) => byIndex.get(i) ?? { articleId: doc.id, storyId: '', isNew: true, score: 0 })
}

function timeKey(time: number | null): number {
  return time ?? Number.MAX_SAFE_INTEGER
}
