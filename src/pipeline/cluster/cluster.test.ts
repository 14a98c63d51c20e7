import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { articleFeatures, groupStories, groupWindow, languageOf, settleArticles, StoryGrouper, StoryNameFilter } from './index.js'
import { splitTwinEvents } from './split-twin-events.js'

describe('articleFeatures', () => {
  test('names fold across scripts and spellings; numbers of 2+ digits are kept; function words dropped', () => {
    const latin = articleFeatures({ title: '', text: 'On Friday Lukashenko met Putin in Minsk. The talks lasted 45 minutes.' }).terms
    const cyrillic = articleFeatures({ title: '', text: 'В пятницу Лукашенко встретился с Путиным в Минске.' }).terms
    expect(latin.has('e:lukashenk')).toBe(true)
    expect(cyrillic.has('e:lukashenk')).toBe(true)
    expect(latin.has('n:45')).toBe(true)
    expect(latin.has('w:the')).toBe(false)
    expect(latin.has('w:talk')).toBe(true)
  })

  test('a name the gazetteer knows counts as its English name in any language and case: "Білорусі", "Białorusi", "Belarus"', () => {
    const key = (text: string, language: string) => [...articleFeatures({ title: '', text, language }).terms.keys()].filter((k) => k.startsWith('e:'))
    const english = key('The talks in Minsk were about Belarus and its army.', 'en')
    expect(key('Переговори в Мінську стосувалися Білорусі та її армії.', 'uk')).toEqual(english)
    expect(key('Rozmowy w Mińsku dotyczyły Białorusi i jej armii.', 'pl')).toEqual(english)
    // A name it does not know keeps its transliteration key.
    expect(key('Переговори вів Ковальчук у Мінську.', 'uk')).toEqual(['e:kovalchuk', english[0]])
  })

  test('a capitalised sentence opener counts as a name only when the word is capitalised mid-sentence too', () => {
    const terms = articleFeatures({ title: '', text: 'Rescuers arrived late. Then Kramer said Rescuers was the team name.' }).terms
    expect(terms.has('e:kramer')).toBe(true)
    expect(terms.has('e:rescuer')).toBe(true)
    const plain = articleFeatures({ title: '', text: 'Rescuers arrived late. The crowd waited.' }).terms
    expect(plain.has('w:rescuer')).toBe(true)
  })
})

const QUAKE_A = [
  'A magnitude 6.1 earthquake struck near Tabriz in northwest Iran on Saturday, killing 306 people, officials said.',
  'The Tabriz earthquake of magnitude 6.1 destroyed villages near Ahar and Varzaqan; 306 people died.',
  'Rescuers in Ahar searched rubble after the Tabriz earthquake; the death toll stood at 306.',
]
const QUAKE_B = [
  'A magnitude 7.8 earthquake struck Balochistan in southwest Pakistan on Tuesday, killing 328 people near Awaran.',
  'In Awaran, Balochistan, the magnitude 7.8 earthquake flattened mud houses; 328 people died, officials said.',
  'Rescuers in Awaran dug through rubble after the Balochistan earthquake killed 328.',
]

/** Random texts over the two earthquake stories' words. */
const textArb = fc.array(fc.constantFrom(...[...QUAKE_A, ...QUAKE_B].join(' ').split(' ')), { minLength: 3, maxLength: 40 }).map((w) => w.join(' '))

