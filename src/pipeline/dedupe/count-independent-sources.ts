export interface SourceInput {
  readonly id: string
  /** Outlet name; "" when unknown. */
  readonly outlet: string
  /** Agency credited in the text (see detectWireCredit), or null for the outlet's own reporting. */
  readonly wire: string | null
  /** Near-duplicate group the article belongs to (see DuplicateIndex). */
  readonly duplicateGroup: string
}

/**
 * The number of independent sources behind a set of articles: articles are one source when they share
 * an outlet, a wire credit, or a near-duplicate group (a reprint without a credit line).
 * Example: 3 outlets reprinting one AP story + 2 own reports → 3.
 */
export function countIndependentSources(articles: readonly SourceInput[]): number {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let root = x
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) ?? root
    parent.set(x, root)
    return root
  }
  const union = (a: string, b: string): void => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent.set(ra, rb)
  }
  for (const article of articles) {
    const node = `article:${article.id}`
    parent.set(node, parent.get(node) ?? node)
    // An unknown outlet ("") says nothing about independence: such articles are joined only by copy or credit.
    const outlet = article.outlet.trim().toLowerCase()
    if (outlet !== '') union(node, `outlet:${outlet}`)
    union(node, `group:${article.duplicateGroup}`)
    if (article.wire !== null) union(node, `wire:${article.wire}`)
  }
  return new Set(articles.map((a) => find(`article:${a.id}`))).size
}
