/** Precision, recall and F1, each 0–1. */
export interface Prf {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

/**
 * Precision/recall/F1 from counts. A ratio whose denominator is 0 is 0 (scikit-learn's `zero_division=0`),
 * so a system that predicts nothing scores P = R = F1 = 0 rather than an undefined precision.
 * Example: `prf(3, 4, 6)` → { precision: 0.75, recall: 0.5, f1: 0.6 }.
 */
export function prf(truePositives: number, predicted: number, gold: number): Prf {
  if (truePositives > predicted || truePositives > gold) {
    throw new Error(`prf: ${truePositives} true positives exceed predicted ${predicted} or gold ${gold}`)
  }
  const precision = predicted === 0 ? 0 : truePositives / predicted
  const recall = gold === 0 ? 0 : truePositives / gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** Micro-averaging accumulator: add per-document counts, read P/R/F1 of the sums. */
export class PrfCounter {
  truePositives = 0
  predicted = 0
  gold = 0

  add(truePositives: number, predicted: number, gold: number): void {
    this.truePositives += truePositives
    this.predicted += predicted
    this.gold += gold
  }

  result(): Prf {
    return prf(this.truePositives, this.predicted, this.gold)
  }
}
