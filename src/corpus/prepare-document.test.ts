import { describe, expect, it } from 'vitest'
import { prepareDocument } from './prepare-document.js'

const TEXT = 'Senators voted on Tuesday to extend the debt ceiling through early December.\n\nThe bill now goes to the House.'

describe('prepareDocument', () => {
  it('dates an undated article from its URL', () => {
    const prepared = prepareDocument({ source: 'feed#1', format: 'text', content: TEXT, url: 'https://news.example/2021/10/18/debt-ceiling' })
    expect('kind' in prepared ? prepared : prepared.publishedAt).toBe('2021-10-18T00:00:00.000Z')
  })

  it('keeps the date the source gives over the URL', () => {
    const prepared = prepareDocument({
      source: 'feed#2',
      format: 'text',
      content: TEXT,
      url: 'https://news.example/2021/10/18/debt-ceiling',
      publishedAt: '2021-10-19T08:00:00Z',
    })
    expect('kind' in prepared ? prepared : prepared.publishedAt).toBe('2021-10-19T08:00:00.000Z')
  })

  it('leaves an article undated when neither gives a date', () => {
    const prepared = prepareDocument({ source: 'a.txt', format: 'text', content: TEXT, url: 'https://news.example/politics/debt-ceiling' })
    expect('kind' in prepared ? prepared : prepared.publishedAt).toBeNull()
  })
})
