import type { Prf } from './prf.js'

/** 0.61234 → "0.612": the notation of the published figures in the bench READMEs. */
export function fixed(value: number): string {
  return Number.isNaN(value) ? '–' : value.toFixed(3)
}

/** 12207 → "12,207". */
export function count(n: number): string {
  return n.toLocaleString('en-US')
}

/** "P 0.612 · R 0.401" */
export function pr(result: Prf): string {
  return `P ${fixed(result.precision)} · R ${fixed(result.recall)}`
}

/** A rate with its denominator, 0 when the denominator is 0. */
export function rate(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator
}