describe('groupStories', () => {
  test('a dated batch spanning months keeps every article in a story (stories are not retired mid-batch)', () => {
    // 3 passes over 400 dated articles pass the incremental grouper's retirement interval (1,000 placements).
    const docs = Array.from({ length: 400 }, (_, i) => {
      const week = Math.floor(i / 10)
      const day = new Date(Date.UTC(2021, 0, 1 + week * 7 + (i % 3))).toISOString()
      return { id: `d${i}`, title: `Event ${week} in Town${week}`, text: `Officials in Town${week} reported event ${week} ${1000 + week} times.`, publishedAt: day }
    })
    const stories = groupStories(docs).map((a) => a.storyId)
    expect(stories.every((id) => id !== '')).toBe(true)
    // Articles ten weeks apart are never in one story; ten articles of one week are.
    expect(stories[0]).not.toBe(stories[100])
    expect(new Set(stories.slice(0, 10)).size).toBe(1)
    expect(new Set(stories.slice(390, 400)).size).toBe(1)
  })

  test('twin events of one kind (two earthquakes) stay apart; each set stays together', () => {
    const docs = [...QUAKE_A, ...QUAKE_B].map((text, i) => ({ id: `d${i}`, title: '', text }))
    const stories = groupStories(docs).map((a) => a.storyId)
    expect(new Set(stories.slice(0, 3)).size).toBe(1)
    expect(new Set(stories.slice(3)).size).toBe(1)
    expect(stories[0]).not.toBe(stories[3])
    // Merged first at a low threshold, the twins are taken apart by the split step; its story id stays URL-safe.
    const merged = groupStories(docs, { grouper: { threshold: 0.01 } }).map((a) => a.storyId)
    expect(new Set(merged.slice(0, 3)).size).toBe(1)
    expect(new Set(merged.slice(3)).size).toBe(1)
    expect(merged[0]).not.toBe(merged[3])
    for (const id of merged) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
  })

  test('a story holding two events of one kind is split in two; one event stays whole', () => {
    const features = [...QUAKE_A, ...QUAKE_B].map((text) => articleFeatures({ title: 'Deadly earthquake', text }))
    expect(splitTwinEvents(features, () => 1)).toEqual([0, 0, 0, 1, 1, 1])
    const oneEvent = [...QUAKE_A, ...QUAKE_A.map((t) => t.replace('Saturday', 'the weekend'))]
    expect(splitTwinEvents(oneEvent.map((text) => articleFeatures({ title: 'Deadly earthquake', text })), () => 1)).toBeNull()
    const fourReports = [...QUAKE_A, "Iran's Red Crescent sent tents to Ahar and Varzaqan after the Tabriz earthquake killed 306 people."]
    expect(splitTwinEvents(fourReports.map((text) => articleFeatures({ title: 'Deadly earthquake', text })), () => 1)).toBeNull()
    // Too small to show two coherent halves.
    expect(splitTwinEvents(features.slice(1, 4), () => 1)).toBeNull()
    // Halves whose languages do not meet may differ by their glosses alone: kept whole. A language on both sides
    // leaves the split to the evidence within it.
    const inLanguage = (f: (typeof features)[number], language: string) => ({ ...f, terms: new Map([...f.terms, [`l:${language}`, 0]]) })
    expect(splitTwinEvents(features.map((f, k) => (k < 3 ? f : inLanguage(f, 'ru'))), () => 1)).toBeNull()
    expect(splitTwinEvents(features.map((f, k) => (k === 0 || k === 3 ? inLanguage(f, 'ru') : f)), () => 1)).toEqual([0, 0, 0, 1, 1, 1])
    expect(languageOf(inLanguage(features[0]!, 'uk'))).toBe('uk')
    expect(languageOf(articleFeatures({ title: '', text: 'Лукашенко попросив Путіна.', language: 'uk' }))).toBe('uk')
    expect(languageOf(features[0]!)).toBe('')
  })

  test('the same event in Russian and English joins through names and numbers', () => {
    const docs = [
      { id: 'en', title: 'Lukashenko asks Putin for Oreshnik missiles', text: 'Alexander Lukashenko asked Vladimir Putin in Minsk to deploy Oreshnik missiles in Belarus in 2025.' },
      { id: 'ru', title: 'Лукашенко попросил Путина разместить Орешник', text: 'Александр Лукашенко в Минске попросил Владимира Путина разместить Орешник в Беларуси в 2025 году.' },
      { id: 'other', title: 'Flooding in Valencia', text: 'Heavy rain flooded Valencia in Spain; 200 people died in the floods.' },
    ]
    const [en, ru, other] = groupStories(docs).map((a) => a.storyId)
    expect(ru).toBe(en)
    expect(other).not.toBe(en)
  })

  test('articles more than maxGapDays apart start a new story', () => {
    const text = QUAKE_A[0] ?? ''
    const [a, b] = groupStories([
      { id: 'a', title: '', text, publishedAt: '2024-01-01' },
      { id: 'b', title: '', text, publishedAt: '2024-03-01' },
    ]).map((x) => x.storyId)
    expect(b).not.toBe(a)
  })

  test('every article is in exactly one story, and one of the stories it could have founded or joined (seed 11)', () => {
    fc.assert(
      fc.property(fc.array(textArb, { maxLength: 30 }), (texts) => {
        const docs = texts.map((text, i) => ({ id: `a${i}`, title: '', text }))
        const assignments = groupStories(docs)
        expect(assignments.map((a) => a.articleId)).toEqual(docs.map((d) => d.id))
        const founders = new Set(assignments.filter((a) => a.isNew).map((a) => a.storyId))
        for (const a of assignments) expect(founders.has(a.storyId)).toBe(true)
        // Story ids travel in URLs and API paths (src/api/schemas.ts StoryId).
        for (const a of assignments) expect(a.storyId).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
        expect(founders.size).toBe(new Set(assignments.map((a) => a.storyId)).size)
      }),
      { seed: 11, numRuns: 50 },
    )
  })
})

