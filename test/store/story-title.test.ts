import { describe, expect, test } from 'vitest'
import type { RawDocument } from '../../src/model/index.js'
import { ingestDocuments, storyReport } from '../../src/corpus/index.js'
import { openSqliteStore, type StoryMember } from '../../src/store/index.js'
import { storyTitle } from '../../src/store/rows.js'
import { POLISH, UKRAINIAN } from '../example-paths.js'
import { seedInput } from '../seed-report.js'

const text = (source: string, content: string, more: Partial<RawDocument> = {}): RawDocument => ({ source, format: 'text', content, ...more })

describe('a stored story is titled by its most neutral headline', () => {
  test("the seed pair: 002's headline, not 000's loaded lead sentence (000 is stored first)", async () => {
    const store = await openSqliteStore(':memory:')
    try {
      await ingestDocuments(store, [text(UKRAINIAN, seedInput(UKRAINIAN)), text(POLISH, seedInput(POLISH))])
      const [story, ...others] = await store.listStories()
      expect(others).toEqual([])
      expect(story?.members.map((m) => m.headlineScore === null)).toEqual([true, false])
      expect(story?.title).toBe('Lukashenko highlights NATO threat, seeks missile support from Putin')
      expect((await store.getStory(story!.storyId))?.title).toBe(story?.title)
    } finally {
      await store.close()
    }
  })

  test('of two headlines the loaded one loses, though stored first', async () => {
    const body = seedInput(POLISH).split('\n\n').slice(2).join('\n\n')
    const store = await openSqliteStore(':memory:')
    try {
      await ingestDocuments(store, [
        text('loaded.txt', body, { title: 'Belarusian dictator begs illegitimate Russian president for missiles', publishedAt: '2024-12-06T10:00:00Z' }),
        text('neutral.txt', `${body}\n\nUpdated.`, { title: 'Lukashenko asks Putin for missiles', publishedAt: '2024-12-07T10:00:00Z' }),
      ])
      const stories = await store.listStories()
      expect(stories.map((s) => s.title)).toEqual(['Lukashenko asks Putin for missiles'])
      const [loaded, neutral] = stories[0]!.members
      expect(loaded!.headlineScore).toBeGreaterThan(neutral!.headlineScore!)
      // Given with the input, not in its text: the stored story's report still compares both headlines.
      const report = await storyReport(store, stories[0]!.storyId)
      expect(report.headlines.map((h) => [h.text, h.source.kind])).toEqual([
        ['Belarusian dictator begs illegitimate Russian president for missiles', 'given'],
        ['Lukashenko asks Putin for missiles', 'given'],
      ])
      expect(report.title).toBe('Lukashenko asks Putin for missiles')
    } finally {
      await store.close()
    }
  })
})

const member = (title: string, more: Partial<StoryMember> = {}): StoryMember => ({
  articleId: title,
  title,
  headlineScore: 0,
  outlet: 'x',
  outlets: ['x'],
  wire: null,
  duplicateGroup: title,
  publishedAt: null,
  firstSeenAt: '2024-12-06T10:00:00Z',
  language: 'en',
  ...more,
})

test('a stored story is listed under its most neutral headline, in English where one is as neutral', () => {
  const uk = member('Лукашенко попросив Путіна', { language: 'uk', outlets: ['a', 'b', 'c'] })
  expect(storyTitle([uk, member('Lukashenko asks Putin')])).toBe('Lukashenko asks Putin')
  expect(storyTitle([uk, member('Dictator begs Putin', { headlineScore: 12 })])).toBe('Лукашенко попросив Путіна')
  // Then more outlets, then the earliest.
  expect(storyTitle([member('One outlet'), member('Three outlets', { outlets: ['a', 'b', 'c'] })])).toBe('Three outlets')
  expect(storyTitle([member('Later', { publishedAt: '2024-12-07' }), member('Earlier', { publishedAt: '2024-12-05' })])).toBe('Earlier')
})
