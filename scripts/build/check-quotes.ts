/**
 * Quality check of quotes read in their language (src/pipeline/quotes) on
 * ../shared/bench/wmt-crosslingual/dev/pairs.jsonl (a news article and its human translation, segment by segment).
 * A translation reports the same speech, so a segment that carries a quote (marked or reported) on one side
 * should carry one on the other: agreement F1 over segments, per language pair, 2·both / (one side + other side).
 * Speakers are not scored here: names written in two scripts ("Carl Walsh" / "Карл Уэлш") are the entities'
 * merging, not this module's; `--show N` prints N segments quoted on one side only, to read.
 *
 * `--english` reads every side as English (the baseline before languages were read). Use it to compare changes
 * as a method; never add words seen here (this is the dev half; the held-out half must stay unseen).
 *
 * Run: npx tsx scripts/build/check-quotes.ts [--english] [--show N]
 */
import { findEntities, loadGazetteer } from '../../src/pipeline/entities/index.js'
import { findQuotes, resolveReferents } from '../../src/pipeline/quotes/index.js'
import { splitSentences } from '../../src/pipeline/segment/index.js'
import { loadWmtPairs, type PairSide } from './lib/load-wmt-pairs.js'

interface Tally {
  quotedA: number
  quotedB: number
  both: number
}

const args = process.argv.slice(2)
const asEnglish = args.includes('--english')
const showIndex = args.indexOf('--show')
let toShow = showIndex >= 0 ? Number(args[showIndex + 1] ?? 10) : 0

const tallies = new Map<string, Tally>()
for (const p of loadWmtPairs()) {
  const a = quotedSegments(p.source)
  const b = quotedSegments(p.reference)
  const tally = tallies.get(p.pair) ?? { quotedA: 0, quotedB: 0, both: 0 }
  tally.quotedA += a.size
  tally.quotedB += b.size
  for (const i of a) if (b.has(i)) tally.both++
  tallies.set(p.pair, tally)
  for (const i of new Set([...a, ...b])) {
    if (toShow <= 0 || (a.has(i) && b.has(i))) continue
    toShow--
    console.log(`${p.pair} segment ${i} quoted only in ${a.has(i) ? p.source.lang : p.reference.lang}:\n  ${segment(p.source, i)}\n  ${segment(p.reference, i)}`)
  }
}
console.log('pair  | quoted A | quoted B | both | agreement F1')
for (const [pair, t] of [...tallies].sort()) {
  const f1 = t.quotedA + t.quotedB === 0 ? 0 : (2 * t.both) / (t.quotedA + t.quotedB)
  console.log(`${pair} | ${t.quotedA} | ${t.quotedB} | ${t.both} | ${f1.toFixed(3)}`)
}

/** Indices of the segments of one side that some quote overlaps. */
function quotedSegments(side: PairSide): Set<number> {
  const segments: { start: number; end: number }[] = []
  let text = ''
  for (const [k, paragraph] of side.paragraphs.entries()) {
    if (k > 0) text += '\n\n'
    for (const [j, s] of paragraph.entries()) {
      if (j > 0) text += ' '
      segments.push({ start: text.length, end: text.length + s.length })
      text += s
    }
  }
  const language = asEnglish ? 'en' : side.lang
  const sentences = splitSentences(text)
  const entities = findEntities(text, sentences, loadGazetteer(), language)
  const referents = resolveReferents(text, sentences, entities.names, entities.descriptors, language)
  const out = new Set<number>()
  for (const q of findQuotes(text, sentences, entities.names, referents, language)) {
    for (const [i, s] of segments.entries()) if (q.start < s.end && s.start < q.end) out.add(i)
  }
  return out
}

function segment(side: PairSide, index: number): string {
  return side.paragraphs.flat()[index]?.slice(0, 160) ?? ''
}
