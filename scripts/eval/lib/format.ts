import type { Prf } from './prf.js'

/** 0.6123 → "61.2" (percent, one decimal). */
export function pct(rate: number): string {
  return (rate * 100).toFixed(1)
}

/** 12207 → "12,207". */
export function count(n: number): string {
  return n.toLocaleString('en-US')
}

/** "P 61.2 · R 40.1" */
export function pr(result: Prf): string {
  return `P ${pct(result.precision)} · R ${pct(result.recall)}`
}

/** A rate with its denominator, 0 when the denominator is 0. */
export function rate(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator
}
