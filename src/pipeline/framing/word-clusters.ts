import { readCompactWeights, type CompactWeights } from './read-compact-weights.js'

/** Number of clusters in word-clusters.en.json (a test checks the committed file has this many). */
export const CLUSTER_COUNT = 500

let clusters: CompactWeights<'word-clusters'> | undefined
// Each word's cluster as looked up (-1: none), so a word costs one binary search per process.
const clusterOf = new Map<string, number>()
// The cache stops growing here (distinct words of a large corpus); later new words are looked up each time.
const MAX_CACHED_WORDS = 500_000

/**
 * The meaning cluster (0–499) of an English word, from GloVe vectors grouped by scripts/train/build-word-clusters.ts;
 * undefined for words outside the 100,000 most frequent. The table is read on first use.
 * @example wordCluster('disgraceful') === wordCluster('outrageous')  // true
 */
export function wordCluster(norm: string): number | undefined {
  let c = clusterOf.get(norm)
  if (c === undefined) {
    const table = clusterFile().table
    const i = table.indexOf(norm)
    c = i < 0 ? -1 : table.numberAt(i)
    if (clusterOf.size < MAX_CACHED_WORDS) clusterOf.set(norm, c)
  }
  return c < 0 ? undefined : c
}

/** The two most frequent words of a cluster, for explanations ("like "outrageous", "disgraceful""). */
export function clusterExamples(cluster: number): readonly string[] {
  return clusterFile().examples[cluster]?.split(' ') ?? []
}

function clusterFile(): CompactWeights<'word-clusters'> {
  clusters ??= readCompactWeights('word-clusters')
  return clusters
}
