/**
 * Quality check of dates and numbers read in their language (src/pipeline/values) on
 * ../shared/bench/wmt-crosslingual/dev/pairs.jsonl (a news article and its human translation, segment by segment).
 * A translation states the same dates and figures, so each segment pair should give the same values:
 *
 * - dates: the normalised values of the two segments ("2024-12-06", "2025-H2"), matched as multisets;
 * - values: the figures' values (low);
 * - numbers: kind, value and unit, a counted noun of any language ("ru:солдат", "troop") standing as NOUN, since
 *   mapping nouns across languages is the lexicon's job, not this module's.
 *
 * `--english` reads every side as English (the baseline before languages were read). Relative dates resolve
 * against one fixed reference. English units and currencies have the names the other languages give them
 * ("kilometers" → kilometre, "5 million dollars" → money, dollar), so a unit spelled differently is a real miss:
 * `--show N` prints N mismatching pairs to read. Use it to compare changes as a method; never add words seen here
 * (this is the dev half; the held-out half must stay unseen).
 *
 * Run: npx tsx scripts/build/check-values.ts [--english] [--show N]
 */
import { findDates, findNumbers } from '../../src/pipeline/values/index.js'
import { loadWmtPairs } from './lib/load-wmt-pairs.js'

interface Tally {
  both: number
  onlyA: number
  onlyB: number
}

const REFERENCE = '2023-06-15'
const KNOWN_UNITS = new Set([
  '%', 'dollar', 'euro', 'pound', 'yen', 'hryvnia', 'rouble', 'zloty', 'koruna', 'yuan', 'kilometre', 'metre', 'centimetre',
  'millimetre', 'mile', 'kilogram', 'gram', 'tonne', 'litre', 'hectare', 'degree', 'year', 'month', 'week', 'day', 'hour',
  'minute', 'second', 'people', 'time', 'inch', 'foot', 'acre', 'square kilometre', 'square metre', 'cubic metre',
])

const args = process.argv.slice(2)
const isEnglishOnly = args.includes('--english')
const show = Number(args[args.indexOf('--show') + 1] ?? 0) || 0

const tallies = new Map<string, { dates: Tally; values: Tally; numbers: Tally }>()
const shown: string[] = []
for (const p of loadWmtPairs()) {
  const t = tallies.get(p.pair) ?? { dates: empty(), values: empty(), numbers: empty() }
  tallies.set(p.pair, t)
  const a = p.source.paragraphs.flat()
  const b = p.reference.paragraphs.flat()
  for (let i = 0; i < a.length; i++) {
    const va = read(a[i]!, p.source.lang)
    const vb = read(b[i]!, p.reference.lang)
    const misses = count(va.dates, vb.dates, t.dates) + count(va.numbers, vb.numbers, t.numbers)
    count(va.values, vb.values, t.values)
    if (misses > 0 && shown.length < show) {
      shown.push(`${p.pair}  ${JSON.stringify([va.dates, va.numbers])}\n    vs ${JSON.stringify([vb.dates, vb.numbers])}\n  A: ${a[i]}\n  B: ${b[i]}`)
    }
  }
}

const f1 = (t: Tally): string => {
  const all = 2 * t.both + t.onlyA + t.onlyB
  return `${(all === 0 ? 0 : (2 * t.both) / all).toFixed(3)} (${t.both} agree, ${t.onlyA} / ${t.onlyB} one side)`
}
const all = { dates: empty(), values: empty(), numbers: empty() }
console.log(`agreement F1 of aligned segments, ${isEnglishOnly ? 'every side read as English' : 'each side in its language'}`)
for (const [pair, t] of tallies) {
  console.log(`${pair.padEnd(6)} dates ${f1(t.dates)} | values ${f1(t.values)} | kind+value+unit ${f1(t.numbers)}`)
  for (const key of ['dates', 'values', 'numbers'] as const) add(all[key], t[key])
}
console.log(`${'all'.padEnd(6)} dates ${f1(all.dates)} | values ${f1(all.values)} | kind+value+unit ${f1(all.numbers)}`)
for (const s of shown) console.log(s)

function read(text: string, lang: string): { dates: string[]; values: string[]; numbers: string[] } {
  const language = isEnglishOnly ? undefined : lang
  const dates = findDates(text, REFERENCE, language)
  const numbers = findNumbers(text, dates, language)
  return {
    dates: dates.map((d) => d.normalized),
    values: numbers.map((n) => `${n.low}`),
    numbers: numbers.map((n) => `${n.kind}|${n.low}|${n.high}|${n.unit === '' || KNOWN_UNITS.has(n.unit) ? n.unit : 'NOUN'}`),
  }
}

/** Adds the multiset agreement of `a` and `b` to `t`; returns the number of unmatched items. */
function count(a: readonly string[], b: readonly string[], t: Tally): number {
  const rest = [...b]
  let both = 0
  for (const x of a) {
    const i = rest.indexOf(x)
    if (i < 0) continue
    rest.splice(i, 1)
    both++
  }
  t.both += both
  t.onlyA += a.length - both
  t.onlyB += rest.length
  return a.length - both + rest.length
}

function empty(): Tally {
  return { both: 0, onlyA: 0, onlyB: 0 }
}

function add(to: Tally, t: Tally): void {
  to.both += t.both
  to.onlyA += t.onlyA
  to.onlyB += t.onlyB
}
