// The library entry point (src/index.ts, the package's "exports"), used as docs/LIBRARY.md shows.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import * as parallax from '../src/index.js'
import { EXAMPLES_DIR, POLISH, SEED_A, SEED_B, UKRAINIAN } from './example-paths.js'

const dir = mkdtempSync(join(tmpdir(), 'parallax-library-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the library API', () => {
  it('analyses, compares and renders as docs/LIBRARY.md shows', () => {
    const analyzed = [SEED_A, SEED_B].map((file, i) =>
      parallax.analyzeArticle({ source: file, format: 'text', content: readFileSync(file, 'utf8') }, { id: `a${i + 1}`, outlet: i === 0 ? 'Kyiv Herald' : 'Daily Wrap' }),
    )
    const articles = analyzed.filter((a): a is parallax.AnalyzedArticle => !('kind' in a))
    expect(articles.map((a) => a.article.outlet)).toEqual(['Kyiv Herald', 'Daily Wrap'])
    const report = parallax.compareCoverage(articles, { language: 'en' })
    const shared = report.facts.filter((f) => f.articleIds.length === 2)
    expect(shared.length).toBeGreaterThan(0)
    for (const span of shared.flatMap((f) => f.spans)) {
      const article = report.articles.find((a) => a.id === span.articleId)
      // A headline rendering (field 'title') indexes the title.
      expect((span.field === 'title' ? article?.title : article?.text)?.slice(span.start, span.end)).toBe(span.text)
    }
    expect(parallax.renderMarkdown(report)).toContain('Kyiv Herald')
    expect(parallax.renderHtml(report)).toMatch(/^<!doctype html>/i)
  })

  it('a document that is not an article comes back as skipped with the reason', () => {
    const result = parallax.analyzeArticle({ source: 'passwd', format: 'text', content: 'root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin' })
    expect(result).toMatchObject({ kind: 'skipped', reason: 'not-an-article' })
  })

  it('reads inputs, keeps a store and reports a stored story', async () => {
    const store = await parallax.openStore({ db: join(dir, 'news.db'), env: {} })
    try {
      const totals = await parallax.ingestDocuments(store, parallax.readInputs([join(EXAMPLES_DIR, UKRAINIAN), join(EXAMPLES_DIR, POLISH)]))
      expect(totals.stored).toBe(2)
      const [story] = await store.listStories({ limit: 1 })
      expect(story?.members).toHaveLength(2)
      const report = await parallax.storyReport(store, story!.storyId)
      expect(report.articles).toHaveLength(2)
      expect(report.brief.length).toBeGreaterThan(0)
    } finally {
      await store.close()
    }
  })
})
