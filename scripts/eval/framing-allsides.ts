/**
 * Framing on AllSides dev roundups (left/center/right coverage of one story): how often the center outlet
 * shows the least framing in its own voice, how many spans center articles get, and how many spans are
 * quoted rather than the outlet's own. "Before" is the detector as it was: every source shown, every span
 * counted against the outlet; "after" is the product: SHOW_THRESHOLDS and own voice only.
 * Run alone: `npx tsx scripts/eval/framing-allsides.ts`.
 */
import type { FramingSpan } from '../../src/model/index.js'
import { analyzeArticle } from '../../src/pipeline/index.js'
import { attributeVoices, createFramingDetector, scoreFraming } from '../../src/pipeline/framing/index.js'
import type { EvalOptions, EvalRow } from './eval-row.js'
import { benchDir } from './lib/bench-dir.js'
import { loadAllSides } from './lib/load-allsides.js'
import { isMainModule } from './lib/run-task-script.js'

const TASK = 'framing · AllSides dev · own voice'

interface Tally {
  /** Stories with all three sides; of them, center strictly lowest, or at zero tied with another side at zero. */
  triplets: number
  centerLowest: number
  /** The measure: stories whose three scores are all different, and of them center strictly lowest. */
  untied: number
  centerStrictlyLowestUntied: number
  centerArticles: number
  centerWithSpan: number
  centerSpans: number
}

const emptyTally = (): Tally => ({ triplets: 0, centerLowest: 0, untied: 0, centerStrictlyLowestUntied: 0, centerArticles: 0, centerWithSpan: 0, centerSpans: 0 })

export async function evaluateFramingAllSides(options: EvalOptions = {}): Promise<EvalRow[]> {
  const dir = benchDir('allsides-roundups')
  const stories = loadAllSides(dir).slice(0, options.limit ?? Number.POSITIVE_INFINITY)
  const everySpan = createFramingDetector({ language: 'en', thresholds: null })
  const before = emptyTally()
  const after = emptyTally()
  const voices = { own: 0, quoted: 0, ownBefore: 0, quotedBefore: 0 }
  for (const story of stories) {
    const scores = { before: new Map<string, number>(), after: new Map<string, number>() }
    for (const a of story.articles) {
      const analyzed = analyzeArticle({ source: `${a.outlet}.txt`, format: 'text', content: a.text }, { outlet: a.outlet })
      if (!('article' in analyzed)) continue
      const text = analyzed.article.text
      // Before: every source shown; the voice is still measured, to say how much of it was quoted.
      const all = attributeVoices(everySpan(text), text, analyzed.quotes)
      const own = analyzed.framing.filter((s) => s.voice.kind === 'outlet')
      voices.own += own.length
      voices.quoted += analyzed.framing.length - own.length
      const quotedBefore = all.filter((s) => s.voice.kind === 'quoted').length
      voices.quotedBefore += quotedBefore
      voices.ownBefore += all.length - quotedBefore
      scores.before.set(a.side, scoreAll(all, text))
      scores.after.set(a.side, scoreFraming(analyzed.framing, text))
      if (a.side === 'center') {
        addCenter(before, all.length)
        addCenter(after, own.length)
      }
    }
    addStory(before, scores.before)
    addStory(after, scores.after)
  }
  const share = (n: number, d: number): number => (d === 0 ? 0 : n / d)
  const pct = (n: number, d: number): string => `${n}/${d}`
  return [
    {
      task: TASK,
      metric: 'center strictly lowest (or tied at zero)',
      value: share(after.centerLowest, after.triplets),
      note: `${pct(after.centerLowest, after.triplets)} triplets (before: ${pct(before.centerLowest, before.triplets)}); among untied triplets center strictly lowest ${pct(after.centerStrictlyLowestUntied, after.untied)} (before ${pct(before.centerStrictlyLowestUntied, before.untied)}; chance 1/3); target ≥ 0.6`,
    },
    {
      task: TASK,
      metric: 'center articles with a span in their own voice',
      value: share(after.centerWithSpan, after.centerArticles),
      note: `${pct(after.centerWithSpan, after.centerArticles)} (before, any span: ${pct(before.centerWithSpan, before.centerArticles)}); spans per center article ${share(after.centerSpans, after.centerArticles).toFixed(2)} (before ${share(before.centerSpans, before.centerArticles).toFixed(2)})`,
    },
    {
      task: TASK,
      metric: 'share of shown spans that are quoted',
      value: share(voices.quoted, voices.own + voices.quoted),
      note: `${voices.quoted} quoted, ${voices.own} own voice (every source shown: ${voices.quotedBefore} quoted, ${voices.ownBefore} own)`,
    },
  ]
}

function addCenter(t: Tally, spans: number): void {
  t.centerArticles += 1
  if (spans > 0) t.centerWithSpan += 1
  t.centerSpans += spans
}

function addStory(t: Tally, scores: ReadonlyMap<string, number>): void {
  const center = scores.get('center')
  const left = scores.get('left')
  const right = scores.get('right')
  if (center === undefined || left === undefined || right === undefined) return
  t.triplets += 1
  if (center < Math.min(left, right) || (center === 0 && Math.min(left, right) === 0)) t.centerLowest += 1
  if (center !== left && center !== right && left !== right) {
    t.untied += 1
    if (center < Math.min(left, right)) t.centerStrictlyLowestUntied += 1
  }
}

/** The old score: every span counted against the outlet, quoted or not. */
function scoreAll(spans: readonly FramingSpan[], text: string): number {
  return scoreFraming(spans.map((s) => (s.voice.kind === 'outlet' ? s : { ...s, voice: { kind: 'outlet' } })), text)
}

if (isMainModule(import.meta.url)) {
  for (const row of await evaluateFramingAllSides()) console.log(`${row.task} | ${row.metric} | ${row.value.toFixed(3)} | ${row.note ?? ''}`)
}
