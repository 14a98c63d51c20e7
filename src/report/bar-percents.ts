/**
 * Whole percentages for the segments of a stacked bar, summing to exactly 100 (largest remainder), each segment
 * with a count at least 1% so that no outlet group vanishes from the bar. The bar is drawn with one CSS class per
 * width (`bw37`): both CSPs forbid inline style attributes, and whole percentages keep that to 100 classes.
 * Empty when every count is 0.
 *
 * @example barPercents([2, 1]) // [67, 33]
 */
export function barPercents(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, n) => sum + Math.max(0, n), 0)
  if (total === 0) return []
  const exact = counts.map((n) => (Math.max(0, n) / total) * 100)
  const out = exact.map((x, i) => ((counts[i] ?? 0) > 0 ? Math.max(1, Math.floor(x)) : 0))
  // Hand out what rounding down left, largest remainder first; take back what the 1% floors added, from the widest.
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  let left = 100 - out.reduce((sum, n) => sum + n, 0)
  for (let k = 0; left > 0; k = (k + 1) % order.length) {
    const { i } = order[k]!
    if ((counts[i] ?? 0) <= 0) continue
    out[i]! += 1
    left -= 1
  }
  while (left < 0) {
    const widest = out.indexOf(Math.max(...out))
    out[widest]! -= 1
    left += 1
  }
  return out
}
