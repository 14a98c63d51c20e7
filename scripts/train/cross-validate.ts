/** K-fold splits by group (article or event), deterministic: groups sorted, then dealt round-robin. */
export function foldOf(groups: readonly string[], k: number): Map<string, number> {
  const sorted = [...new Set(groups)].sort()
  return new Map(sorted.map((group, index) => [group, index % k]))
}