describe('settleArticles', () => {
  test('undoes an early wrong join; a reprint follows its original; articles already right stay', () => {
    const grouper = new StoryGrouper()
    const docs = [...QUAKE_A, ...QUAKE_B].map((text, i) => ({ id: `d${i}`, features: articleFeatures({ title: '', text }) }))
    for (const d of docs) grouper.observe(d.features)
    // d3 (Balochistan) joined the Tabriz story before its own story existed; d4, d5 then formed theirs.
    for (const d of docs.slice(0, 4)) grouper.place(d.id, d.features, 'tabriz')
    grouper.place('d4', docs[4]!.features, 'awaran')
    grouper.place('d5', docs[5]!.features, 'awaran')
    // A reprint of d3, placed with it.
    const reprint = { id: 'r3', features: docs[3]!.features, leader: 'd3' }
    grouper.observe(reprint.features)
    grouper.place(reprint.id, reprint.features, 'tabriz')
    const moved = settleArticles(grouper, [...docs, reprint])
    expect(moved).toEqual(new Map([['d3', 'awaran'], ['r3', 'awaran']]))
    expect(grouper.storyOf('d0')).toBe('tabriz')
    expect(grouper.storyOf('r3')).toBe('awaran')
  })

  test('splits a story of this run that is two events of one kind; a story holding an older article is left whole', () => {
    const docs = [...QUAKE_A, ...QUAKE_B].map((text, i) => ({ id: `d${i}`, features: articleFeatures({ title: 'Deadly earthquake', text }) }))
    const runOnly = new StoryGrouper({ threshold: 0.01 })
    for (const d of docs) runOnly.observe(d.features)
    for (const d of docs) runOnly.place(d.id, d.features, 'quake')
    const moved = settleArticles(runOnly, docs)
    expect(new Set(moved.values())).toEqual(new Set(['quake_split']))
    expect(new Set(docs.slice(0, 3).map((d) => runOnly.storyOf(d.id)))).not.toEqual(new Set(docs.slice(3).map((d) => runOnly.storyOf(d.id))))
    // The same story with one member from an earlier run (not among the placements): not split.
    const mixed = new StoryGrouper({ threshold: 0.01 })
    for (const d of docs) mixed.observe(d.features)
    for (const d of docs) mixed.place(d.id, d.features, 'quake')
    expect(settleArticles(mixed, docs.slice(1))).toEqual(new Map())
  })
  const partition = (storyOf: (id: string) => string | undefined, ids: readonly string[]) => {
    const groups = new Map<string, string[]>()
    for (const id of ids) groups.set(storyOf(id) ?? '', [...(groups.get(storyOf(id) ?? '') ?? []), id])
    return new Set([...groups.values()].map((g) => g.join(',')))
  }

  test('a run settled into an empty corpus gets the stories of batch grouping, and settling again moves nothing (seed 7)', () => {
    const dated = fc.record({ text: textArb, day: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }) })
    fc.assert(
      fc.property(fc.array(dated, { maxLength: 30 }), (items) => {
        const docs = items.map(({ text, day }, i) => ({ id: `a${i}`, title: '', text, ...(day === undefined ? {} : { publishedAt: `2024-05-${String(day).padStart(2, '0')}` }) }))
        const batch = new Map(groupStories(docs).map((a) => [a.articleId, a.storyId]))
        const grouper = new StoryGrouper()
        const placed = docs.map((doc) => {
          const features = articleFeatures(doc)
          grouper.observe(features)
          grouper.assign(doc.id, features)
          return { id: doc.id, features }
        })
        settleArticles(grouper, placed)
        const ids = docs.map((d) => d.id)
        expect(partition((id) => grouper.storyOf(id), ids)).toEqual(partition((id) => batch.get(id), ids))
        // Settling again regroups the same way and keeps every story's name: nothing to write.
        expect(settleArticles(grouper, placed)).toEqual(new Map())
      }),
      { seed: 7, numRuns: 60 },
    )
  })
})

