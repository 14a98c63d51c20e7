import { describe, expect, test } from 'vitest'
import { extractHtml } from './index.js'

const PARAGRAPH = 'The minister said on Friday that the new rules would take effect in the spring, after months of talks with unions.'

describe('extractHtml', () => {
  test('reads metadata from JSON-LD and OpenGraph and the body as paragraphs', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Rules | Daily</title>
      <meta property="og:site_name" content="The Daily">
      <link rel="canonical" href="/news/rules">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"New rules in spring","datePublished":"2024-12-06T10:00:00Z","author":[{"@type":"Person","name":"Anna Nowak"}]}</script>
      </head><body><article><h1>New rules in spring</h1>
      <figure><img src="a.jpg"><figcaption>The minister in Warsaw</figcaption></figure>
      <p>${PARAGRAPH}</p><p>${PARAGRAPH.replace('Friday', 'Monday')}</p></article></body></html>`
    expect(extractHtml(html, { url: 'https://daily.example/x' })).toEqual({
      title: 'New rules in spring',
      titleField: 'json-ld',
      byline: 'Anna Nowak',
      publishedAt: '2024-12-06T10:00:00Z',
      siteName: 'The Daily',
      language: 'en',
      canonicalUrl: 'https://daily.example/news/rules',
      text: `${PARAGRAPH}\n\n${PARAGRAPH.replace('Friday', 'Monday')}`,
      captions: ['The minister in Warsaw'],
    })
  })

  test('an HTML fragment (feed item content) is extracted, caption kept apart', () => {
    const fragment = `<p>${PARAGRAPH}</p><figure><img src="x.jpg"><figcaption>Warsaw, Friday</figcaption></figure><p>${PARAGRAPH}</p>`
    expect(extractHtml(fragment)).toEqual({ title: '', text: `${PARAGRAPH}\n\n${PARAGRAPH}`, captions: ['Warsaw, Friday'] })
  })

  test('the site name is taken off the title', () => {
    const html = `<html><head><title>Bus lanes approved | The Daily</title><meta property="og:site_name" content="The Daily"></head><body><article><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`
    expect(extractHtml(html)).toMatchObject({ title: 'Bus lanes approved', siteName: 'The Daily' })
  })

  test('a page without an article body is skipped', () => {
    expect(extractHtml('<html><body><nav><a href="/">Home</a></nav></body></html>')).toMatchObject({ kind: 'skipped', reason: 'not-an-article' })
  })

  test('a download cut off inside <head> is a page without an article, not a crash of the parser', () => {
    // The first 200 characters of a real page (a bench page's head), where linkedom's `document.body` threw.
    const cut =
      '<html class="header-spacing spacing"><head><!-- hearst/home/header_main.tpl -->\n\n        <!-- eid:article.14848382 -->\n        <meta charset="utf-8">\n        <meta http-equiv="X-UA-Compatible" content'
    const result = extractHtml(cut)
    expect(result).toMatchObject({ kind: 'skipped', reason: 'not-an-article' })
    expect('kind' in result ? result.message : '').toMatch(/^no article body found/)
  })

  test('content the parser leaves in <head> (where Readability 0.6 throws) is skipped with a clear message', () => {
    const paragraph = `<p>${PARAGRAPH.repeat(5)}</p>`
    const result = extractHtml(`<html><head><title>t</title><div>${paragraph.repeat(3)}</div></head><body></body></html>`)
    expect(result).toMatchObject({ kind: 'skipped', reason: 'not-an-article' })
    expect('kind' in result ? result.message : '').toMatch(/^no article body found/)
  })
})

test('a long body paragraph that opens with "Related:" is body, not a read-also box', () => {
  const related = `Related: ${'the two ministers met again on Monday to discuss the border and the missile plan. '.repeat(4)}`
  const result = extractHtml(`<html><body><article><p>${related}</p><p>${'Second paragraph with more detail about the talks. '.repeat(4)}</p></article></body></html>`)
  expect('kind' in result ? '' : result.text).toContain('Related: the two ministers')
})

test('pathologically deep nesting is refused before parsing (it made parsing quadratic, then overflowed the stack)', () => {
  const html = `<html><body>${'<div>'.repeat(50_000)}<p>${'Text. '.repeat(50)}</p>${'</div>'.repeat(50_000)}</body></html>`
  expect(extractHtml(html)).toMatchObject({ kind: 'skipped', reason: 'parse-failed', message: expect.stringMatching(/nested more than 256 deep/) })
})
