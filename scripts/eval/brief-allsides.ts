/**
 * The neutral brief (src/pipeline/brief) on allsides-roundups dev: each story's left/centre/right excerpts are
 * compared as `parallax compare` would (neutral outlet names, bodies only) with the brief sized to the editors'
 * summary (the roundup less its coverage note); the brief and the baselines are then cut to the summary's length
 * in tokens and scored with ROUGE-1/2/L F1 (lib/rouge.ts: no stemming, stop words kept). Baselines, same run:
 * lead-3 of the centre outlet, and the outlets' lead sentences in turn (left, centre, right, then second ones…).
 * Also: framing spans our detector finds in the brief vs in the sources, and the brief's defects (truncated,
 * unbalanced, repeated sentences). Figures are given for all of dev and for its halves by story id (even: the half
 * any brief threshold was set on; odd: cross-validation).
 * Run alone: `npx tsx scripts/eval/brief-allsides.ts [--limit N] [--errors N]` (--errors: N briefs printed beside
 * their summaries).
 */
import type { AnalyzedArticle } from '../../src/model/index.js'
import { analyzeArticle, compareCoverage, framingDetector } from '../../src/pipeline/index.js'
import { splitSentences } from '../../src/pipeline/segment/index.js'
import type { EvalOptions, EvalRow } from './eval-row.js'
import { benchDir } from './lib/bench-dir.js'
import { addDefects, briefDefects, emptyDefects, type BriefDefects } from './lib/brief-checks.js'
import { neutralOutlet } from './lib/compare-texts.js'
import { fixed } from './lib/format.js'
import { leadInTurn, leadThree } from './lib/lead-baselines.js'
import { loadAllSides, type AllSidesStory } from './lib/load-allsides.js'
import { firstTokens, rouge, rougeTokens, type RougeScores } from './lib/rouge.js'
import { isMainModule, runTaskScript } from './lib/run-task-script.js'
import { sample } from './lib/sample.js'

type System = 'brief' | 'lead3' | 'turn'

interface StoryRun {
  readonly story: AllSidesStory
  readonly brief: readonly string[]
  readonly scores: Readonly<Record<System, RougeScores>>
  readonly defects: BriefDefects
  /** Framing spans the detector finds: in the brief, outside quotation marks in it, in the sources, in lead-in-turn. */
  readonly framing: { readonly brief: number; readonly briefUnquoted: number; readonly sources: number; readonly turn: number }
  readonly words: { readonly brief: number; readonly summary: number; readonly sources: number; readonly turn: number; readonly defaultBrief: number }
}

/** Scores the brief and both baselines on allsides-roundups dev. */
export async function evaluateBrief(options: EvalOptions = {}): Promise<EvalRow[]> {
  const stories = sample(loadAllSides(benchDir('allsides-roundups')), options.limit)
  const runs = stories.map(runStory)
  return briefRows(runs)
}

export function runStory(story: AllSidesStory): StoryRun {
  const detect = framingDetector('en')
  const reference = rougeTokens(story.summary)
  const summaryWords = wordCount(story.summary)
  const analyzed = story.articles.flatMap((a, i) => {
    const outlet = neutralOutlet(i)
    const result = analyzeArticle({ source: `${outlet}.txt`, format: 'text', content: a.text }, { id: `a${i + 1}`, outlet })
    return 'kind' in result ? [] : [result as AnalyzedArticle]
  })
  const report = analyzed.length >= 2 ? compareCoverage(analyzed, { briefWords: summaryWords }) : undefined
  const brief = (report?.brief ?? []).map((s) => s.text)
  const defaultBrief = analyzed.length >= 2 ? compareCoverage(analyzed).brief.map((s) => s.text) : []
  const leads = story.articles.map((a) => splitSentences(a.text).map((s) => a.text.slice(s.start, s.end).trim()))
  const center = leads[story.articles.findIndex((a) => a.side === 'center')] ?? leads[0] ?? []
  const texts: Record<System, string> = { brief: brief.join(' '), lead3: leadThree(center), turn: leadInTurn(leads) }
  const score = (text: string): RougeScores => rouge(firstTokens(text, reference.length), reference)
  const cut = (text: string): string => text.split(/\s+/).slice(0, summaryWords).join(' ')
  const unquoted = detect(texts.brief).filter((f) => !insideQuotes(texts.brief, f.start)).length
  return {
    story,
    brief,
    scores: { brief: score(texts.brief), lead3: score(texts.lead3), turn: score(texts.turn) },
    defects: briefDefects(brief),
    framing: { brief: detect(texts.brief).length, briefUnquoted: unquoted, sources: story.articles.reduce((n, a) => n + detect(a.text).length, 0), turn: detect(cut(texts.turn)).length },
    words: {
      brief: wordCount(texts.brief),
      summary: summaryWords,
      sources: story.articles.reduce((n, a) => n + wordCount(a.text), 0),
      turn: Math.min(summaryWords, wordCount(texts.turn)),
      defaultBrief: wordCount(defaultBrief.join(' ')),
    },
  }
}

