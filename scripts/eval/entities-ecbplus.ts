/**
 * Named-entity mentions on ECB+ dev (news documents about 44 events, entity mentions in selected sentences).
 * Run alone: `npx tsx scripts/eval/entities-ecbplus.ts [--limit N] [--errors N]` (--errors: N examples of each
 * kind of error of the pipeline, to read by eye); metrics are described in docs/EVAL.md.
 */
import type { AnalyzedArticle, Span } from '../../src/model/index.js'
import type { EvalOptions, EvalRow } from './eval-row.js'
import { bCubed, type ClusteredItem } from './lib/b-cubed.js'
import { baselineNames } from './lib/baseline-names.js'
import { benchDir } from './lib/bench-dir.js'
import { detokenize } from './lib/detokenize.js'
import { ecbGoldNames, properTokenTest, type GoldName } from './lib/ecb-gold-names.js'
import { count, pr } from './lib/format.js'
import { loadEcbPlus, type EcbPlusDocument } from './lib/load-ecbplus.js'
import { isSkipped, loadPipeline, type Pipeline } from './lib/load-pipeline.js'
import { mapToInput } from './lib/map-to-input.js'
import { runTaskScript, isMainModule } from './lib/run-task-script.js'
import { sample } from './lib/sample.js'
import type { EcbToken } from './lib/parse-ecb-xml.js'
import { prf, type Prf } from './lib/prf.js'
import {
  addMentionCounts,
  emptyMentionCounts,
  scoreMentions,
  TYPED_KINDS,
  type MentionCounts,
  type PredictedMention,
  type Tally,
} from './lib/score-mentions.js'

/** One ECB+ document made ready for a text pipeline. */
export interface EcbInput {
  readonly name: string
  readonly subtopic: string
  /** Detokenized text, one sentence per paragraph (the URL line of "ecbplus" files left out). */
  readonly text: string
  readonly gold: readonly GoldName[]
  /** Spans of the annotated sentences in `text`: only mentions there are scored. */
  readonly annotated: readonly Span[]
}

/** A named mention a system found; `ref` names it for entity merging (see `System.merge`). */
export interface FoundMention extends PredictedMention {
  readonly ref: string
}

/** What a system found in one document: named mentions in input offsets, and which input it kept. */
interface Found {
  readonly mentions: readonly FoundMention[]
  /** Input spans kept in the analysed text; gold outside them was removed by cleaning (headlines, mostly). */
  readonly kept?: readonly Span[]
  readonly analyzed?: AnalyzedArticle
}

interface System {
  readonly find: (input: EcbInput) => Found | string
  /** Entity id of each mention ref, merged across the documents of one event; without it, equal refs are one entity. */
  readonly merge?: (found: readonly Found[]) => Map<string, string>
}

/** Scores our pipeline's named mentions (when it loads) and the capitalised-runs baseline on ECB+ dev. */
export async function evaluateEntities(options: EvalOptions = {}): Promise<EvalRow[]> {
  const documents = loadEcbPlus(benchDir('ecbplus'))
  // The name-token test learns which words occur in lower case from the whole corpus, even on a quick run.
  const inputs = sample(documents, options.limit).map(prepare(properTokenTest(documents)))
  const goldCount = inputs.reduce((n, input) => n + input.gold.length, 0)
  const scope = `${count(goldCount)} gold names in ${count(inputs.length)} documents`
  const rows: EvalRow[] = []
  const pipeline = await loadPipeline()
  const task = 'entities · ECB+ dev'
  if ('analyzeArticle' in pipeline) {
    const result = run(inputs, pipelineSystem(pipeline))
    const removed = result.goldRemoved > 0 ? `; ${count(result.goldRemoved)} gold names in text the cleaner removed` : ''
    rows.push(...fullRows(task, result, `${scope}${result.failures ? `; ${result.failures}` : ''}${removed}`))
    rows.push(
      pipeline.compareCoverage
        ? { task, metric: 'entity merging B³ F1', value: result.bCubed.f1, note: `${pr(result.bCubed)}; per event, over gold head names` }
        : { task, metric: 'entity merging B³ F1', value: Number.NaN, note: 'compareCoverage not exported' },
    )
  } else {
    rows.push({ task, metric: 'pipeline', value: Number.NaN, note: pipeline.unavailable })
  }
  // Baseline entities: mentions with the same lower-cased text are one entity (the string-match baseline of coreference).
  const baseline = run(inputs, {
    find: (input) => ({ mentions: baselineNames(input.text).map((m) => ({ ...m, ref: m.text.toLowerCase() })) }),
  })
  const overlap = tallyPrf(baseline.counts.overlap)
  const exact = tallyPrf(baseline.counts.exact)
  const baselineTask = `${task} · baseline: capitalised runs`
  rows.push(
    { task: baselineTask, metric: 'name mentions F1 (overlap)', value: overlap.f1, note: pr(overlap) },
    { task: baselineTask, metric: 'name mentions F1 (exact)', value: exact.f1, note: pr(exact) },
    { task: baselineTask, metric: 'entity merging B³ F1 (same string)', value: baseline.bCubed.f1, note: pr(baseline.bCubed) },
  )
  return rows
}

