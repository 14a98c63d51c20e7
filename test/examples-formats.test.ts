// The examples in every input format (examples/html, feed.xml, pages.warc.gz, built from examples/multilingual by
// scripts/build/build-examples.ts) read as the same four articles with their metadata, lose their page furniture,
// and give the same comparison as the plain texts; and the committed files are what the builder writes.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readInputs, type ReadOptions } from '../src/ingest/index.js'
import type { AnalyzedArticle, CoverageReport, RawDocument, Skipped } from '../src/model/index.js'
import { analyzeArticle, compareCoverage } from '../src/pipeline/index.js'
import { BUILT_EXAMPLES, buildExamples } from '../scripts/build/build-examples.js'
import { EXAMPLE_LANGUAGES, EXAMPLE_OUTLETS, FEED_OUTLET } from '../scripts/build/examples/example-outlets.js'
import { readExampleArticle } from '../scripts/build/examples/read-example-article.js'
import { EXAMPLES_DIR } from './example-paths.js'

interface Loaded {
  readonly documents: RawDocument[]
  readonly skipped: Skipped[]
  readonly articles: AnalyzedArticle[]
  readonly report: CoverageReport
  readonly notes: string[]
}

const FORMATS = {
  txt: EXAMPLE_LANGUAGES.map((language) => join(EXAMPLES_DIR, 'multilingual', `${language}.txt`)),
  html: [join(EXAMPLES_DIR, 'html')],
  feed: [join(EXAMPLES_DIR, 'feed.xml')],
  warc: [join(EXAMPLES_DIR, 'pages.warc.gz')],
} as const
type Format = keyof typeof FORMATS

async function load(specs: readonly string[]): Promise<Loaded> {
  const notes: string[] = []
  // Every address is blocked: a feed item or page that tried to reach the network would come back skipped.
  const options: ReadOptions = { log: (line) => notes.push(line), http: { isBlockedAddress: () => true } }
  const documents: RawDocument[] = []
  const skipped: Skipped[] = []
  const articles: AnalyzedArticle[] = []
  for await (const item of readInputs(specs, options)) {
    if ('kind' in item) {
      skipped.push(item)
      continue
    }
    documents.push(item)
    const result = analyzeArticle(item, { id: `a${documents.length}` })
    if ('kind' in result) skipped.push(result)
    else articles.push(result)
  }
  return { documents, skipped, articles, report: compareCoverage(articles), notes }
}

const loaded = new Map<Format, Loaded>()
beforeAll(async () => {
  for (const format of Object.keys(FORMATS) as Format[]) loaded.set(format, await load(FORMATS[format]))
}, 180_000)

const get = (format: Format): Loaded => loaded.get(format)!
const HEADLINES = new Map(EXAMPLE_LANGUAGES.map((language) => [language, readExampleArticle(join(EXAMPLES_DIR, 'multilingual'), language).headline]))

describe.each(['html', 'feed', 'warc'] as const)('examples in format %s', (format) => {
  test('four articles, none skipped, in the order of the texts', () => {
    const { documents, skipped, articles } = get(format)
    expect(skipped).toEqual([])
    expect(documents).toHaveLength(4)
    expect(documents.every((d) => d.format === 'html')).toBe(true)
    expect(articles.map((a) => a.article.language)).toEqual([...EXAMPLE_LANGUAGES])
  })

  test('outlet, title, byline and publication date come from the page or feed', () => {
    for (const [i, language] of EXAMPLE_LANGUAGES.entries()) {
      const { article } = get(format).articles[i]!
      const outlet = EXAMPLE_OUTLETS[language]
      expect(article.outlet).toBe(format === 'feed' ? FEED_OUTLET.name : outlet.name)
      expect(article.title).toBe(HEADLINES.get(language))
      expect(article.byline).toBe(outlet.byline)
      // The same instant, stated and not estimated: in the WARC the page's date wins over the crawl date (7 December)
      expect(article.publishedAtEstimated).toBeUndefined()
      expect(Date.parse(article.publishedAt!)).toBe(Date.parse(outlet.publishedAt))
      expect(article.publishedAt).toMatch(/^2024-12-06T/)
    }
  })

  test('page furniture (nav, read-also box, byline line, footer, copyright) is not in the body', () => {
    for (const [i, language] of EXAMPLE_LANGUAGES.entries()) {
      const { article } = get(format).articles[i]!
      const outlet = EXAMPLE_OUTLETS[language]
      const furniture = [outlet.name, ...outlet.nav, outlet.readAlsoLabel, ...outlet.readAlso, outlet.bylineLabel, outlet.publishedLabel, ...outlet.footerLinks, outlet.copyright]
      for (const text of furniture) expect(article.text, `${format} ${language}: "${text}"`).not.toContain(text)
      // The body is the article's paragraphs, nothing more: as long as the plain text's body
      expect(article.text).toBe(get('txt').articles[i]!.article.text)
    }
  })

  test('the comparison gives the same facts, reported by the same articles, as the plain texts', () => {
    const facts = (report: CoverageReport): string[] => report.facts.map((f) => `${[...f.articleIds].sort().join(',')}: ${f.text}`).sort()
    const shared = get(format).report.facts.filter((f) => f.articleIds.length === 4)
    expect(shared.length).toBeGreaterThanOrEqual(5)
    expect(facts(get(format).report)).toEqual(facts(get('txt').report))
  })
})

test('the feed carries full bodies: no item is fetched (every address is blocked here)', () => {
  expect(get('feed').documents.map((d) => d.source)).toEqual([1, 2, 3, 4].map((n) => `${FORMATS.feed[0]}#${n}`))
  expect(get('feed').documents.map((d) => d.url)).toEqual(EXAMPLE_LANGUAGES.map((l) => `https://example.org/${FEED_OUTLET.slug}/2024/12/06/${EXAMPLE_OUTLETS[l].articleSlug}`))
})

test('the WARC holds a warcinfo record and one HTML response per page at example.org', () => {
  const { documents, notes } = get('warc')
  expect(notes).toEqual([`${FORMATS.warc[0]}: 4 HTML records; skipped 1 warcinfo`])
  expect(documents.map((d) => d.url)).toEqual(EXAMPLE_LANGUAGES.map((l) => `https://example.org/${EXAMPLE_OUTLETS[l].slug}/2024/12/06/${EXAMPLE_OUTLETS[l].articleSlug}`))
})

describe('the committed examples are what scripts/build/build-examples.ts writes', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-examples-'))
    await buildExamples(dir)
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  test.each([...BUILT_EXAMPLES])('%s', async (name) => {
    const built = await readFile(join(dir, name))
    const committed = await readFile(join(EXAMPLES_DIR, name))
    expect(committed.equals(built), `examples/${name} differs from a rebuild: run npx tsx scripts/build/build-examples.ts`).toBe(true)
  })

  test('the WARC is gzipped with mtime 0 (or a rebuild in another second would differ)', async () => {
    const warc = await readFile(join(dir, 'pages.warc.gz'))
    expect([warc[0], warc[1]]).toEqual([0x1f, 0x8b])
    expect(warc.readUInt32LE(4)).toBe(0)
  })
})
