import { describe, expect, it } from 'vitest'
import { dateFromUrl } from './date-from-url.js'

const NOW = new Date('2026-11-23T12:00:00Z')

describe('dateFromUrl', () => {
  it.each([
    ['https://www.cnn.com/2021/10/18/politics/qualified-immunity-supreme-court/index.html', '2021-10-18'],
    ['https://www.cnbc.com/2021/10/18/supreme-court-sides.html', '2021-10-18'],
    ['https://www.theguardian.com/commentisfree/2021/apr/22/earth-day-policy', '2021-04-22'],
    ['https://www.washingtontimes.com/news/2021/Apr/25/vp-kamala-harris/', '2021-04-25'],
    ['https://www.reuters.com/business/environment/us-pledges-halve-emissions-2021-04-22/', '2021-04-22'],
    ['https://example.org/news/20210422/story.html', '2021-04-22'],
    ['https://example.org/news/2021-4-2/story', '2021-04-02'],
  ])('reads %s', (url, day) => {
    expect(dateFromUrl(url, NOW)).toBe(day)
  })

  it.each([
    ['https://www.nationalreview.com/2021/04/the-problem-oscars/', 'year and month only'],
    ['https://thehill.com/homenews/state-watch/550372-newsom-recall', 'an id, not a date'],
    ['https://www.bbc.com/news/world-asia-china-57268111', 'an id, not a date'],
    ['https://example.org/2021/02/30/x', 'no such day'],
    ['https://example.org/2031/01/05/plans', 'after tomorrow'],
    ['https://example.org/story/20211018abc', 'digits inside a word'],
    ['not a url', 'not a URL'],
  ])('ignores %s (%s)', (url) => {
    expect(dateFromUrl(url, NOW)).toBeUndefined()
  })
})
