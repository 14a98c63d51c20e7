import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { StoryListItem } from '../../src/api/index.js'
import { parseOutletRegistry } from '../../src/pipeline/outlets/index.js'
import { openSeedStore, type SeedStore } from '../api/seed-store.js'
import { CHROMIUM, HAS_CHROMIUM, launchBrowser, startServer, type LiveBrowser, type LiveServer } from './browser.js'
import { EXAMPLES_DIR } from '../example-paths.js'

// End-to-end in Debian's chromium (`apt-get install chromium`); CI installs it in .ci/run.
if (!HAS_CHROMIUM) console.warn(`test/web: SKIPPED browser tests: no chromium at ${CHROMIUM} (apt-get install chromium, or set PARALLAX_CHROMIUM)`)

const TOKEN = 'ui-test-token'
/** SCREENSHOTS=1 also writes the pages' screenshots to docs/screenshots/. */
const SHOTS = process.env['SCREENSHOTS'] === '1' ? join(import.meta.dirname, '../../docs/screenshots') : undefined

describe.skipIf(!HAS_CHROMIUM)('web UI in chromium', () => {
  let seeds: SeedStore
  let server: LiveServer
  let live: LiveBrowser
  let storyPath: string
  const errors: string[] = []

  beforeAll(async () => {
    seeds = await openSeedStore('parallax-ui-')
    // Served as `parallax serve --outlets examples/outlets.yaml`: the registry knows Daily Wrap (country Poland), not
    // the seed store's "Kyiv Herald", so the story is covered by one known country (a blindspot) and one unknown.
    const registryPath = join(EXAMPLES_DIR, 'outlets.yaml')
    server = await startServer(seeds.store, TOKEN, parseOutletRegistry(readFileSync(registryPath, 'utf8'), registryPath))
    live = await launchBrowser()
    const list = (await (await fetch(`${server.url}/api/stories`)).json()) as { stories: StoryListItem[] }
    storyPath = `/stories/${list.stories[0]?.id ?? ''}`
    if (SHOTS !== undefined) mkdirSync(SHOTS, { recursive: true })
  }, 120_000)
  afterAll(async () => {
    await live?.close()
    await server?.close()
    await seeds?.close()
  })

  async function open(path: string, width = 1280, height = 900): Promise<Page> {
    const page = await live.context.newPage()
    await page.setViewportSize({ width, height })
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${path}: ${m.text()}`)
    })
    const res = await page.goto(`${server.url}${path}`)
    expect(res?.status()).toBe(200)
    return page
  }

  test('the story list shows the seed story with its outlets, independent sources and coverage over time', async () => {
    const page = await open('/')
    const story = page.locator('li.story')
    await expect(story.count()).resolves.toBe(1)
    await expect(story.locator('.outlets').innerText()).resolves.toBe('Outlets: Kyiv Herald, Daily Wrap')
    await expect(story.locator('.counts').innerText()).resolves.toContain('2 independent sources')
    await expect(story.locator('svg.timeline rect').count()).resolves.toBe(1)
    // Coverage by group as a small bar with text labels and counts, and the blindspot it makes.
    await expect(story.locator('.story-group .kind').allInnerTexts()).resolves.toEqual(['country'])
    await expect(story.locator('.story-group .bar .seg').allInnerTexts()).resolves.toEqual(['Poland 1', 'unknown 1'])
    await expect(story.locator('.blindspot-badge').innerText()).resolves.toBe('Blindspot: only country: Poland')
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'stories.png') })
    // The filter keeps the story (a blindspot), and offers the way back.
    await Promise.all([page.waitForURL(/\?blindspots=1$/), page.click('a.blindspot-filter')])
    await expect(page.locator('li.story').count()).resolves.toBe(1)
    await expect(page.locator('main > p.muted').first().innerText()).resolves.toMatch(/^1 story with a blindspot, newest first/)
    await expect(page.locator('.filters a').innerText()).resolves.toBe('All stories')
    await page.close()
  })

  test('the story page shows the coverage-by-group bar, the headlines side by side and the publication dates', async () => {
    const page = await open(storyPath)
    // Titled with the story's most neutral headline (CoverageReport.title).
    const title = 'Lukashenko highlights NATO threat, seeks missile support from Putin'
    await expect(page.locator('main h1').innerText()).resolves.toBe(title)
    await expect(page.title()).resolves.toBe(`${title} · Parallax`)
    // Coverage by group: one bar per kind, each segment labelled with its value and count, visibly.
    const coverage = page.locator('#coverage')
    await expect(coverage.locator('h3').allInnerTexts()).resolves.toEqual(['country'])
    const segments = coverage.locator('.bar .seg')
    await expect(segments.allInnerTexts()).resolves.toEqual(['Poland 1', 'unknown 1'])
    for (const i of [0, 1]) await expect(segments.nth(i).locator('.seg-label').isVisible()).resolves.toBe(true)
    // Equal counts, equal widths, filling the bar between them.
    const boxes = await Promise.all([0, 1].map(async (i) => (await segments.nth(i).boundingBox())?.width ?? 0))
    const bar = (await coverage.locator('.bar').boundingBox())?.width ?? 0
    expect(Math.abs(boxes[0]! - boxes[1]!)).toBeLessThanOrEqual(1)
    expect(boxes[0]! + boxes[1]!).toBeGreaterThan(bar - 4)
    await expect(coverage.locator('.group-key').innerText()).resolves.toMatch(/Poland 1 outlet: Daily Wrap\s+unknown 1 outlet: Kyiv Herald/)
    await expect(coverage.locator('.blindspot').innerText()).resolves.toBe(
      'Blindspot: covered only by country: Poland outlets (and 1 outlet with no country in the registry).',
    )
    // Headlines: the seed pair has one headline (Daily Wrap's line); Kyiv Herald's title is cut from its lead.
    const headlines = page.locator('#headlines')
    await expect(headlines.locator('.headline h3').allInnerTexts()).resolves.toEqual(['[2] Daily Wrap'])
    await expect(headlines.locator('.headline-text').innerText()).resolves.toBe(title)
    await expect(headlines.locator('.headline .meta').innerText()).resolves.toMatch(/^EN · from a headline line of the input \(characters \d+–\d+\) · ≈ 6 Dec 2024 \(estimated\) · framing score 0\.0$/)
    await expect(headlines.locator('.no-headline').innerText()).resolves.toBe('No headline (title cut from the first sentence): [1] Kyiv Herald')
    // Publication dates: the story's and each article's, estimated ones marked.
    await expect(page.locator('.story-dates').innerText()).resolves.toBe('published ≈ 6 Dec 2024 (estimated)')
    await expect(page.locator('#articles .article .meta time').allInnerTexts()).resolves.toEqual(['≈ 6 Dec 2024 (estimated)', '≈ 6 Dec 2024 (estimated)'])
    // The page's top: headlines and coverage above the brief.
    const [headlinesTop, coverageTop, briefTop] = await Promise.all(['#headlines', '#coverage', '#brief'].map(async (s) => (await page.locator(s).boundingBox())?.y ?? 0))
    expect(headlinesTop).toBeLessThan(coverageTop!)
    expect(coverageTop).toBeLessThan(briefTop!)
    if (SHOTS) await coverage.screenshot({ path: join(SHOTS, 'story-coverage.png') })
    await page.close()
  })

  test('the story page highlights shared and single-source facts, quotes, framing, and shows word differences and labels', async () => {
    const page = await open(storyPath)
    const [kyiv, wrap] = [page.locator('#article-1 .text'), page.locator('#article-2 .text')]
    await expect(kyiv.locator('.m-fact').count()).resolves.toBeGreaterThan(3)
    await expect(wrap.locator('.m-fact').count()).resolves.toBeGreaterThan(3)
    await expect(kyiv.locator('.m-fact-partial').count()).resolves.toBeGreaterThan(0)
    await expect(wrap.locator('.m-quote', { hasText: 'This would calm some heads' }).count()).resolves.toBe(1)
    const frames = await kyiv.locator('.m-frame').allInnerTexts()
    expect(frames).toEqual(expect.arrayContaining(['Belarusian dictator', 'Russian dictator', 'hypocritically said']))
    await expect(wrap.locator('.m-frame').count()).resolves.toBe(0)
    // The aligned "calm some minds / heads" quote shows the differing words marked.
    const calm = page.locator('#quotes .quote.aligned', { hasText: 'This would calm some heads' })
    await expect(calm.locator('mark.changed', { hasText: 'heads' }).count()).resolves.toBe(1)
    // Entity panel: the Ukrainian outlet's labels for Lukashenko.
    const lukashenko = page.locator('#entities .entity', { has: page.locator('h3', { hasText: 'Alexander Lukashenko' }) })
    await expect(lukashenko.locator('.labels li', { hasText: 'Kyiv Herald' }).innerText()).resolves.toContain('Belarusian dictator')
    await expect(page.locator('#differences').innerText()).resolves.toMatch(/consistent/)
    if (SHOTS) {
      await page.screenshot({ path: join(SHOTS, 'story.png') })
      await page.locator('#quotes').screenshot({ path: join(SHOTS, 'story-quotes.png') })
      await page.locator('#entities').screenshot({ path: join(SHOTS, 'story-entities.png') })
    }
    await page.close()
  })

  test('a brief citation scrolls to its span, marks it and moves focus there', async () => {
    const page = await open(storyPath, 1280, 700)
    const link = page.locator('#brief a.cite').nth(2)
    const href = (await link.getAttribute('href')) ?? ''
    expect(href).toMatch(/^#s\d+$/)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await link.click()
    const sentence = Number(await link.getAttribute('data-brief'))
    const target = await page.evaluate((id) => {
      // Several spans may start at one place: the highlight is the first element after the run of anchors.
      let span = document.getElementById(id)?.nextElementSibling ?? undefined
      while (span?.classList.contains('anchor')) span = span.nextElementSibling ?? undefined
      const box = span?.getBoundingClientRect()
      return {
        hash: location.hash,
        scrollY: window.scrollY,
        isFocused: span !== undefined && span === document.activeElement,
        inView: box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight,
        flashed: [...document.querySelectorAll('.flash')].map((el) => el.getAttribute('data-note') ?? ''),
        flashedText: [...document.querySelectorAll('.flash')].map((el) => el.textContent).join(''),
      }
    }, href.slice(1))
    expect(target).toMatchObject({ hash: href, isFocused: true, inView: true })
    expect(target.scrollY).toBeGreaterThan(300)
    // Every run of the cited passage is marked, and only those: each one's note names this brief sentence.
    expect(target.flashed.length).toBeGreaterThan(1)
    for (const note of target.flashed) expect(note.split('\n')).toContain(`Cited by brief sentence ${sentence}`)
    const brief = (await (await fetch(`${server.url}/api${storyPath}`)).json()) as { brief: { spans?: { start: number; text: string }[] }[] }
    const cited = brief.brief[sentence - 1]?.spans?.map((s) => s.text) ?? []
    expect(cited).toContain(target.flashedText)
    // The pointer leaving whatever it passed over brings back the focused passage's note.
    await page.mouse.move(1, 1)
    await expect(page.locator('#tip').innerText()).resolves.toContain(`Cited by brief sentence ${sentence}`)
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'story-citation.png') })
    await page.close()
  })

  test('keyboard focus on a framing highlight shows why it was flagged', async () => {
    const page = await open(storyPath)
    // Tab through the page until a framing highlight has focus, as a keyboard user would.
    let isFrame = false
    for (let i = 0; i < 300 && !isFrame; i++) {
      await page.keyboard.press('Tab')
      isFrame = await page.evaluate(() => document.activeElement?.classList.contains('m-frame') ?? false)
    }
    expect(isFrame).toBe(true)
    const tip = page.locator('#tip')
    await expect(tip.isVisible()).resolves.toBe(true)
    const text = await tip.innerText()
    expect(text).toMatch(/^Framing, [a-z-]+: /m)
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).resolves.toBe('tip')
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'story-framing-focus.png') })
    await page.keyboard.press('Escape')
    await expect(tip.isHidden()).resolves.toBe(true)
    await page.close()
  })

  test('hovering a highlight shows the same explanation', async () => {
    const page = await open(storyPath)
    await page.locator('#article-1 .m-frame', { hasText: 'hypocritically said' }).first().hover()
    await expect(page.locator('#tip').innerText()).resolves.toContain('Framing')
    await page.close()
  })

  test('a hostile article renders as text: no script runs, no element is injected', async () => {
    const hostile = [
      'Hostile <script>window.__pwned = 1</script> headline',
      '',
      'Officials in Minsk said <img src=x onerror="window.__pwned = 2"> the talks went on. A "<a href=javascript:alert(1)>link</a>" and </div></article><h1>fake</h1> too.',
      '',
      // Ordinary sentences around the markup, so the text still reads as an article (looksLikeProse) and is stored.
      'The delegations met for three hours in the capital and agreed to meet again next month, the officials said.',
      'Both sides described the talks as useful and said they would publish a joint statement in the coming days.',
    ].join('\n')
    const res = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: hostile, outlet: '<b onmouseover="window.__pwned=3">Evil</b>' }),
    })
    expect(res.status).toBe(201)
    const { articles } = (await res.json()) as { articles: { storyId: string }[] }
    const page = await open(`/stories/${articles[0]?.storyId ?? ''}`)
    await page.waitForTimeout(200)
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined()
    await expect(page.locator('main img, main script, main b, .text a, main h1:has-text("fake")').count()).resolves.toBe(0)
    const text = await page.locator('#article-1 .text').innerText()
    expect(text).toContain('<img src=x onerror="window.__pwned = 2">')
    await expect(page.locator('#article-1 h3').innerText()).resolves.toBe('[1] <b onmouseover="window.__pwned=3">Evil</b>')
    await page.close()
  })

  test.each([
    ['story list', '/'],
    ['story page', 'STORY'],
    ['compare page', '/compare'],
  ])('the %s fits a 390-px-wide phone screen', async (name, path) => {
    const page = await open(path === 'STORY' ? storyPath : path, 390, 844)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(390)
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `phone-${name.replace(/ /g, '-')}.png`) })
    await page.close()
  })

  test('the compare page compares pasted articles at once, with nothing stored', async () => {
    const page = await open('/compare')
    const { readFileSync } = await import('node:fs')
    const seedsDir = EXAMPLES_DIR
    await page.fill('#article-1', readFileSync(join(seedsDir, '000_ab4b00356de3292d.txt'), 'utf8'))
    await page.fill('#outlet-1', 'Kyiv Herald')
    await page.fill('#article-2', readFileSync(join(seedsDir, '002_5f50d3ae80105f63.txt'), 'utf8'))
    await page.fill('#outlet-2', 'Daily Wrap')
    await page.click('#add-article')
    await expect(page.locator('fieldset.entry').count()).resolves.toBe(3)
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'compare.png') })
    await Promise.all([page.waitForURL(/\/compare$/), page.click('button[type=submit]')])
    await expect(page.locator('#result').innerText()).resolves.toBe('Comparison of 2 articles')
    await expect(page.locator('#article-2 h3').innerText()).resolves.toBe('[2] Daily Wrap')
    await expect(page.locator('#article-1 .m-frame').count()).resolves.toBeGreaterThan(5)
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'compare-result.png') })
    await page.close()
  }, 30_000)

  test('the compare page takes uploaded files', async () => {
    const page = await open('/compare')
    const seedsDir = EXAMPLES_DIR
    await page.setInputFiles('#files', [join(seedsDir, '000_ab4b00356de3292d.txt'), join(seedsDir, '002_5f50d3ae80105f63.txt')])
    await Promise.all([page.waitForURL(/\/compare$/), page.click('button[type=submit]')])
    await expect(page.locator('#result').innerText()).resolves.toBe('Comparison of 2 articles')
    await expect(page.locator('#article-2 .text').innerText()).resolves.toContain('15 kilometres')
    await page.close()
  }, 30_000)

  test('two headlines of one story side by side: wording the other lacks marked, framing explained', async () => {
    // Two invented reports of one council vote, each opening with its own headline line.
    const body = (verb: string) =>
      [
        `The Riverton city council ${verb} a rise in bus fares on Tuesday evening after a two-hour debate in the town hall.`,
        'A single ticket will cost 2.40 euros from March, up from 2 euros, and monthly passes will rise by 6 euros.',
        'Council member Ana Ortiz said the transport company had lost money for three years and needed the income.',
        'Passenger groups said they would ask the regional court to review the decision before it takes effect.',
      ].join('\n\n')
    const post = async (headline: string, verb: string, outlet: string) => {
      const res = await fetch(`${server.url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ text: `${headline}\n\n${body(verb)}`, outlet }),
      })
      expect(res.status).toBe(201)
      return ((await res.json()) as { articles: { storyId: string }[] }).articles[0]?.storyId ?? ''
    }
    const first = await post('Greedy council slaps riders with massive bus fare hike', 'voted through', 'Riverton Post')
    const second = await post('Council approves bus fare rise', 'approved', 'Valley Courier')
    expect(second).toBe(first)
    const page = await open(`/stories/${first}`)
    // The most neutral headline titles the story.
    await expect(page.locator('main h1').innerText()).resolves.toBe('Council approves bus fare rise')
    const cards = page.locator('#headlines .headline')
    await expect(cards.locator('h3').allInnerTexts()).resolves.toEqual(['[1] Riverton Post', '[2] Valley Courier'])
    await expect(cards.locator('.headline-text').allInnerTexts()).resolves.toEqual(['Greedy council slaps riders with massive bus fare hike', 'Council approves bus fare rise'])
    const marked = (i: number) => cards.nth(i).locator('mark.changed').evaluateAll((marks) => marks.map((m) => m.textContent))
    await expect(marked(0)).resolves.toEqual(['Greedy', 'slaps riders with massive', 'hike'])
    await expect(marked(1)).resolves.toEqual(['approves', 'rise'])
    // Marked wording is drawn differently from the rest of the headline.
    const background = (selector: string) => cards.nth(1).locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(await background('mark.changed')).not.toBe(await background('.headline-text'))
    // Framing in a headline: focusable, with the technique in the tooltip (lexicon spans; model spans are below
    // their precision threshold and not shown).
    await expect(cards.nth(0).locator('.m-frame').allInnerTexts()).resolves.toEqual(['massive'])
    await cards.nth(0).locator('.m-frame', { hasText: 'massive' }).hover()
    await expect(page.locator('#tip').innerText()).resolves.toMatch(/^Framing, exaggeration: /)
    await expect(cards.nth(1).locator('.meta').innerText()).resolves.toMatch(/^EN · from a headline line of the input \(characters 0–30\) · framing score 0\.0$/)
    if (SHOTS) await page.locator('#headlines').screenshot({ path: join(SHOTS, 'story-headlines.png') })
    await page.close()
  })

  test('no page logged a script error or a CSP violation', () => {
    expect(errors).toEqual([])
  })
})
