import { describe, expect, test } from 'vitest'
import type { Article } from '../../model/index.js'
import { framingDetector } from '../analyze-article.js'
import { compareHeadlines } from './compare-headlines.js'
import { headlineFraming } from './headline-framing.js'
import { mostNeutralTitle, type TitleCandidate } from './most-neutral-title.js'
import { unsharedWording } from './unshared-wording.js'

const detect = framingDetector('en')

function article(id: string, title: string, titleSource: Article['titleSource'], language = 'en'): Article {
  return { id, source: `${id}.txt`, outlet: `Outlet ${id}`, title, titleSource, language, text: 'Body.', captions: [], removed: [], sourceMap: [] }
}

const slices = (title: string, spans: readonly { start: number; end: number }[]): string[] => spans.map((s) => title.slice(s.start, s.end))

describe('unsharedWording', () => {
  test('two headlines: the symmetric word diff', () => {
    const [a, b] = unsharedWording(['Mayor protects cops after shooting', 'Mayor sides with police after shooting'])
    expect(slices('Mayor protects cops after shooting', a!)).toEqual(['protects cops'])
    expect(slices('Mayor sides with police after shooting', b!)).toEqual(['sides with police'])
  })

  test('three headlines: a word counts as shared when any other headline has it', () => {
    const titles = ['Lukashenko begs Putin for missiles', 'Lukashenko asks Putin for missiles', 'Belarus asks Russia for missiles']
    const out = unsharedWording(titles)
    expect(slices(titles[0]!, out[0]!)).toEqual(['begs'])
    expect(slices(titles[1]!, out[1]!)).toEqual([])
    expect(slices(titles[2]!, out[2]!)).toEqual(['Belarus', 'Russia'])
  })

  test('a headline alone has nothing to differ from', () => {
    expect(unsharedWording(['Only one headline'])).toEqual([[]])
  })
})

describe('headlineFraming', () => {
  test('a loaded headline gets its labels, with offsets into the title and into the input', () => {
    const title = 'Belarusian dictator begs illegitimate Russian president for missiles'
    const spans = headlineFraming(article('a', title, { kind: 'text', start: 10, end: 10 + title.length }), detect)!
    expect(spans.map((s) => s.text)).toEqual(expect.arrayContaining(['Belarusian dictator', 'illegitimate Russian president']))
    for (const span of spans) {
      expect(title.slice(span.start, span.end)).toBe(span.text)
      expect(span.input).toEqual({ start: 10 + span.start, end: 10 + span.end })
    }
  })

  test('a neutral headline has none', () => {
    expect(headlineFraming(article('b', 'Lukashenko asks Putin to station missiles in Belarus', { kind: 'html', field: 'og:title' }), detect)).toEqual([])
  })

  test('a title cut from the lead is not a headline: no framing is read from it', () => {
    expect(headlineFraming(article('c', 'Belarusian dictator Lukashenko appealed to Putin', { kind: 'lead' }), detect)).toBeUndefined()
  })
})

describe('compareHeadlines', () => {
  const loaded = article('a1', 'Belarusian dictator begs Putin for missiles', { kind: 'given' })
  const neutral = article('a2', 'Lukashenko asks Putin for missiles', { kind: 'text', start: 4, end: 38 })
  const lead = article('a3', 'Lukashenko met Putin in Minsk on Friday and asked', { kind: 'lead' })
  const russian = article('a4', 'Лукашенко попросил Путина о ракетах', { kind: 'given' }, 'ru')
  const inputs = [loaded, neutral, lead, russian].map((a) => ({ article: a, framing: headlineFraming(a, framingDetector(a.language)) }))
  const headlines = compareHeadlines(inputs)

  test('leaves out titles cut from a lead, keeps article order', () => {
    expect(headlines.map((h) => h.articleId)).toEqual(['a1', 'a2', 'a4'])
  })

  test('marks the wording no other headline in its language shares, with input offsets when known', () => {
    const [a1, a2, a4] = headlines
    expect(a1!.differences.map((d) => d.text)).toEqual(['Belarusian dictator begs'])
    expect(a2!.differences).toEqual([{ start: 0, end: 15, text: 'Lukashenko asks', input: { start: 4, end: 19 } }])
    // The only Russian headline: no other headline in its language to compare words with.
    expect(a4!.differences).toEqual([])
  })

  test('the loaded headline scores above the neutral one', () => {
    const [a1, a2] = headlines
    expect(a1!.framing.length).toBeGreaterThan(0)
    expect(a1!.score).toBeGreaterThan(0)
    expect(a2!.score).toBe(0)
  })
})

describe('mostNeutralTitle', () => {
  const c = (title: string, score: number | null, more: Partial<TitleCandidate> = {}): TitleCandidate => ({ title, score, spans: 0, outlets: 1, ...more })

  test('the least framing wins; titles that are no headline never do', () => {
    expect(mostNeutralTitle([c('Dictator begs', 20, { spans: 1 }), c('Lead sentence', null), c('Leader asks', 0)])).toBe('Leader asks')
  })

  test('ties go to more outlets, then the earliest', () => {
    expect(mostNeutralTitle([c('One outlet', 0), c('Two outlets', 0, { outlets: 2 })])).toBe('Two outlets')
    expect(mostNeutralTitle([c('Later', 0, { seen: '2024-12-07' }), c('Earlier', 0, { seen: '2024-12-06' })])).toBe('Earlier')
  })

  test('as neutral, a headline in the reader\'s language wins over more outlets; a more neutral one in another language still wins', () => {
    const uk = c('Лукашенко попросив Путіна', 0, { outlets: 3, language: 'uk' })
    expect(mostNeutralTitle([uk, c('Lukashenko asks Putin', 0, { language: 'en' })], 'en')).toBe('Lukashenko asks Putin')
    expect(mostNeutralTitle([uk, c('Dictator begs Putin', 12, { spans: 1, language: 'en' })], 'en')).toBe('Лукашенко попросив Путіна')
    expect(mostNeutralTitle([uk, c('Lukashenko asks Putin', 0, { language: 'en' })])).toBe('Лукашенко попросив Путіна')
  })

  test('no headline at all: undefined, so the caller keeps its fallback', () => {
    expect(mostNeutralTitle([c('Lead one', null), c('Lead two', null)])).toBeUndefined()
  })
})
