import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApp } from '../../src/api/index.js'
import type { Store } from '../../src/store/index.js'
import { openSqliteStore } from '../../src/store/index.js'

// The story list and story page show when an article was published, as the source stated it; an article with no
// known date says "first seen" explicitly instead of passing the ingestion time off as its date.
const TOKEN = 'dates-token'
const DATED =
  'Officials in Minsk said on Friday that the talks on the new missile deployment would continue next week. ' +
  'The ministers agreed to publish a joint statement once the remaining questions about the border had been settled.'
const UNDATED =
  'Floods in Valencia forced thousands of residents to leave their homes on Tuesday, the regional government said. ' +
  'Rescue teams worked through the night as the river rose above the levels recorded during the storms of last autumn.'

let store: Store
let app: ReturnType<typeof createApp>
let storyOf: Record<string, string> = {}
beforeAll(async () => {
  store = await openSqliteStore(':memory:')
  app = createApp({ store, token: TOKEN })
  storyOf = {}
  for (const [key, body] of [
    ['dated', { text: DATED, outlet: 'Minsk Daily', publishedAt: 'Fri, 06 Dec 2024 14:05:00 +0000' }],
    ['undated', { text: UNDATED, outlet: 'Valencia Post' }],
  ] as const) {
    const res = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body) })
    expect(res.status).toBe(201)
    const { articles } = (await res.json()) as { articles: { storyId: string }[] }
    storyOf[key] = articles[0]?.storyId ?? ''
  }
})
afterAll(async () => {
  await store?.close()
})

async function page(path: string) {
  const res = await app.request(path)
  expect(res.status).toBe(200)
  return parseHTML(await res.text()).document
}

describe('dates in the web UI', () => {
  test('the story list shows the publication date, and "first seen" only when that is all it knows', async () => {
    const document = await page('/')
    const story = (id: string) => {
      const link = document.querySelector(`a[href="/stories/${id}"]`)
      const item = link?.closest('li.story')
      if (!item) throw new Error(`no story ${id}`)
      return item
    }
    const dated = story(storyOf['dated'] ?? '')
    expect(dated.querySelector('.members time')?.getAttribute('datetime')).toBe('2024-12-06T14:05:00Z')
    expect(dated.querySelector('.members li')?.textContent).toMatch(/^6 Dec 2024, 14:05 UTC Minsk Daily: \S/)
    expect(dated.querySelector('.counts .muted')?.textContent).toBe('6 Dec 2024')
    const year = String(new Date().getUTCFullYear())
    expect(dated.textContent).not.toContain(year)
    const undated = story(storyOf['undated'] ?? '')
    expect(undated.querySelector('.members li')?.textContent).toMatch(new RegExp(`^first seen \\d{1,2} [A-Z][a-z]{2} ${year}, \\d{2}:\\d{2} UTC Valencia Post: `))
    expect(undated.querySelector('.counts .muted')?.textContent).toMatch(new RegExp(`^first seen \\d{1,2} [A-Z][a-z]{2} ${year}$`))
  })

  test('the story page shows the publication date of the story and of each article', async () => {
    const document = await page(`/stories/${storyOf['dated']}`)
    expect(document.querySelector('.story-dates')?.textContent).toBe('published 6 Dec 2024')
    expect(document.querySelector('#article-1 .meta time')?.textContent).toBe('6 Dec 2024, 14:05 UTC')
    const undated = await page(`/stories/${storyOf['undated']}`)
    expect(undated.querySelector('#article-1 .meta time')).toBeNull()
    expect(undated.querySelector('.story-dates')?.textContent).toBe('publication date unknown')
  })
})