function briefRows(runs: readonly StoryRun[]): EvalRow[] {
  // Dev ids are all odd (the README splits by position in the id-sorted file): the halves are ids ≡ 1 and ≡ 3 mod 4.
  const even = runs.filter((r) => r.story.id % 4 === 1)
  const odd = runs.filter((r) => r.story.id % 4 === 3)
  const task = `brief · AllSides dev (${runs.length} stories)`
  const mean = (rs: readonly StoryRun[], f: (r: StoryRun) => number): number => (rs.length === 0 ? Number.NaN : rs.reduce((s, r) => s + f(r), 0) / rs.length)
  const halves = (f: (r: StoryRun) => number): string => `fit half (id ≡ 1 mod 4) ${fixed(mean(even, f))} · check half (≡ 3) ${fixed(mean(odd, f))}`
  const rows: EvalRow[] = []
  const metrics = [
    ['ROUGE-1 F1', (s: RougeScores) => s.rouge1],
    ['ROUGE-2 F1', (s: RougeScores) => s.rouge2],
    ['ROUGE-L F1', (s: RougeScores) => s.rougeL],
  ] as const
  const systems: readonly [System, string][] = [
    ['brief', task],
    ['turn', `${task} · baseline: lead sentences in turn`],
    ['lead3', `${task} · baseline: lead-3 of the centre outlet`],
  ]
  for (const [system, name] of systems) {
    for (const [metric, pick] of metrics) {
      const f = (r: StoryRun): number => pick(r.scores[system]).f1
      const rp = `R ${fixed(mean(runs, (r) => pick(r.scores[system]).recall))} · P ${fixed(mean(runs, (r) => pick(r.scores[system]).precision))}`
      rows.push({ task: name, metric, value: mean(runs, f), note: `${rp}; ${halves(f)}; cut to the summary's length` })
    }
  }
  for (const [metric, pick] of metrics.slice(0, 2)) {
    const f = (r: StoryRun): number => pick(r.scores.brief).f1 - pick(r.scores.turn).f1
    rows.push({ task, metric: `${metric} − lead in turn`, value: mean(runs, f), note: `target ≥ +0.020; ${halves(f)}` })
  }
  const clean = (r: StoryRun): number => Number(r.framing.brief === 0)
  const cleanSources = (r: StoryRun): number => Number(r.framing.sources === 0)
  rows.push({ task, metric: 'briefs with no framing span', value: mean(runs, clean), note: `target ≥ 0.95; ${halves(clean)}; stories whose sources have none: ${fixed(mean(runs, cleanSources))}` })
  rows.push({ task, metric: 'briefs with no framing span outside quotes', value: mean(runs, (r) => Number(r.framing.briefUnquoted === 0)), note: 'quoted words are a speaker\'s, attributed' })
  const per100 = (spans: (r: StoryRun) => number, words: (r: StoryRun) => number): number => (100 * runs.reduce((n, r) => n + spans(r), 0)) / Math.max(1, runs.reduce((n, r) => n + words(r), 0))
  rows.push({
    task,
    metric: 'framing spans per 100 words (brief)',
    value: per100((r) => r.framing.brief, (r) => r.words.brief),
    note: `sources ${fixed(per100((r) => r.framing.sources, (r) => r.words.sources))}; lead in turn at the summary's length ${fixed(per100((r) => r.framing.turn, (r) => r.words.turn))}`,
  })
  const defects = runs.reduce((d, r) => addDefects(d, r.defects), emptyDefects())
  rows.push({ task, metric: 'truncated or unfinished sentences', value: defects.truncated, note: `of ${defects.sentences} brief sentences; target 0` })
  rows.push({ task, metric: 'sentences with unbalanced quotation marks', value: defects.unbalanced, note: 'target 0' })
  rows.push({ task, metric: 'sentences pointing back at text not in the brief', value: defects.dangling, note: 'opening "That/This/These/Those/Such/They/Its/Their …" (not a time); a reader finds nothing to point at' })
  rows.push({ task, metric: 'repeated facts (sentence pairs)', value: defects.repeated, note: 'pairs of one brief whose smaller set of content words is ≥ 60 % in the other; target 0' })
  rows.push({
    task,
    metric: 'default brief words / summary words',
    value: mean(runs, (r) => r.words.defaultBrief) / mean(runs, (r) => r.words.summary),
    note: `mean ${fixed(mean(runs, (r) => r.words.defaultBrief))} vs ${fixed(mean(runs, (r) => r.words.summary))} words; sized brief ${fixed(mean(runs, (r) => r.words.brief))}; empty briefs ${runs.filter((r) => r.brief.length === 0).length}`,
  })
  return rows
}

function insideQuotes(text: string, start: number): boolean {
  const before = text.slice(0, start)
  const opens = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length
  return opens > 0 || (before.match(/"/g) ?? []).length % 2 === 1
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/** `--errors N`: N briefs beside their summaries and the lead-in-turn baseline, worst ROUGE-2 margin first. */
async function printBriefs(limit: number | undefined, n: number): Promise<void> {
  const runs = sample(loadAllSides(benchDir('allsides-roundups')), limit).map(runStory)
  const worst = [...runs].sort((a, b) => a.scores.brief.rouge2.f1 - a.scores.turn.rouge2.f1 - (b.scores.brief.rouge2.f1 - b.scores.turn.rouge2.f1)).slice(0, n)
  for (const r of worst) {
    console.log(`# ${r.story.id} ${r.story.issue}  R2 brief ${fixed(r.scores.brief.rouge2.f1)} turn ${fixed(r.scores.turn.rouge2.f1)}`)
    console.log(`SUMMARY: ${r.story.summary}`)
    for (const s of r.brief) console.log(`  - ${s}`)
    console.log()
  }
}

if (isMainModule(import.meta.url)) await runTaskScript(evaluateBrief, printBriefs)
