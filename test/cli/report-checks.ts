// Checks on a JSON report as the CLI prints it: the JSON Schema (schema/report.schema.json) and the
// invariants docs/REPORT.md states in words, which a schema cannot express (offsets, cross-references).
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { CoverageReport } from '../../src/model/index.js'
import { ROOT } from './built-cli.js'

const schema: object = JSON.parse(readFileSync(`${ROOT}/schema/report.schema.json`, 'utf8'))
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema)

/** The schema errors of `report` as readable lines; [] when it validates. */
export function schemaErrors(report: unknown): string[] {
  if (validate(report)) return []
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`)
}

/**
 * Broken invariants of docs/REPORT.md, one line each; [] when all hold. `inputOf(source)` gives the decoded input
 * of an article, against which `removed` offsets are checked.
 */
export function invariantErrors(report: CoverageReport, inputOf: (source: string) => string): string[] {
  const errors: string[] = []
  const texts = new Map(report.articles.map((article) => [article.id, article.text]))
  const titles = new Map(report.articles.map((article) => [article.id, article.title]))
  const entityIds = new Set(report.entities.map((entity) => entity.id))
  const span = (where: string, articleId: string, s: { start: number; end: number; text: string }): void => {
    const text = texts.get(articleId)
    if (text === undefined) errors.push(`${where}: unknown article ${articleId}`)
    else if (text.slice(s.start, s.end) !== s.text) errors.push(`${where}: [${s.start}, ${s.end}) is ${JSON.stringify(text.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}`)
  }
  for (const article of report.articles) {
    const input = inputOf(article.source)
    for (const removal of article.removed) {
      if (input.slice(removal.start, removal.end) !== removal.text) errors.push(`removed in ${article.id}: input [${removal.start}, ${removal.end}) is not ${JSON.stringify(removal.text)}`)
    }
  }
  for (const entity of report.entities) {
    for (const mention of entity.mentions) span(`entity ${entity.id}`, mention.articleId, mention)
    for (const [articleId, descriptors] of Object.entries(entity.descriptors)) for (const d of descriptors) span(`descriptor of ${entity.id}`, articleId, d)
  }
  // A headline rendering (field 'title') indexes the article's title, any other span its text.
  const factSpan = (where: string, s: { articleId: string; start: number; end: number; text: string; field?: 'title' }): void => {
    if (s.field !== 'title') span(where, s.articleId, s)
    else if (titles.get(s.articleId)?.slice(s.start, s.end) !== s.text) errors.push(`${where}: title [${s.start}, ${s.end}) is not ${JSON.stringify(s.text)}`)
  }
  for (const fact of report.facts) {
    for (const s of fact.spans) factSpan(`fact ${fact.id}`, s)
    for (const articleId of fact.articleIds) if (!fact.spans.some((s) => s.articleId === articleId)) errors.push(`fact ${fact.id}: no span in ${articleId}`)
  }
  for (const difference of report.differences) for (const v of difference.values) span(`difference ${difference.id}`, v.articleId, v)
  for (const quote of report.quotes) {
    if (quote.speaker !== null && !entityIds.has(quote.speaker)) errors.push(`quote ${quote.id}: speaker ${quote.speaker} is no entity`)
    for (const r of quote.renderings) span(`quote ${quote.id}`, r.articleId, r)
  }
  for (const framing of report.framing) for (const s of framing.spans) span(`framing of ${framing.articleId}`, framing.articleId, s)
  for (const sentence of report.brief) {
    for (const articleId of sentence.articleIds) if (!texts.has(articleId)) errors.push(`brief: unknown article ${articleId}`)
    if (sentence.singleSource !== (sentence.articleIds.length === 1)) errors.push(`brief: singleSource ${sentence.singleSource} with ${sentence.articleIds.length} article(s)`)
    for (const s of sentence.spans ?? []) factSpan('brief', s)
  }
  return errors
}

/** A stack frame line as Node prints it ("    at fn (file:1:2)"): must never reach a user. */
export const STACK_FRAME = /\n\s+at /
