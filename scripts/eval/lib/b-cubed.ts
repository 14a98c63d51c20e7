import type { Prf } from './prf.js'

/** One mention to score: its gold chain and the cluster the system put it in. */
export interface ClusteredItem {
  readonly goldCluster: string
  readonly predCluster: string
}

/**
 * B³ (Bagga & Baldwin 1998): for each item, precision = |its predicted cluster ∩ its gold cluster| / |its
 * predicted cluster|, recall = the same over |its gold cluster|; both averaged over items, F1 of the averages.
 * Items the system did not find should be passed as singletons (a fresh `predCluster`), so they cost recall.
 * Example: gold {a,b}{c}, predicted {a}{b,c} → P = R = 2/3.
 */
export function bCubed(items: readonly ClusteredItem[]): Prf {
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0 }
  const goldSize = countBy(items, (item) => item.goldCluster)
  const predSize = countBy(items, (item) => item.predCluster)
  const bothSize = countBy(items, (item) => `${item.goldCluster}\u0000${item.predCluster}`)
  let precision = 0
  let recall = 0
  for (const item of items) {
    const both = bothSize.get(`${item.goldCluster}\u0000${item.predCluster}`) ?? 0
    precision += both / (predSize.get(item.predCluster) ?? 1)
    recall += both / (goldSize.get(item.goldCluster) ?? 1)
  }
  precision /= items.length
  recall /= items.length
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}
