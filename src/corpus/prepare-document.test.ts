import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RawDocument } from '../model/index.js'
import { detectLanguage } from '../pipeline/clean/index.js'
import { extractHtml } from '../pipeline/extract/index.js'
import { analyzeArticle } from '../pipeline/index.js'
import { openSqliteStore } from '../store/index.js'
import { candidateOf, ingestDocuments } from './ingest-documents.js'
import { prepareDocument, readyDocument, readyOnDemand } from './prepare-document.js'

const TEXT = 'Senators voted on Tuesday to extend the debt ceiling through early December.\n\nThe bill now goes to the House.'

describe('prepareDocument', () => {
  it('dates an undated article from its URL', () => {
    const prepared = prepareDocument({ source: 'feed#1', format: 'text', content: TEXT, url: 'https://news.example/2021/10/18/debt-ceiling' })
    expect('kind' in prepared ? prepared : prepared.publishedAt).toBe('2021-10-18')
  })

  it('keeps the date the source gives over the URL', () => {
    const prepared = prepareDocument({
      source: 'feed#2',
      format: 'text',
      content: TEXT,
      url: 'https://news.example/2021/10/18/debt-ceiling',
      publishedAt: '2021-10-19T08:00:00Z',
    })
    expect('kind' in prepared ? prepared : prepared.publishedAt).toBe('2021-10-19T08:00:00Z')
  })

  it.each([
    ['Tue, 19 Oct 2021 08:00:00 +0000', '2021-10-19T08:00:00Z'],
    // Stored as the UTC instant, so stories order by when articles appeared, whatever zone each stated.
    ['Tue, 19 Oct 2021 11:00:00 +0300', '2021-10-19T08:00:00Z'],
    ['2021-10-19 08:00', '2021-10-19T08:00:00'],
    ['2021-10-19', '2021-10-19'],
  ])('stores a feed or JSON Lines date %j as ISO 8601 %s, a stated zone as UTC, inventing no zone or time', (given, stored) => {
    const prepared = prepareDocument({ source: 'feed#3', format: 'text', content: TEXT, publishedAt: given })
    expect('kind' in prepared ? prepared : prepared.publishedAt).toBe(stored)
  })

  it("a page's own date beats its container's (a WARC record or feed fetch carries the crawl date), as in analyzeArticle", () => {
    const page = `<html><head><meta property="article:published_time" content="2024-12-06T14:05:00Z"></head><body><article><p>${TEXT}</p><p>${TEXT}</p><p>${TEXT}</p></article></body></html>`
    const prepared = prepareDocument({ source: 'crawl.warc#1', format: 'html', content: page, publishedAt: '2025-03-01T00:00:00Z' })
    expect('kind' in prepared ? prepared : prepared.publishedAt).toBe('2024-12-06T14:05:00Z')
  })

  it('leaves an article undated when neither gives a date', () => {
    const prepared = prepareDocument({ source: 'a.txt', format: 'text', content: TEXT, url: 'https://news.example/politics/debt-ceiling' })
    expect('kind' in prepared ? prepared : prepared.publishedAt).toBeNull()
  })
})

describe('readyOnDemand', () => {
  const inputs = [
    { source: 'headline.txt', format: 'text' as const, content: `Senate extends the debt ceiling\n\n${TEXT}` },
    { source: 'one-line.txt', format: 'text' as const, content: TEXT.replace('\n\n', ' ') },
    { source: 'ru.txt', format: 'text' as const, content: 'Путин встретился с Лукашенко\n\nПрезидент России Владимир Путин встретился в Минске с Александром Лукашенко и обсудил с ним поставки ракет.' },
    { source: 'byline.txt', format: 'text' as const, content: `Senate extends the debt ceiling\nBy Anna Nowak\n\n${TEXT}` },
    { source: 'page.html', format: 'html' as const, content: `<html lang="en"><head><title>Debt ceiling</title></head><body><article><p>${TEXT}</p><p>${TEXT}</p></article></body></html>` },
  ]

  it.each(inputs)('$source: the fields readyDocument gives, and the same candidate', (input) => {
    const eager = readyDocument(input)
    const lazy = readyOnDemand(input)
    expect({ ...lazy }).toEqual(eager)
    if ('kind' in eager || 'kind' in lazy) return
    expect({ ...candidateOf(lazy) }).toEqual({ ...candidateOf(eager) })
  })
})

const EXAMPLES = join(import.meta.dirname, '../../examples')
const BODY = 'The body of the story, which goes on for a while. It is said that the body of it goes on.'
// The headline's "у" and "до" are Ukrainian function words: with it, the whole text reads as Ukrainian.
const SHORT_RU = 'Кличко: «Київ і Львів у безпеці»\n\nПрезидент Беларуси попросил разместить ракеты в стране, и Путин согласился.\n'

/** What ingest stores of a document (prepareDocument) and what compare reports of it (analyzeArticle). */
function storedAndCompared(raw: RawDocument): { ingest: Record<string, unknown>; compare: Record<string, unknown> } {
  const prepared = prepareDocument(raw)
  const analyzed = analyzeArticle(raw)
  if ('kind' in prepared || 'kind' in analyzed) throw new Error(`${raw.source}: skipped`)
  const { article } = analyzed
  // A text without a headline line is titled by its lead, which ingest cuts at 100 characters and compare at the
  // end of its first sentence (up to 120): not a headline either way (no headline score), and not compared here.
  const title = (value: string) => (article.titleSource.kind === 'lead' ? {} : { title: value })
  return {
    ingest: { ...title(prepared.title), byline: prepared.byline, publishedAt: prepared.publishedAt ?? undefined, language: prepared.language },
    compare: { ...title(article.title), byline: article.byline, publishedAt: article.publishedAtEstimated ? undefined : article.publishedAt, language: article.language },
  }
}

