import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ANALYZER_VERSION, parseSince } from '../../src/corpus/index.js'
import { buildCli } from '../cli/built-cli.js'
import { EXAMPLES_DIR } from '../example-paths.js'

const root = mkdtempSync(join(tmpdir(), 'parallax-stories-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
// The built CLI (one build shared by the CLI test files): a tsx child compiles the sources again on every run.
let bin = ''
beforeAll(() => {
  bin = buildCli()
}, 240_000)
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const OREShNIK_EN = `Lukashenko asks Putin for Oreshnik missiles

Alexander Lukashenko asked Vladimir Putin in Minsk on December 6 to deploy Oreshnik missiles in Belarus. Putin said the deployment could happen in 2025. Lukashenko said troops of Poland and Lithuania stand near the border.`
const OREShNIK_RU = `Лукашенко попросил Путина разместить Орешник

Александр Лукашенко в Минске 6 декабря попросил Владимира Путина разместить ракеты Орешник в Беларуси. Путин сказал, что это возможно в 2025 году. Лукашенко говорил о войсках Польши и Литвы у границы.`
const FLOODS = `Floods hit Valencia

Torrential rain flooded Valencia in Spain; more than 200 people died. Rescue teams searched Paiporta and Catarroja for survivors as the regional government faced criticism over late alerts.`
const WIRE = (outlet: string) => `Floods: death toll rises in Valencia

VALENCIA (Reuters) - The death toll from floods in Valencia rose to 215 on Friday, officials said, as soldiers joined rescue teams in Paiporta and Catarroja. The regional government defended its alert system. Outlet ${outlet === 'a' ? 'one' : 'one'}.`

describe('parallax cluster', () => {
  test('one JSON line per input; the same event across scripts shares a story; a bad input is reported, not fatal', () => {
    const dir = join(root, 'cluster')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'a-en.txt'), OREShNIK_EN)
    writeFileSync(join(dir, 'b-floods.txt'), FLOODS)
    writeFileSync(join(dir, 'c-ru.txt'), OREShNIK_RU)
    writeFileSync(join(dir, 'd-empty.txt'), '')
    const r = cli(['cluster', dir, '--jsonl'])
    expect(r.code).toBe(0)
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: string; story: string | null })
    expect(lines.map((l) => [l.source.split('/').pop(), l.story])).toEqual([
      ['a-en.txt', 'story-1'],
      ['b-floods.txt', 'story-2'],
      ['c-ru.txt', 'story-1'],
      ['d-empty.txt', null],
    ])
    expect(r.stderr).toContain('d-empty.txt')
  })
})

describe('parallax stories', () => {
  test('lists stories with independent sources (wire reprints count once), filters by words in any script', () => {
    const dir = join(root, 'store-input')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'a-en.txt'), OREShNIK_EN)
    writeFileSync(join(dir, 'b-floods.txt'), FLOODS)
    writeFileSync(join(dir, 'c-ru.txt'), OREShNIK_RU)
    writeFileSync(join(dir, 'd-wire1.txt'), WIRE('a'))
    writeFileSync(join(dir, 'e-wire2.txt'), `${WIRE('a')} Local reaction follows.`)
    const db = join(root, 'stories.db')
    expect(cli(['ingest', dir, '--db', db, '--quiet']).code).toBe(0)
    const json = JSON.parse(cli(['stories', '--db', db, '--json']).stdout) as { id: string; title: string; articles: number; independentSources: number }[]
    const floods = json.find((s) => s.title.startsWith('Floods hit'))
    const oreshnik = json.find((s) => s.title.includes('Oreshnik'))
    expect(floods).toMatchObject({ articles: 3, independentSources: 2 })
    expect(oreshnik).toMatchObject({ articles: 2, independentSources: 2 })
    const byQuery = JSON.parse(cli(['stories', '--db', db, '--json', '--query', 'Орешник']).stdout) as { id: string }[]
    expect(byQuery.map((s) => s.id)).toEqual([oreshnik?.id])
    const table = cli(['stories', '--db', db]).stdout
    expect(table).toContain('3 articles, 2 independent sources  Floods hit Valencia')
  })

  test('a missing database is reported, not created', () => {
    const missing = join(root, 'nope', 'missing.db')
    const r = cli(['stories', '--db', missing])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`no database at ${missing}`)
    expect(cli(['show', 'sabc', '--db', missing]).stderr).toContain('no database at')
    expect(existsSync(missing)).toBe(false)
  })

  test('a bad --since is a usage error with a clear message', () => {
    const r = cli(['stories', '--db', join(root, 'stories.db'), '--since', 'yesterday-ish'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--since: expected 2d, 12h, 30m, 1w or a date')
  })

  test.each([
    ['2d', '2024-12-04T12:00:00.000Z'],
    ['12h', '2024-12-06T00:00:00.000Z'],
    ['1w', '2024-11-29T12:00:00.000Z'],
    ['2024-12-01', '2024-12-01T00:00:00.000Z'],
  ])('--since %s', (value, expected) => {
    expect(parseSince(value, new Date('2024-12-06T12:00:00.000Z'))).toBe(expected)
  })
})

describe('parallax show', () => {
  test('the seed pair forms one story whose report compares both articles; analyses are cached per revision', async () => {
    const seeds = EXAMPLES_DIR
    const db = join(root, 'seed.db')
    const { readdirSync } = await import('node:fs')
    const inputs = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f))
    expect(cli(['ingest', ...inputs, '--db', db, '--quiet']).code).toBe(0)
    const stories = JSON.parse(cli(['stories', '--db', db, '--json']).stdout) as { id: string; articles: number; title: string }[]
    expect(stories.map((s) => s.articles)).toEqual([2])
    // The most neutral headline (002's), not 000's loaded lead sentence though 000 is stored first.
    expect(stories[0]?.title).toBe('Lukashenko highlights NATO threat, seeks missile support from Putin')
    const { openSqliteStore } = await import('../../src/store/index.js')
    const { storyReport } = await import('../../src/corpus/index.js')
    const store = await openSqliteStore(db)
    const report = await storyReport(store, stories[0]?.id ?? '')
    expect(report.articles.map((a) => a.source.split('/').pop())).toEqual(inputs.map((p) => p.split('/').pop()))
    const story = await store.getStory(stories[0]?.id ?? '')
    for (const a of story?.articles ?? []) expect(await store.getAnalysis({ articleId: a.articleId, revision: a.revision, analyzer: ANALYZER_VERSION })).not.toBeNull()
    await store.close()
    expect(cli(['show', 'no-such-story', '--db', db]).stderr).toContain('no story "no-such-story"')
  })
})