/** Detokenizes a document and cuts its gold names. */
function prepare(isProper: (token: EcbToken) => boolean): (doc: EcbPlusDocument) => EcbInput {
  return (doc) => {
    const bySentence = new Map<number, EcbToken[]>()
    for (const token of doc.tokens) {
      // Sentence 0 of an "ecbplus" file is its source URL, not text.
      if (doc.name.endsWith('ecbplus') && token.sentence === 0) continue
      bySentence.set(token.sentence, [...(bySentence.get(token.sentence) ?? []), token])
    }
    const order = [...bySentence.keys()].sort((a, b) => a - b)
    const sentences = order.map((n) => bySentence.get(n) ?? [])
    const { text, tokenSpans } = detokenize(sentences.map((tokens) => tokens.map((t) => t.text)))
    const flat = sentences.flat()
    const spanOf = new Map(flat.map((token, i) => [token.id, tokenSpans[i] ?? { start: 0, end: 0 }]))
    const annotated = sentences
      .filter((tokens) => doc.annotatedSentences.has(tokens[0]?.sentence ?? -1))
      .map((tokens) => ({ start: spanOf.get(tokens[0]?.id ?? '')?.start ?? 0, end: spanOf.get(tokens.at(-1)?.id ?? '')?.end ?? 0 }))
    return { name: doc.name, subtopic: doc.subtopic, text, gold: ecbGoldNames(doc, spanOf, text, isProper), annotated }
  }
}

interface RunResult {
  readonly counts: MentionCounts
  /** Overlap matching against the gold names in text the cleaner kept (all gold when nothing was removed). */
  readonly bodyOverlap: Tally
  readonly bCubed: Prf
  readonly failures: string
  readonly goldRemoved: number
}

/**
 * Runs a system over the documents and scores its mentions in the annotated sentences. Entity merging is
 * scored with B³ over the gold head names (see docs/EVAL.md), one event (ECB+ sub-topic) at a time: the
 * documents a user would compare. A gold name our system missed is a singleton.
 */
function run(inputs: readonly EcbInput[], system: System): RunResult {
  const counts = emptyMentionCounts()
  const failed = new Map<string, number>()
  let goldRemoved = 0
  const bodyOverlap: Tally = { tp: 0, pred: 0, gold: 0 }
  const byEvent = new Map<string, { found: Found[]; items: { goldCluster: string; ref?: string; id: string }[] }>()
  for (const input of inputs) {
    let found: Found | string
    try {
      found = system.find(input)
    } catch (error) {
      found = `error: ${error instanceof Error ? error.message : String(error)}`
    }
    if (typeof found === 'string') {
      failed.set(found, (failed.get(found) ?? 0) + 1)
      found = { mentions: [] }
    }
    const inAnnotated = found.mentions.filter((m) => input.annotated.some((s) => m.start < s.end && s.start < m.end))
    const scored = scoreMentions(input.gold, inAnnotated)
    addMentionCounts(counts, scored.counts)
    const { kept } = found
    const body = kept ? input.gold.filter((g) => kept.some((k) => k.start <= g.start && g.start < k.end)) : input.gold
    goldRemoved += input.gold.length - body.length
    const bodyCounts = scoreMentions(body, inAnnotated).counts.overlap
    bodyOverlap.tp += bodyCounts.tp
    bodyOverlap.pred += bodyCounts.pred
    bodyOverlap.gold += bodyCounts.gold
    const event = byEvent.get(input.subtopic) ?? { found: [], items: [] }
    event.found.push(found)
    input.gold.forEach((g, j) => {
      if (!g.isHead) return
      const ref = inAnnotated[scored.matchOf[j] ?? -1]?.ref
      event.items.push({ goldCluster: g.chain, id: `${input.name}#${j}`, ...(ref !== undefined ? { ref } : {}) })
    })
    byEvent.set(input.subtopic, event)
  }
  const items: ClusteredItem[] = []
  for (const [subtopic, event] of byEvent) {
    const merged = system.merge?.(event.found)
    for (const item of event.items) {
      const entity = item.ref === undefined ? `missed:${item.id}` : merged ? (merged.get(item.ref) ?? `alone:${item.ref}`) : item.ref
      items.push({ goldCluster: `${subtopic}/${item.goldCluster}`, predCluster: `${subtopic}/${entity}` })
    }
  }
  return { counts, bodyOverlap, bCubed: bCubed(items), failures: [...failed].map(([reason, n]) => `${n} ${reason}`).join('; '), goldRemoved }
}

