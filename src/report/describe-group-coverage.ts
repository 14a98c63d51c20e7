import type { GroupCoverage } from '../model/index.js'

/**
 * One group kind's coverage as one line of plain text, for the terminal and Markdown reports: each value with
 * its outlet count and names, "unknown" last. Article-derived names are returned as given: the caller escapes.
 *
 * @example describeGroupCoverage({ kind: 'lean', values: [{ value: 'left', outlets: ['A', 'B'] }, { value: 'unknown', outlets: ['C'] }] })
 * // "left 2 (A, B) · unknown 1 (C)"
 */
export function describeGroupCoverage(group: GroupCoverage): string {
  return group.values.map((v) => `${v.value} ${v.outlets.length} (${v.outlets.join(', ')})`).join(' · ')
}
