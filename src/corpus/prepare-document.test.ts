import { describe, expect, it } from 'vitest'
import { candidateOf } from './ingest-documents.js'
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
