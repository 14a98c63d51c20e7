import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, test } from 'vitest'
import type {
  ArticleFraming,
  ArticleSpan,
  BriefSentence,
  CoverageReport,
  Difference,
  DifferenceKind,
  DifferenceValue,
  Entity,
  EntityKind,
  Fact,
  FactSpan,
  FramingSpan,
  FramingTechnique,
  GroupCoverage,
  Headline,
  HeadlineFramingSpan,
  HtmlTitleField,
  Quote,
  ReportQuoteRendering,
  Removal,
  RemovalReason,
  ReportArticle,
  ReportOutlet,
  Span,
  TitleSpan,
} from '../../src/model/index.js'
import { fixtureReport } from './fixture.js'

interface JsonSchema {
  readonly $defs: Record<string, { properties?: Record<string, unknown>; required?: string[]; enum?: string[] }>
  readonly properties: Record<string, unknown>
  readonly required: string[]
}

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as JsonSchema
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema)

// ---- Sync tables: tsc rejects these literals when a field or enum member is added, removed, or
// changes between optional and required; the tests below then compare them with the schema.

type Presence<T> = { readonly [K in keyof Required<T>]-?: object extends Pick<T, K> ? 'optional' : 'required' }
type SkippedInput = CoverageReport['skipped'][number]

const fields = {
  CoverageReport: { version: 'required', language: 'required', title: 'required', headlines: 'required', articles: 'required', outlets: 'required', coverageByGroup: 'required', entities: 'required', facts: 'required', differences: 'required', quotes: 'required', framing: 'required', brief: 'required', skipped: 'required' } satisfies Presence<CoverageReport>,
  Span: { start: 'required', end: 'required' } satisfies Presence<Span>,
  ArticleSpan: { articleId: 'required', start: 'required', end: 'required', text: 'required' } satisfies Presence<ArticleSpan>,
  Removal: { start: 'required', end: 'required', text: 'required', reason: 'required' } satisfies Presence<Removal>,
  ReportArticle: {
    id: 'required', source: 'required', outlet: 'required', title: 'required', titleSource: 'required', byline: 'optional', publishedAt: 'optional',
    publishedAtEstimated: 'optional', language: 'required', url: 'optional', text: 'required', captions: 'required', removed: 'required',
  } satisfies Presence<ReportArticle>,
  Entity: { id: 'required', name: 'required', kind: 'required', variants: 'required', mentions: 'required', descriptors: 'required' } satisfies Presence<Entity>,
  Fact: { id: 'required', text: 'required', language: 'required', articleIds: 'required', spans: 'required' } satisfies Presence<Fact>,
  FactSpan: { articleId: 'required', start: 'required', end: 'required', text: 'required', language: 'required', field: 'optional' } satisfies Presence<FactSpan>,
  DifferenceValue: { articleId: 'required', start: 'required', end: 'required', text: 'required', normalized: 'required' } satisfies Presence<DifferenceValue>,
  Difference: { id: 'required', kind: 'required', subject: 'required', status: 'required', values: 'required' } satisfies Presence<Difference>,
  ReportQuoteRendering: {
    articleId: 'required', start: 'required', end: 'required', text: 'required', language: 'required', marked: 'required', verb: 'optional', speakerSpan: 'optional',
  } satisfies Presence<ReportQuoteRendering>,
  Quote: { id: 'required', speaker: 'required', renderings: 'required' } satisfies Presence<Quote>,
  FramingSpan: { start: 'required', end: 'required', text: 'required', technique: 'required', source: 'required', voice: 'required', explanation: 'required', confidence: 'required' } satisfies Presence<FramingSpan>,
  ArticleFraming: { articleId: 'required', score: 'required', quotedScore: 'required', spans: 'required', headline: 'optional' } satisfies Presence<ArticleFraming>,
  TitleSpan: { start: 'required', end: 'required', text: 'required', input: 'optional' } satisfies Presence<TitleSpan>,
  HeadlineFramingSpan: {
    start: 'required', end: 'required', text: 'required', technique: 'required', source: 'required', voice: 'required', explanation: 'required', confidence: 'required', input: 'optional',
  } satisfies Presence<HeadlineFramingSpan>,
  Headline: {
    articleId: 'required', outlet: 'required', text: 'required', language: 'required', source: 'required', score: 'required', framing: 'required', differences: 'required',
  } satisfies Presence<Headline>,
  BriefSentence: { text: 'required', language: 'required', articleIds: 'required', singleSource: 'required', spans: 'optional' } satisfies Presence<BriefSentence>,
  SkippedInput: { source: 'required', reason: 'required', message: 'required' } satisfies Presence<SkippedInput>,
  ReportOutlet: {
    name: 'required', articleIds: 'required', isKnown: 'required', country: 'optional', language: 'optional', owner: 'optional', groups: 'required',
  } satisfies Presence<ReportOutlet>,
  GroupCoverage: { kind: 'required', values: 'required' } satisfies Presence<GroupCoverage>,
}

