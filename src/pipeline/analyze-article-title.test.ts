import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { AnalyzedArticle, RawDocument } from '../model/index.js'
import { analyzeArticle } from './analyze-article.js'

const examples = new URL('../../examples/', import.meta.url)
const seed = (name: string): string => readFileSync(new URL(name, examples), 'utf8')

function analyze(raw: RawDocument): AnalyzedArticle {
  const result = analyzeArticle(raw)
  if ('kind' in result) throw new Error(`skipped: ${result.message}`)
  return result
}

const BODY = '<p>Alexander Lukashenko asked Vladimir Putin on Friday to station Oreshnik missiles in Belarus, saying the troops of Poland and Lithuania were near the border.</p><p>Putin said the missiles could be deployed in the second half of next year.</p>'
const page = (head: string, body = BODY): string => `<!doctype html><html lang="en"><head>${head}</head><body><article>${body}</article></body></html>`

describe('Article.titleSource: where the title came from', () => {
  test('a headline line of a text input: its offsets locate the title in the input (glued section label left out)', () => {
    const content = seed('002_5f50d3ae80105f63.txt')
    const { article } = analyze({ source: '002.txt', format: 'text', content })
    expect(article.titleSource).toEqual({ kind: 'text', start: 4, end: 4 + article.title.length })
    if (article.titleSource.kind !== 'text') throw new Error('unreachable')
    expect(content.slice(article.titleSource.start, article.titleSource.end).replace(/\s/g, ' ')).toBe(article.title)
    const headline = article.removed.find((r) => r.reason === 'headline')
    expect([headline?.start, headline?.end]).toEqual([article.titleSource.start, article.titleSource.end])
  })

  test('a text without a headline line: the title is cut from the lead and marked so', () => {
    const { article } = analyze({ source: '000.txt', format: 'text', content: seed('000_ab4b00356de3292d.txt') })
    expect(article.titleSource).toEqual({ kind: 'lead' })
    expect(article.title).toMatch(/^Belarusian dictator Oleksandr Lukashenko/)
  })

  test('a title given with the input wins and is marked given', () => {
    const { article } = analyze({ source: 'feed#1', format: 'text', content: seed('000_ab4b00356de3292d.txt'), title: 'Lukashenko asks Putin for Oreshnik' })
    expect([article.title, article.titleSource]).toEqual(['Lukashenko asks Putin for Oreshnik', { kind: 'given' }])
  })

  test.each([
    ['og:title', '<meta property="og:title" content="Lukashenko asks for missiles"><title>Other | Site</title>', BODY],
    ['json-ld', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lukashenko asks for missiles"}</script>', BODY],
    ['h1', '', `<h1>Lukashenko asks for missiles</h1>${BODY}`],
    ['title', '<title>Lukashenko asks for missiles</title>', BODY],
  ])('an HTML page: the field it was read from (%s)', (field, head, body) => {
    const { article } = analyze({ source: 'page.html', format: 'html', content: page(head, body) })
    expect(article.title).toBe('Lukashenko asks for missiles')
    expect(article.titleSource).toEqual({ kind: 'html', field })
  })
})
