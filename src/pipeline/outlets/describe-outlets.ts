import type { GroupCoverage, OutletRegistry, ReportOutlet } from '../../model/index.js'
import { compareText } from '../text/index.js'
import { resolveOutlet } from './resolve-outlet.js'

/** The value under which outlets without a value for a group kind are counted. */
export const UNKNOWN_VALUE = 'unknown'

/** An article as the outlet summary needs it: its id, the outlet it was attributed to, and its URL when known. */
export interface OutletOfArticle {
  readonly id: string
  readonly outlet: string
  readonly url?: string
}

/**
 * The outlets of a set of articles (a report or a stored story) with what the registry says of each, and the
 * coverage by group: for each group kind in the registry, which outlets covered the story under each value.
 * Names the registry resolves to one outlet count as that outlet ("kyivpost.com" and "Kyiv Post"); outlets it
 * does not know keep their name, have no groups and count as "unknown" under every kind. Without a registry
 * every outlet is unknown and there are no group kinds.
 *
 * @example describeOutlets([{ id: 'a1', outlet: 'Kyiv Post' }], registry).coverageByGroup // [{ kind: 'lean', values: [{ value: 'centre', outlets: ['Kyiv Post'] }] }]
 */
export function describeOutlets(
  articles: readonly OutletOfArticle[],
  registry: OutletRegistry | undefined,
): { outlets: ReportOutlet[]; coverageByGroup: GroupCoverage[] } {
  const byName = new Map<string, { outlet: ReportOutlet; articleIds: string[] }>()
  for (const article of articles) {
    const known = registry === undefined ? undefined : resolveOutlet(registry, { name: article.outlet, ...(article.url === undefined ? {} : { url: article.url }) })
    const name = known?.name ?? article.outlet
    let entry = byName.get(name)
    if (entry === undefined) {
      const outlet: ReportOutlet = known
        ? {
            name,
            articleIds: [],
            isKnown: true,
            ...(known.country === undefined ? {} : { country: known.country }),
            ...(known.language === undefined ? {} : { language: known.language }),
            ...(known.owner === undefined ? {} : { owner: known.owner }),
            groups: known.groups,
          }
        : { name, articleIds: [], isKnown: false, groups: {} }
      entry = { outlet, articleIds: [] }
      byName.set(name, entry)
    }
    if (!entry.articleIds.includes(article.id)) entry.articleIds.push(article.id)
  }
  const outlets = [...byName.values()].map(({ outlet, articleIds }) => ({ ...outlet, articleIds }))
  return { outlets, coverageByGroup: groupKinds(registry).map((kind) => coverageOf(kind, outlets)) }
}

/** Group kinds in the order the registry first uses them. */
function groupKinds(registry: OutletRegistry | undefined): string[] {
  const kinds = new Set<string>()
  for (const outlet of registry?.outlets ?? []) for (const kind of Object.keys(outlet.groups)) kinds.add(kind)
  return [...kinds]
}

function coverageOf(kind: string, outlets: readonly ReportOutlet[]): GroupCoverage {
  const byValue = new Map<string, string[]>()
  for (const outlet of outlets) {
    const value = outlet.groups[kind] ?? UNKNOWN_VALUE
    byValue.set(value, [...(byValue.get(value) ?? []), outlet.name])
  }
  const values = [...byValue].map(([value, names]) => ({ value, outlets: names }))
  // Most outlets first, then by value; "unknown" last so a bar reads known groups left to right.
  values.sort((a, b) => Number(a.value === UNKNOWN_VALUE) - Number(b.value === UNKNOWN_VALUE) || b.outlets.length - a.outlets.length || compareText(a.value, b.value))
  return { kind, values }
}
