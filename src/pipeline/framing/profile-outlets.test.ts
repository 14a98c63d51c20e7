import { describe, expect, test } from 'vitest'
import type { FramingSpan, FramingTechnique } from '../../model/index.js'
import { createFramingDetector } from './create-framing-detector.js'
import { profileOutlets, type ProfileArticle } from './profile-outlets.js'

const span = (text: string, technique: FramingTechnique): FramingSpan => ({ start: 0, end: text.length, text, technique, source: 'lexicon', voice: { kind: 'outlet' }, explanation: '', confidence: 0.9 })
const words = (n: number): string => Array.from({ length: n }, () => 'word').join(' ')

test('the score (the report measure), rates per 1,000 words per technique, top wordings, and a monthly trend per outlet', () => {
  const profiles = profileOutlets([
    { outlet: 'B', publishedAt: '2024-12-06', text: words(500), spans: [span('Belarusian dictator', 'name-calling'), span('Russian  Dictator', 'name-calling'), span('allegedly', 'doubt')] },
    { outlet: 'B', publishedAt: '2025-01-10T08:00:00Z', text: words(500), spans: [span('belarusian dictator', 'name-calling')] },
    { outlet: 'A', text: words(1000), spans: [] },
  ])
  expect(profiles.map((p) => p.outlet)).toEqual(['A', 'B'])
  expect(profiles[0]).toEqual({ outlet: 'A', articles: 1, words: 1000, score: 0, ratePer1000Words: 0, quotedSpans: 0, techniques: [], periods: [], headlines: { headlines: 0, loaded: 0, spans: 0, techniques: [] } })
  const b = profiles[1]!
  expect(b.ratePer1000Words).toBe(4)
  // The report's measure: 4 spans at 0.9 over 1,000 words = 0.36 per 100 words.
  expect(b.score).toBe(0.36)
  expect(b.techniques).toEqual([
    {
      technique: 'name-calling',
      spans: 3,
      ratePer1000Words: 3,
      topPhrases: [
        { text: 'belarusian dictator', count: 2 },
        { text: 'russian dictator', count: 1 },
      ],
    },
    { technique: 'doubt', spans: 1, ratePer1000Words: 1, topPhrases: [{ text: 'allegedly', count: 1 }] },
  ])
  expect(b.periods).toEqual([
    { period: '2024-12', articles: 1, words: 500, score: 0.54, ratePer1000Words: 6 },
    { period: '2025-01', articles: 1, words: 500, score: 0.18, ratePer1000Words: 2 },
  ])
})

test('yearly periods; an article without a usable date counts in the totals but not in the trend', () => {
  const [profile] = profileOutlets(
    [
      { outlet: 'C', publishedAt: '2024-12-06', text: words(10), spans: [] },
      { outlet: 'C', publishedAt: 'yesterday', text: words(10), spans: [] },
    ],
    { period: 'year' },
  )
  expect(profile?.articles).toBe(2)
  expect(profile?.periods).toEqual([{ period: '2024', articles: 1, words: 10, score: 0, ratePer1000Words: 0 }])
})

describe('headlines in the profile', () => {
  const detect = createFramingDetector({ language: 'en' })
  const body = 'Alexander Lukashenko asked Vladimir Putin to station Oreshnik missiles in Belarus.'
  const article = (outlet: string, headline: string | undefined): ProfileArticle => ({
    outlet,
    text: body,
    spans: detect(body),
    ...(headline === undefined ? {} : { headlineSpans: detect(headline) }),
  })
  const [loaded, neutral] = profileOutlets([
    article('Loaded', 'Belarusian dictator begs illegitimate Russian president for missiles'),
    article('Loaded', undefined),
    article('Neutral', 'Lukashenko asks Putin to station missiles in Belarus'),
  ])

  test("a loaded headline's spans are counted in its outlet's headline profile, apart from the body", () => {
    expect(loaded!.headlines.headlines).toBe(1)
    expect(loaded!.headlines.loaded).toBe(1)
    expect(loaded!.headlines.spans).toBeGreaterThanOrEqual(2)
    const phrases = loaded!.headlines.techniques.flatMap((t) => t.topPhrases.map((p) => p.text))
    expect(phrases).toEqual(expect.arrayContaining(['belarusian dictator', 'illegitimate russian president']))
    expect(loaded!.ratePer1000Words).toBe(neutral!.ratePer1000Words)
  })

  test('a neutral headline counts as a headline without framing', () => {
    expect(neutral!.headlines).toEqual({ headlines: 1, loaded: 0, spans: 0, techniques: [] })
  })
})

test("quoted spans are counted apart, not in the outlet's own rate", () => {
  const detect = createFramingDetector({ language: 'en', model: null, sentences: null })
  const text = 'The minister spoke on Monday. “The dictator lies,” she said.'
  const [profile] = profileOutlets([{ outlet: 'Q', text, spans: detect(text) }])
  expect(profile!.ratePer1000Words).toBe(0)
  expect(profile!.score).toBe(0)
  expect(profile!.quotedSpans).toBeGreaterThanOrEqual(1)
  expect(profile!.techniques).toEqual([])
})
