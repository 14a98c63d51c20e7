// The story list with an outlet registry: a small coverage bar and blindspot marker per story, and `?blindspots=1`.
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApp } from '../../src/api/index.js'
import { parseOutletRegistry } from '../../src/pipeline/outlets/index.js'
import { openSeedStore, type SeedStore } from '../api/seed-store.js'

// The seed store's outlets are "Kyiv Herald" and "Daily Wrap" (seed-store.ts).
const registry = (lean: string) =>
  parseOutletRegistry(`outlets:\n  - name: Kyiv Herald\n    groups: { lean: centre }\n  - name: Daily Wrap\n    groups: { lean: ${lean} }\n`, 'outlets.yaml')
let seeds: SeedStore
beforeAll(async () => {
  seeds = await openSeedStore('parallax-web-blindspots-')
}, 60_000)
afterAll(async () => seeds.close())

const list = async (app: ReturnType<typeof createApp>, path: string) => {
  const res = await app.request(path)
  return { status: res.status, document: parseHTML(await res.text()).document }
}

describe('story list blindspots', () => {
  test('a story one lean alone covered: bar, marker, kept by the filter', async () => {
    const app = createApp({ store: seeds.store, outletRegistry: registry('centre') })
    const { document } = await list(app, '/')
    expect([...document.querySelectorAll('li.story .bar .seg')].map((s) => s.textContent)).toEqual(['centre 2'])
    expect(document.querySelector('li.story .blindspot-badge')?.textContent).toBe('Blindspot: only lean: centre')
    expect(document.querySelector('a.blindspot-filter')?.getAttribute('href')).toBe('/?blindspots=1')
    const filtered = await list(app, '/?blindspots=1&q=lukashenko')
    expect(filtered.document.querySelectorAll('li.story')).toHaveLength(1)
    expect(filtered.document.querySelector('.filters a')?.getAttribute('href')).toBe('/?q=lukashenko')
    expect(filtered.document.querySelector('form input[name="blindspots"]')?.getAttribute('value')).toBe('1')
  })

  test('a story two leans covered: two segments, no marker, filtered out', async () => {
    const app = createApp({ store: seeds.store, outletRegistry: registry('right') })
    const { document } = await list(app, '/')
    expect([...document.querySelectorAll('li.story .bar .seg')].map((s) => s.textContent)).toEqual(['centre 1', 'right 1'])
    expect(document.querySelector('.blindspot-badge')).toBeNull()
    const filtered = await list(app, '/?blindspots=1')
    expect(filtered.document.querySelectorAll('li.story')).toHaveLength(0)
    expect(filtered.document.querySelector('main')?.textContent).toContain('No stories match these filters.')
  })

  test('GET /api/stories?blindspots=1 keeps the same stories as the page', async () => {
    const one = createApp({ store: seeds.store, outletRegistry: registry('centre') })
    const two = createApp({ store: seeds.store, outletRegistry: registry('right') })
    const ids = async (app: ReturnType<typeof createApp>, path: string) => ((await (await app.request(path)).json()) as { stories: { id: string; blindspots: unknown[] }[] }).stories
    const all = await ids(one, '/api/stories')
    expect(all.length).toBeGreaterThan(0)
    expect(await ids(one, '/api/stories?blindspots=1')).toEqual(all.filter((s) => s.blindspots.length > 0))
    expect((await ids(one, '/api/stories?blindspots=1')).length).toBeGreaterThan(0)
    expect(await ids(two, '/api/stories?blindspots=1')).toEqual([])
    expect((await one.request('/api/stories?blindspots=yes')).status).toBe(400)
  })

  test('without a registry: no bars, no filter link; a bad filter value is refused', async () => {
    const app = createApp({ store: seeds.store })
    const { document } = await list(app, '/')
    expect(document.querySelector('.bar, .blindspot-filter')).toBeNull()
    expect((await list(app, '/?blindspots=yes')).status).toBe(400)
  })
})
