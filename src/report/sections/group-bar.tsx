import type { GroupCoverage } from '../../model/index.js'
import { barPercents } from '../bar-percents.js'

/** Colours a bar can give a value (`c0`…`c7` in the stylesheets). */
const PALETTE_SIZE = 8

/**
 * One group kind's coverage as a horizontal stacked bar: one segment per value, as wide as its share of the
 * outlets, each showing its value and count as text (colour is never the only cue; a segment too narrow for its
 * label keeps it in its title and in the list the caller writes beside it). Plain HTML and CSS classes: it needs
 * no script, and no inline style, which both CSPs forbid. `small`: the story list's compact form.
 *
 * @example <GroupBar group={{ kind: 'lean', values: [{ value: 'left', outlets: ['A', 'B'] }, { value: 'right', outlets: ['C'] }] }} />
 * // two segments, "left 2" (67%) and "right 1" (33%)
 */
export function GroupBar({ group, small = false }: { group: GroupCoverage; small?: boolean }) {
  const widths = barPercents(group.values.map((v) => v.outlets.length))
  return (
    <ol class={small ? 'bar bar-small' : 'bar'} aria-label={`Outlets by ${group.kind}`}>
      {group.values.map((v, i) => (
        <li class={`seg bw${widths[i] ?? 0} ${valueColour(v.value)}`} title={`${v.value}: ${v.outlets.join(', ')}`}>
          <span class="seg-label">{v.value}</span> <span class="seg-count">{v.outlets.length}</span>
        </li>
      ))}
    </ol>
  )
}

/**
 * The colour class of a group value: "unknown" is grey and hatched; any other value gets a colour from its name,
 * so "right" has the same colour in every story's bar (two values may share one: the labels tell them apart).
 */
export function valueColour(value: string): string {
  if (value === 'unknown') return 'c-unknown'
  let hash = 0
  for (const ch of value.toLowerCase()) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0
  return `c${hash % PALETTE_SIZE}`
}
