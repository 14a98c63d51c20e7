/**
 * Builds the examples in every input format from the project's own four-language texts (examples/multilingual,
 * AGPL-3.0-or-later; nothing is derived from the third-party seed pair):
 *
 *   examples/html/{en,pl,ru,uk}.html  each article as a news page of an invented outlet, with page furniture
 *   examples/feed.xml                 an RSS 2.0 feed of one invented outlet carrying the four full bodies
 *   examples/pages.warc.gz            a WARC 1.1 crawl of the four pages at https://example.org/… (gzip per record)
 *
 * Deterministic: the same texts give the same bytes (test/examples-formats.test.ts rebuilds and compares).
 *
 * Run: npx tsx scripts/build/build-examples.ts [out-dir]   (default: examples/)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { articleUrl, CRAWLED_AT, EXAMPLE_LANGUAGES, EXAMPLE_OUTLETS } from './examples/example-outlets.js'
import { readExampleArticle } from './examples/read-example-article.js'
import { renderFeed } from './examples/render-feed.js'
import { renderNewsPage } from './examples/render-news-page.js'
import { writeWarc } from './examples/write-warc.js'

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url))
/** The files the builder writes, relative to its output folder. */
export const BUILT_EXAMPLES = [...EXAMPLE_LANGUAGES.map((language) => `html/${language}.html`), 'feed.xml', 'pages.warc.gz'] as const

/** Writes every built example under `outDir`, reading the texts from `<sourceDir>/multilingual`. Returns the paths written. */
export async function buildExamples(outDir: string, sourceDir: string = EXAMPLES_DIR): Promise<string[]> {
  const articles = EXAMPLE_LANGUAGES.map((language) => ({ language, article: readExampleArticle(join(sourceDir, 'multilingual'), language) }))
  const pages = articles.map(({ language, article }) => ({ language, html: renderNewsPage(article, language) }))
  const files = new Map<string, string | Uint8Array>()
  for (const { language, html } of pages) files.set(`html/${language}.html`, html)
  files.set('feed.xml', renderFeed(articles))
  const crawl = pages.map(({ language, html }) => ({ url: articleUrl(EXAMPLE_OUTLETS[language].slug, language), html }))
  files.set('pages.warc.gz', await writeWarc(crawl, { filename: 'pages.warc.gz', crawledAt: CRAWLED_AT }))
  mkdirSync(join(outDir, 'html'), { recursive: true })
  return [...files].map(([name, content]) => {
    const path = join(outDir, name)
    writeFileSync(path, content)
    return path
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const written = await buildExamples(resolve(process.argv[2] ?? EXAMPLES_DIR))
  for (const path of written) console.log(`wrote ${path}`)
}