/** Our proper-name mentions (aliases and pronouns left out), mapped back to the input; entities from compareCoverage. */
function pipelineSystem(pipeline: Pipeline): System {
  const find = (input: EcbInput): Found | string => {
    const result = pipeline.analyzeArticle({ source: `${input.name}.txt`, format: 'text', content: input.text })
    if (isSkipped(result)) return `skipped (${result.reason})`
    const kept = result.article.sourceMap.map((r) => ({ start: r.inputStart, end: r.inputStart + r.length }))
    return { mentions: foundNames(result, input.text), kept, analyzed: result }
  }
  const compare = pipeline.compareCoverage
  if (!compare) return { find }
  const merge = (found: readonly Found[]): Map<string, string> => {
    const entityOf = new Map<string, string>()
    const analyzed = found.flatMap((f) => f.analyzed ?? [])
    if (analyzed.length === 0) return entityOf
    for (const entity of compare(analyzed).entities) {
      for (const m of entity.mentions) entityOf.set(`${m.articleId}:${m.start}:${m.end}`, entity.id)
    }
    return entityOf
  }
  return { find, merge }
}

/**
 * The proper-name mentions of an analysed article (aliases and pronouns left out) in input offsets, each
 * with a ref "<articleId>:<start>:<end>" (offsets into `article.text`, as in the report's entity mentions).
 */
export function foundNames(analyzed: AnalyzedArticle, input: string): FoundMention[] {
  const { sourceMap, id } = analyzed.article
  const mentions: FoundMention[] = []
  for (const mention of analyzed.mentions) {
    if (mention.form !== 'name') continue
    const pieces = mapToInput(mention, sourceMap)
    const first = pieces[0]
    const last = pieces.at(-1)
    if (!first || !last) continue
    const text = input.slice(first.start, last.end)
    mentions.push({ start: first.start, end: last.end, text, kind: mention.kind, ref: `${id}:${mention.start}:${mention.end}` })
  }
  return mentions
}

function fullRows(task: string, result: RunResult, scope: string): EvalRow[] {
  const c = result.counts
  const overlap = tallyPrf(c.overlap)
  const exact = tallyPrf(c.exact)
  const body = tallyPrf(result.bodyOverlap)
  const typed = tallyPrf(c.typed)
  const published = 'none for NER (ECB+ reports coreference)'
  return [
    { task, metric: 'name mentions F1 (overlap)', value: overlap.f1, published, note: `${pr(overlap)}; ${scope}` },
    { task, metric: 'name mentions F1 (overlap, body only)', value: body.f1, note: `${pr(body)}; gold in removed text (headlines) left out` },
    { task, metric: 'name mentions F1 (exact)', value: exact.f1, note: pr(exact) },
    { task, metric: 'typed F1 (person/place/org)', value: typed.f1, note: `${pr(typed)}; ${count(c.typed.gold)} typed gold` },
    ...TYPED_KINDS.map((kind) => {
      const byKind = tallyPrf(c.byKind[kind])
      return { task, metric: `typed F1: ${kind}`, value: byKind.f1, note: `${pr(byKind)}; ${count(c.byKind[kind].gold)} gold` }
    }),
  ]
}

function tallyPrf(tally: Tally): Prf {
  return prf(tally.tp, tally.pred, tally.gold)
}

/** `--errors N`: N examples each of missed gold names, unmatched names of ours, and wrong types, from evenly spaced documents. */
async function printErrors(limit: number | undefined, n: number): Promise<void> {
  const pipeline = await loadPipeline()
  if (!('analyzeArticle' in pipeline)) {
    console.error(`entities: ${pipeline.unavailable}`)
    return
  }
  const documents = loadEcbPlus(benchDir('ecbplus'))
  const find = pipelineSystem(pipeline).find
  const errors = { missed: [] as string[], unmatched: [] as string[], wrongType: [] as string[] }
  for (const input of sample(documents, limit).map(prepare(properTokenTest(documents)))) {
    const found = find(input)
    if (typeof found === 'string') continue
    const ours = found.mentions.filter((m) => input.annotated.some((s) => m.start < s.end && s.start < m.end))
    const { matchOf } = scoreMentions(input.gold, ours)
    const matched = new Set(matchOf)
    input.gold.forEach((g, j) => {
      const m = ours[matchOf[j] ?? -1]
      const isRemoved = found.kept !== undefined && !found.kept.some((k) => k.start <= g.start && g.start < k.end)
      if (!m) errors.missed.push(`${input.name}: ${g.text} (${g.isHead ? g.kind : 'untyped'})${isRemoved ? ' in removed text' : ''}`)
      else if (g.isHead && g.kind !== 'other' && m.kind !== g.kind) errors.wrongType.push(`${input.name}: ${m.text} — ours ${m.kind}, gold ${g.kind}`)
    })
    ours.forEach((m, i) => {
      if (!matched.has(i)) errors.unmatched.push(`${input.name}: ${m.text} (${m.kind})`)
    })
  }
  for (const [key, lines] of Object.entries(errors)) {
    console.log(`\n${key} (${count(lines.length)}):`)
    for (const line of sample(lines, n)) console.log(`  ${line}`)
  }
}

if (isMainModule(import.meta.url)) await runTaskScript(evaluateEntities, printErrors)
