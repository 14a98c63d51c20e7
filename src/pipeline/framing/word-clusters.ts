import clustersEn from './weights/word-clusters.en.json' with { type: 'json' }

/** Number of clusters in word-clusters.en.json. */
export const CLUSTER_COUNT = clustersEn.clusters.length

let clusterOf: Map<string, number> | undefined

/**
 * The meaning cluster (0–499) of an English word, from GloVe vectors grouped by scripts/train/build-word-clusters.ts;
 * undefined for words outside the 100,000 most frequent.
 * @example wordCluster('disgraceful') === wordCluster('outrageous')  // true
 */
export function wordCluster(norm: string): number | undefined {
  return clusterMap().get(norm)
}

/** Every clustered word. */
export function allClusterWords(): Iterable<string> {
  return clusterMap().keys()
}

function clusterMap(): Map<string, number> {
  if (clusterOf === undefined) {
    clusterOf = new Map()
    clustersEn.clusters.forEach((words, c) => {
      for (const word of words.split(' ')) clusterOf!.set(word, c)
    })
  }
  return clusterOf
}

/** The words of a cluster, most frequent first. */
export function clusterWords(cluster: number): readonly string[] {
  let words = splitClusters.get(cluster)
  if (words === undefined) {
    words = clustersEn.clusters[cluster]?.split(' ') ?? []
    splitClusters.set(cluster, words)
  }
  return words
}

const splitClusters = new Map<number, readonly string[]>()
