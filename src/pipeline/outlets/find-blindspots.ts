import type { Blindspot, GroupCoverage } from '../../model/index.js'
import { UNKNOWN_VALUE } from './describe-outlets.js'

/**
 * The group kinds under which a story was covered by one value only, as Ground News' blindspots: every outlet
 * with a known value for the kind has the same one ("lean: right" only). Outlets with no value for the kind
 * ("unknown") are left out of the decision, so a story of one known right-leaning outlet and two unknown ones
 * is a blindspot under "lean"; a story with no known value is none. `kind` limits the answer to one kind.
 *
 * @example findBlindspots([{ kind: 'lean', values: [{ value: 'right', outlets: ['A', 'B'] }] }]) // [{ kind: 'lean', value: 'right' }]
 */
export function findBlindspots(coverage: readonly GroupCoverage[], kind?: string): Blindspot[] {
  const out: Blindspot[] = []
  for (const group of coverage) {
    if (kind !== undefined && group.kind !== kind) continue
    const known = group.values.filter((v) => v.value !== UNKNOWN_VALUE)
    if (known.length === 1) out.push({ kind: group.kind, value: known[0]!.value })
  }
  return out
}