describe('StoryGrouper', () => {
  test('place() restores a story and refuses an article placed twice', () => {
    const grouper = new StoryGrouper()
    const f = articleFeatures({ title: '', text: QUAKE_A[0] ?? '' })
    grouper.observe(f)
    grouper.place('x', f, 'story-1')
    expect(grouper.storyOf('x')).toBe('story-1')
    expect(() => grouper.place('x', f, 'story-2')).toThrow(/already in a story/)
    const g = articleFeatures({ title: '', text: QUAKE_A[1] ?? '' })
    grouper.observe(g)
    expect(grouper.assign('y', g)).toMatchObject({ storyId: 'story-1', isNew: false })
  })

  test('stories no article can join any more are retired: memory follows the active window', () => {
    const grouper = new StoryGrouper()
    const day = 86_400_000
    for (let i = 0; i < 3000; i++) {
      // One new event a day for 3000 days: each story is dead two weeks later.
      const f = articleFeatures({ title: '', text: `Event${i} Town${i} reported ${1000 + i} cases of storm${i}.`, publishedAt: new Date(Date.UTC(2020, 0, 1) + i * day).toISOString() })
      grouper.observe(f)
      grouper.assign(`a${i}`, f)
    }
    // Live: at most the last 14 days plus the 1,000 placements between two retirement passes.
    expect(grouper.activeStoryCount).toBeLessThanOrEqual(1014)
    expect(grouper.articleCount).toBe(grouper.activeStoryCount)
    expect(grouper.storyOf('a0')).toBeUndefined()
    expect(grouper.storyOf('a2999')).toBe('s-a2999')
  })

  test('undated stories no article joined for maxIdleArticles placements are retired; a story still joined stays', () => {
    const grouper = new StoryGrouper({ maxIdleArticles: 2000 })
    const running = 'Flood relief in Valencia: volunteers from Paiporta cleared 1945 tonnes of mud.'
    for (let i = 0; i < 10_000; i++) {
      // Undated: one new event per article, and every 500th article about one running story.
      const text = i % 500 === 0 ? running : `Event${i} Town${i} reported ${1000 + i} cases of storm${i}.`
      const f = articleFeatures({ title: '', text })
      grouper.observe(f)
      grouper.assign(`a${i}`, f)
    }
    // Live: the last 2,000 placements' stories plus up to 1,000 between retirement passes.
    expect(grouper.activeStoryCount).toBeLessThanOrEqual(3001)
    expect(grouper.storyOf('a1')).toBeUndefined()
    expect(grouper.storyOf('a0')).toBe('s-a0')
    expect(grouper.storyOf('a9500')).toBe('s-a0')
  })

  test('retirement put off by holds catches up when a hold ends: a regroup in windows keeps memory bounded', () => {
    const grouper = new StoryGrouper({ maxIdleArticles: 2000 })
    // 10,000 undated one-article events, grouped in windows of 500, each inside a hold (as groupWindow does).
    for (let w = 0; w < 10_000; w += 500) {
      const window = Array.from({ length: 500 }, (_, k) => ({ id: `a${w + k}`, features: articleFeatures({ title: '', text: `Event${w + k} Town${w + k} reported ${1000 + w + k} cases.` }) }))
      groupWindow(grouper, window, () => undefined, false)
    }
    expect(grouper.activeStoryCount).toBeLessThanOrEqual(2500)
    expect(grouper.storyOf('a0')).toBeUndefined()
    expect(grouper.storyOf('a9999')).toBeDefined()
  })
})

describe('StoryNameFilter and retired story names', () => {
  test('a used name is always reported used; unused names rarely are', () => {
    const names = new StoryNameFilter()
    for (let i = 0; i < 100_000; i++) names.add(`s${i.toString(16)}`)
    for (let i = 0; i < 100_000; i++) expect(names.has(`s${i.toString(16)}`)).toBe(true)
    let falseUsed = 0
    for (let i = 0; i < 100_000; i++) if (names.has(`t${i.toString(16)}`)) falseUsed++
    expect(falseUsed).toBeLessThan(50)
  })

  test('a new story never takes the name of a retired one: the store would put a new event into an old story', () => {
    const names = new StoryNameFilter()
    const grouper = new StoryGrouper({}, (id) => `s-${id}`, (name) => names.has(name))
    const f = articleFeatures({ title: '', text: QUAKE_A[0] ?? '' })
    grouper.observe(f)
    // "s-a1" and its split twin were stories long ago (retired: stored, no longer held).
    names.add('s-a1')
    names.add('s-a1_split')
    expect(grouper.assign('a1', f).storyId).toBe('s-a1_2')
    expect(grouper.unusedName('s-a1_split')).toBe('s-a1_split_2')
    expect(grouper.unusedName('s-b1')).toBe('s-b1')
  })
})
