import { seededRandom } from '../../lib/seeded-random.js'
import { prf, type Prf } from './prf.js'

/** One pair's gold label and a system's call. */
export interface ParaphraseCall {
  readonly isParaphrase: boolean
  readonly saysParaphrase: boolean
}

export interface ParaphraseScore {
  readonly accuracy: number
  /** P/R/F1 of the paraphrase class (the GLUE MRPC convention). */
  readonly paraphrase: Prf
  readonly n: number
}

/** Accuracy and paraphrase-class P/R/F1. Example: calls (T,T) (T,F) (F,F) → accuracy 2/3, P 1, R 0.5. */
export function scoreParaphrase(calls: readonly ParaphraseCall[]): ParaphraseScore {
  let right = 0
  let tp = 0
  let predicted = 0
  let gold = 0
  for (const call of calls) {
    if (call.isParaphrase === call.saysParaphrase) right++
    if (call.saysParaphrase) predicted++
    if (call.isParaphrase) gold++
    if (call.isParaphrase && call.saysParaphrase) tp++
  }
  return { accuracy: calls.length === 0 ? 0 : right / calls.length, paraphrase: prf(tp, predicted, gold), n: calls.length }
}

/**
 * Percentile bootstrap 95% interval of a statistic over resampled items (fixed seed, so runs repeat exactly).
 * Example: `bootstrapInterval(calls, (c) => scoreParaphrase(c).accuracy)` → [0.68, 0.71].
 */
export function bootstrapInterval<T>(items: readonly T[], statistic: (sample: readonly T[]) => number, rounds = 1000, seed = 20250611): [number, number] {
  if (items.length === 0) return [0, 0]
  const random = seededRandom(seed)
  const values: number[] = []
  const resample: T[] = new Array<T>(items.length)
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < items.length; i++) resample[i] = items[Math.floor(random() * items.length)] as T
    values.push(statistic(resample))
  }
  values.sort((a, b) => a - b)
  return [values[Math.floor(0.025 * (rounds - 1))] ?? 0, values[Math.ceil(0.975 * (rounds - 1))] ?? 0]
}
