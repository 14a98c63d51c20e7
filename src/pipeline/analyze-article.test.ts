import { describe, expect, test } from 'vitest'
import { analyzeArticle } from './analyze-article.js'

const TEXT = [
  'Senate extends the debt ceiling',
  '',
  'The Senate voted on Thursday to extend the debt ceiling through early December, officials said.',
  '',
  'The bill now goes to the House, which is expected to vote on it next week.',
].join('\n')

function publication(raw: { url?: string; publishedAt?: string }): { publishedAt?: string; publishedAtEstimated?: boolean } {
  const result = analyzeArticle({ source: 'a.txt', format: 'text', content: TEXT, ...raw })
  if ('kind' in result) throw new Error(result.message)
  const { publishedAt, publishedAtEstimated } = result.article
  return { ...(publishedAt === undefined ? {} : { publishedAt }), ...(publishedAtEstimated === undefined ? {} : { publishedAtEstimated }) }
}

describe('analyzeArticle publication date', () => {
  test('the source’s date wins; else the day in the URL; else none (nothing in this text to estimate from)', () => {
    expect(publication({ url: 'https://news.example/2021/10/07/debt', publishedAt: '2021-10-08T09:00:00Z' })).toEqual({ publishedAt: '2021-10-08T09:00:00Z' })
    expect(publication({ url: 'https://news.example/2021/10/07/debt' })).toEqual({ publishedAt: '2021-10-07' })
    expect(publication({ url: 'https://news.example/politics/debt' })).toEqual({})
  })

  test('a dateline at the top of the text dates the article as stated, after the source’s date and before the URL’s', () => {
    const dated = (content: string, raw: { url?: string; publishedAt?: string } = {}) => {
      const result = analyzeArticle({ source: 'a.txt', format: 'text', content, ...raw })
      if ('kind' in result) throw new Error(result.message)
      return { publishedAt: result.article.publishedAt, estimated: result.article.publishedAtEstimated, title: result.article.title }
    }
    const withDateline = `Published: October 7, 2021\n\n${TEXT}`
    expect(dated(withDateline)).toEqual({ publishedAt: '2021-10-07', estimated: undefined, title: 'Senate extends the debt ceiling' })
    expect(dated(withDateline, { url: 'https://news.example/2021/10/09/debt' }).publishedAt).toBe('2021-10-07')
    expect(dated(withDateline, { publishedAt: '2021-10-08T09:00:00Z' }).publishedAt).toBe('2021-10-08T09:00:00Z')
  })
})

describe('analyzeArticle skipped input', () => {
  test('an HTML page without an article is skipped under the source the user gave, not "html"', () => {
    const result = analyzeArticle({ source: 'pages/empty.html', format: 'html', content: '<html><body><script>x()</script></body></html>' })
    expect(result).toMatchObject({ kind: 'skipped', source: 'pages/empty.html', reason: 'not-an-article' })
  })

  test('a text longer than maxChars is skipped as too large, naming its length and the limit; within it, analysed', () => {
    const content = 'Officials in Minsk said on Friday that the talks would continue next week. '.repeat(4)
    const result = analyzeArticle({ source: 'long.txt', format: 'text', content }, { maxChars: 100 })
    expect(result).toMatchObject({ kind: 'skipped', reason: 'too-large' })
    expect('kind' in result && result.message).toMatch(/^long\.txt: article text is 29\d characters, over the limit of 100 \(--max-bytes N allows more/)
    expect('kind' in analyzeArticle({ source: 'long.txt', format: 'text', content }, { maxChars: 1000 })).toBe(false)
  })
})