/** Every member of union U, exactly once: a missing or unknown member is a type error. */
function allOf<U extends string>() {
  return <const L extends readonly U[]>(list: L & ([U] extends [L[number]] ? unknown : 'missing a member')): L => list
}

const enums = {
  RemovalReason: allOf<RemovalReason>()([
    'section-label', 'repeated-headline', 'headline', 'caption', 'image-credit', 'byline', 'share-button',
    'related-content', 'copyright', 'legal-notice', 'separator', 'boilerplate', 'front-matter', 'dateline',
  ]),
  HtmlTitleField: allOf<HtmlTitleField>()(['json-ld', 'og:title', 'twitter:title', 'meta', 'h1', 'title']),
  EntityKind: allOf<EntityKind>()(['person', 'place', 'organization', 'weapon', 'event', 'other']),
  DifferenceKind: allOf<DifferenceKind>()(['date', 'number', 'quantity', 'money', 'percent', 'duration', 'claim']),
  DifferenceStatus: allOf<Difference['status']>()(['consistent', 'conflict']),
  FramingTechnique: allOf<FramingTechnique>()([
    'name-calling', 'loaded-language', 'doubt', 'hedge', 'loaded-attribution', 'exaggeration', 'appeal-to-fear',
    'flag-waving', 'causal-oversimplification', 'slogans', 'repetition', 'appeal-to-authority', 'black-and-white',
    'whataboutism', 'thought-terminating-cliche', 'bandwagon', 'loaded-sentence',
  ]),
}

describe('schema/report.schema.json stays in sync with src/model', () => {
  test.each(Object.entries(fields))('%s: same fields, same required set', (name, table) => {
    const def = name === 'CoverageReport' ? schema : schema.$defs[name]
    expect(def, `$defs.${name}`).toBeDefined()
    const entries = Object.entries(table)
    expect(Object.keys(def?.properties ?? {}).sort()).toEqual(entries.map(([key]) => key).sort())
    expect([...(def?.required ?? [])].sort()).toEqual(entries.filter(([, p]) => p === 'required').map(([key]) => key).sort())
  })

  test.each(Object.entries(enums))('%s: same members', (name, members) => {
    expect([...(schema.$defs[name]?.enum ?? [])].sort()).toEqual([...members].sort())
  })
})

