/**
 * Every (n/limit)-th item, so a quick run still spans the whole sorted list; all items without a limit.
 * Example: `sample([a, b, c, d], 2)` → [a, c].
 */
export function sample<T>(items: readonly T[], limit?: number): T[] {
  if (limit === undefined || limit >= items.length) return [...items]
  const step = items.length / limit
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)]).filter((item) => item !== undefined)
}