describe('ingest reads a plain text as compare does', () => {
  it('a "By Anna Nowak" line under the headline is the byline', () => {
    const prepared = prepareDocument({ source: 'byline.txt', format: 'text', content: `Big title\nBy Anna Nowak\n\n${BODY}\n` })
    expect('kind' in prepared ? prepared : [prepared.title, prepared.byline]).toEqual(['Big title', 'Anna Nowak'])
  })

  it('the byline in the text even when the title and date are given (JSON Lines), and the given byline before it', () => {
    const given = { source: 'a.jsonl#1', format: 'text' as const, title: 'Big title', publishedAt: '2024-12-06', content: `Big title\nBy Anna Nowak\n\n${BODY}\n` }
    const prepared = prepareDocument(given)
    expect('kind' in prepared ? prepared : prepared.byline).toBe('Anna Nowak')
    const named = prepareDocument({ ...given, byline: 'Jan Kowalski' })
    expect('kind' in named ? named : named.byline).toBe('Jan Kowalski')
  })

  it('detects the language without the headline: a short Russian text under a headline quoting Ukrainian is ru', () => {
    expect(detectLanguage(SHORT_RU)).toBe('uk')
    const prepared = prepareDocument({ source: 'short-ru.txt', format: 'text', content: SHORT_RU })
    expect('kind' in prepared ? prepared : prepared.language).toBe('ru')
    // The lazy preparation ingest uses reads it alike.
    const lazy = readyOnDemand({ source: 'short-ru.txt', format: 'text', content: SHORT_RU })
    expect('kind' in lazy ? lazy : lazy.language).toBe('ru')
  })

  it('stores it so: the short Russian text is stored as ru', async () => {
    const store = await openSqliteStore(':memory:')
    try {
      await ingestDocuments(store, [{ source: 'short-ru.txt', format: 'text', content: SHORT_RU }])
      const [story] = await store.listStories()
      const stored = await store.getStory(story!.storyId)
      expect(stored?.articles.map((a) => [a.title, a.language])).toEqual([['Кличко: «Київ і Львів у безпеці»', 'ru']])
    } finally {
      await store.close()
    }
  })

  const texts: [string, string, Partial<RawDocument>?][] = [
    ['byline.txt', `Big title\nBy Anna Nowak\n\n${BODY}\n`],
    ['byline-dateline.txt', `Esther Williams dies at 91\nBy Anna Nowak\n06/06/13 07:05 PM ET EDT\n${BODY}\n`],
    ['dateline.txt', `Friday, June 7, 2013\n\nHollywood mermaid Esther Williams dies\n\n${BODY}\n`],
    ['label.txt', `NewsBig title\n\nBig title\n\n${BODY}\n`],
    ['byline-below.txt', `Big title\n\n${BODY}\n\n${BODY}\n\nWritten by Anna Nowak\n`],
    ['credit.txt', `Big title\n\n${BODY}\n\nPresident and minister\nImages source: © Getty Images\nAdam Zygiel\n\n${BODY}\n`],
    ['short-ru.txt', SHORT_RU],
    ['front.txt', `---\noutlet: Kyiv Post\nbyline: Jan Kowalski\n---\nFriday, December 6, 2024\n\nBig title\nBy Anna Nowak\n\n${BODY}\n`],
    ['given.jsonl#1', `Big title\nBy Anna Nowak\n\n${BODY}\n`, { title: 'Big title', publishedAt: '2024-12-06' }],
    ...readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.txt'))
      .map((f): [string, string] => [f, readFileSync(join(EXAMPLES, f), 'utf8')]),
  ]

  it.each(texts)('%s: the title, byline, date and language compare reports', (source, content, given = {}) => {
    const { ingest, compare } = storedAndCompared({ source, format: 'text', content, ...given })
    expect(ingest).toEqual(compare)
  })

  it('the seed pair and the multilingual examples keep their languages, and the Polish seed its photographer byline', () => {
    const read = (f: string) => prepareDocument({ source: f, format: 'text', content: readFileSync(join(EXAMPLES, f), 'utf8') })
    const languages = ['000_ab4b00356de3292d.txt', '002_5f50d3ae80105f63.txt', 'multilingual/en.txt', 'multilingual/pl.txt', 'multilingual/ru.txt', 'multilingual/uk.txt'].map((f) => {
      const p = read(f)
      return 'kind' in p ? p.kind : p.language
    })
    expect(languages).toEqual(['en', 'en', 'en', 'pl', 'ru', 'uk'])
    const polish = read('002_5f50d3ae80105f63.txt')
    expect('kind' in polish ? polish : polish.byline).toBe('Adam Zygiel')
  })

  it('an HTML page: language and byline as before, the page\'s own or detected on its extracted text', () => {
    for (const f of readdirSync(join(EXAMPLES, 'html'))) {
      const content = readFileSync(join(EXAMPLES, 'html', f), 'utf8')
      const page = extractHtml(content)
      const prepared = prepareDocument({ source: f, format: 'html', content })
      if ('kind' in page || 'kind' in prepared) throw new Error(`${f}: skipped`)
      expect([prepared.language, prepared.byline], f).toEqual([page.language ?? detectLanguage(page.text), page.byline])
      const bare = content.replace(/<html[^>]*>/, '<html>')
      const undeclared = prepareDocument({ source: f, format: 'html', content: bare })
      const barePage = extractHtml(bare)
      if ('kind' in barePage || 'kind' in undeclared) throw new Error(`${f}: skipped`)
      expect(undeclared.language, f).toBe(barePage.language ?? detectLanguage(barePage.text))
    }
  })
})
