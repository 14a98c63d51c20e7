// The HTTP API with the user's outlet registry (`parallax serve --outlets`): the story list and the reports carry
// each outlet's registry info, the coverage by group and the blindspots; without a registry they are empty.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApp, type StoryListItem } from '../../src/api/index.js'
import type { CoverageReport } from '../../src/model/index.js'
import { parseOutletRegistry } from '../../src/pipeline/outlets/index.js'
import { SEED_A } from '../example-paths.js'
import { openSeedStore, type SeedStore } from './seed-store.js'

// The seed store names its outlets "Kyiv Herald" and "Daily Wrap" (seed-store.ts): one known under an alias, one not.
const registry = parseOutletRegistry('outlets:\n  - name: The Kyiv Herald\n    aliases: [kyiv herald]\n    country: UA\n    groups: { lean: centre }\n', 'outlets.yaml')
let seeds: SeedStore

beforeAll(async () => {
  seeds = await openSeedStore('parallax-api-outlets-')
}, 60_000)
afterAll(async () => seeds.close())

describe('API with an outlet registry', () => {
  test('GET /api/stories: display names, registry info, coverage by group and blindspots per story', async () => {
    const app = createApp({ store: seeds.store, outletRegistry: registry })
    const { stories } = (await (await app.request('/api/stories')).json()) as { stories: StoryListItem[] }
    const [story] = stories
    expect(story?.outlets).toEqual(['The Kyiv Herald', 'Daily Wrap'])
    expect(story?.outletDetails.map((o) => [o.name, o.isKnown, o.country])).toEqual([['The Kyiv Herald', true, 'UA'], ['Daily Wrap', false, undefined]])
    expect(story?.coverageByGroup).toEqual([{ kind: 'lean', values: [{ value: 'centre', outlets: ['The Kyiv Herald'] }, { value: 'unknown', outlets: ['Daily Wrap'] }] }])
    expect(story?.blindspots).toEqual([{ kind: 'lean', value: 'centre' }])
  })

  test('GET /api/stories/:id and POST /api/compare: reports carry the registry info', async () => {
    const app = createApp({ store: seeds.store, outletRegistry: registry })
    const { stories } = (await (await app.request('/api/stories')).json()) as { stories: StoryListItem[] }
    const report = (await (await app.request(`/api/stories/${stories[0]?.id}`)).json()) as CoverageReport
    expect(report.articles.map((a) => a.outlet)).toEqual(['The Kyiv Herald', 'Daily Wrap'])
    expect(report.coverageByGroup[0]?.values.map((v) => v.value)).toEqual(['centre', 'unknown'])
    const compared = await app.request('/api/compare', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articles: [{ text: readFileSync(SEED_A, 'utf8'), outlet: 'Kyiv Herald' }] }),
    })
    const single = (await compared.json()) as CoverageReport
    expect(single.outlets).toEqual([{ name: 'The Kyiv Herald', articleIds: ['a1'], isKnown: true, country: 'UA', groups: { lean: 'centre' } }])
  })

  test('without a registry: names as stored, every outlet unknown, no groups', async () => {
    const app = createApp({ store: seeds.store })
    const { stories } = (await (await app.request('/api/stories')).json()) as { stories: StoryListItem[] }
    expect(stories[0]?.outlets).toEqual(['Kyiv Herald', 'Daily Wrap'])
    expect(stories[0]?.outletDetails.every((o) => !o.isKnown)).toBe(true)
    expect(stories[0]?.coverageByGroup).toEqual([])
    expect(stories[0]?.blindspots).toEqual([])
  })
})
