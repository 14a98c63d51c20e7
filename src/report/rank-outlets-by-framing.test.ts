import { describe, expect, test } from 'vitest'
import type { ArticleFraming, FramingSpan, ReportArticle } from '../model/index.js'
import type { ArticleView } from './build-report-view.js'
import { rankOutletsByFraming } from './rank-outlets-by-framing.js'

const span = (text: string, confidence: number, voice: FramingSpan['voice'] = { kind: 'outlet' }): FramingSpan => ({
  start: 0,
  end: text.length,
  text,
  technique: 'name-calling',
  source: 'lexicon',
  voice,
  explanation: '',
  confidence,
})

function view(number: number, outlet: string, text: string, spans: FramingSpan[], score: number): ArticleView {
  const framing: ArticleFraming = { articleId: `a${number}`, score, quotedScore: 0, spans }
  return { number, article: { id: `a${number}`, outlet, text } as ReportArticle, words: 0, removals: [], framing }
}

const words = (n: number): string => Array.from({ length: n }, () => 'word').join(' ')

describe('outlets ranked by framing in their own voice', () => {
  test('most framing first, each with its three strongest own-voice wordings; quoted spans never count', () => {
    const loaded = view(1, 'Loaded', words(100), [span('dictator', 0.5), span('Dictator', 0.6), span('regime', 0.3), span('thug', 0.7), span('tyrant', 0.4), span('butcher', 0.95, { kind: 'quoted', speaker: 'X', quote: { start: 0, end: 7 } })], 2.5)
    const neutral = view(2, 'Neutral', words(100), [span('butcher', 0.95, { kind: 'quoted', speaker: 'X', quote: { start: 0, end: 7 } })], 0)
    const [first, second] = rankOutletsByFraming([neutral, loaded])
    expect(first?.outlet).toBe('Loaded')
    expect(first?.score).toBe(2.5)
    expect(first?.strongest.map((s) => s.span.text)).toEqual(['thug', 'Dictator', 'tyrant'])
    expect(second).toMatchObject({ outlet: 'Neutral', score: 0, strongest: [] })
  })

  test("an outlet's articles are scored together: summed load over summed words", () => {
    const ranks = rankOutletsByFraming([view(1, 'A', words(100), [span('x', 0.5)], 0.5), view(2, 'A', words(300), [], 0), view(3, 'B', words(100), [], 0)])
    expect(ranks.map((r) => [r.outlet, r.score, r.articles.length])).toEqual([
      ['A', 0.125, 2],
      ['B', 0, 1],
    ])
  })

  test('articles without a framing analysis are left out', () => {
    const unanalysed: ArticleView = { ...view(1, 'A', words(10), [], 0), framing: undefined }
    expect(rankOutletsByFraming([unanalysed])).toEqual([])
  })
})