describe('validation', () => {
  test('the full fixture report (typed as CoverageReport) is valid', () => {
    const ok = validate(fixtureReport)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  test('a report survives a JSON round trip and stays valid', () => {
    expect(validate(JSON.parse(JSON.stringify(fixtureReport)))).toBe(true)
  })

  test('the example in docs/REPORT.md is valid and its spans match the article text', () => {
    const doc = readFileSync(new URL('../../docs/REPORT.md', import.meta.url), 'utf8')
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? 'null') as CoverageReport
    expect(validate(example)).toBe(true)
    const texts = new Map(example.articles.map((a) => [a.id, a.text]))
    const spans = [
      ...example.entities.flatMap((e) => e.mentions),
      ...example.facts.flatMap((f) => f.spans),
      ...example.differences.flatMap((d) => d.values),
      ...example.quotes.flatMap((q) => q.renderings),
      ...example.brief.flatMap((b) => b.spans ?? []),
    ]
    expect(spans).toHaveLength(5)
    for (const span of spans) expect(texts.get(span.articleId)?.slice(span.start, span.end)).toBe(span.text)
    const speakers = new Set(example.entities.map((e) => e.id))
    for (const quote of example.quotes) expect(speakers.has(quote.speaker ?? '')).toBe(true)
  })

  test('an empty report is valid', () => {
    const empty: CoverageReport = { version: 1, language: 'en', title: '', headlines: [], articles: [], outlets: [], coverageByGroup: [], entities: [], facts: [], differences: [], quotes: [], framing: [], brief: [], skipped: [] }
    expect(validate(empty)).toBe(true)
  })

  const [first] = fixtureReport.articles
  const [quote] = fixtureReport.quotes
  const [framing] = fixtureReport.framing
  const [difference] = fixtureReport.differences
  if (!first || !quote || !framing || !difference) throw new Error('fixture: expected articles, quotes, framing and differences')

  test.each<[string, unknown, string]>([
    ['wrong version', { ...fixtureReport, version: 2 }, '/version'],
    ['missing brief', omit(fixtureReport, 'brief'), ''],
    ['unknown top-level field', { ...fixtureReport, extra: true }, ''],
    ['a group value that is not text', { ...fixtureReport, outlets: [{ name: 'X', articleIds: ['a1'], isKnown: true, groups: { lean: 3 } }] }, '/outlets/0/groups/lean'],
    ['article without text', { ...fixtureReport, articles: [omit(first, 'text')] }, '/articles/0'],
    ['unknown removal reason', { ...fixtureReport, articles: [{ ...first, removed: [{ start: 0, end: 4, text: 'News', reason: 'advert' }] }] }, '/articles/0/removed/0/reason'],
    ['negative offset', { ...fixtureReport, facts: [{ id: 'f', text: 't', articleIds: ['a1'], spans: [{ articleId: 'a1', start: -1, end: 3, text: 'abc' }] }] }, '/facts/0/spans/0/start'],
    ['fractional offset', { ...fixtureReport, facts: [{ id: 'f', text: 't', articleIds: ['a1'], spans: [{ articleId: 'a1', start: 1.5, end: 3, text: 'ab' }] }] }, '/facts/0/spans/0/start'],
    ['unknown difference status', { ...fixtureReport, differences: [{ ...difference, status: 'unclear' }] }, '/differences/0/status'],
    ['speaker missing (null is required when unresolved)', { ...fixtureReport, quotes: [omit(quote, 'speaker')] }, '/quotes/0'],
    ['marked as a string', { ...fixtureReport, quotes: [{ ...quote, renderings: [{ ...quote.renderings[0], marked: 'yes' }] }] }, '/quotes/0/renderings/0/marked'],
    ['unknown framing technique', { ...fixtureReport, framing: [{ ...framing, spans: [{ start: 0, end: 1, text: 'x', technique: 'spin', explanation: 'e', confidence: 0.5 }] }] }, '/framing/0/spans/0/technique'],
    ['confidence above 1', { ...fixtureReport, framing: [{ ...framing, spans: [{ start: 0, end: 1, text: 'x', technique: 'hedge', explanation: 'e', confidence: 1.5 }] }] }, '/framing/0/spans/0/confidence'],
    ['brief without singleSource', { ...fixtureReport, brief: [{ text: 'x', articleIds: ['a1'] }] }, '/brief/0'],
    ['title source of an unknown kind', { ...fixtureReport, articles: [{ ...first, titleSource: { kind: 'guessed' } }] }, '/articles/0/titleSource'],
    ['text title source without offsets', { ...fixtureReport, articles: [{ ...first, titleSource: { kind: 'text' } }] }, '/articles/0/titleSource'],
    ['html title from an unknown field', { ...fixtureReport, articles: [{ ...first, titleSource: { kind: 'html', field: 'h2' } }] }, '/articles/0/titleSource/field'],
    ['headline without differences', { ...fixtureReport, headlines: [omit(fixtureReport.headlines[0]!, 'differences')] }, '/headlines/0'],
  ])('rejects %s', (_name, report, path) => {
    expect(validate(report)).toBe(false)
    expect(validate.errors?.map((e) => e.instancePath)).toContain(path)
  })
})

function omit<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy: Partial<T> = { ...value }
  delete copy[key]
  return copy as Omit<T, K>
}
