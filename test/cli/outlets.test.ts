// Outlets as data, through the CLI as a user runs it (from source): the registry (--outlets, $PARALLAX_OUTLETS,
// ~/.config), per-input --outlet in compare and ingest, front-matter in plain-text files, coverage by group in
// the report and the story list, and `stories --blindspots`.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CoverageReport } from '../../src/model/index.js'
import { EXAMPLES_DIR, SEED_A, SEED_B } from '../example-paths.js'
import { buildCli } from './built-cli.js'
import { schemaErrors } from './report-checks.js'

const root = mkdtempSync(join(tmpdir(), 'parallax-outlets-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
// The built CLI (one build shared by the CLI test files): a tsx child compiles the sources again on every run.
let bin = ''
beforeAll(() => {
  bin = buildCli()
}, 240_000)
// No registry from the machine running the tests: HOME and XDG_CONFIG_HOME point into the temp dir.
const BASE_ENV = { ...process.env, HOME: root, XDG_CONFIG_HOME: join(root, 'config'), PARALLAX_OUTLETS: '' }
const cli = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...BASE_ENV, ...env } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const file = (name: string, content: string): string => {
  const path = join(root, name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, content)
  return path
}

const ORESHNIK_EN = `Lukashenko asks Putin for Oreshnik missiles

Alexander Lukashenko asked Vladimir Putin in Minsk on December 6 to deploy Oreshnik missiles in Belarus. Putin said the deployment could happen in 2025. Lukashenko said troops of Poland and Lithuania stand near the border.`
const ORESHNIK_EN_2 = `Putin promises Oreshnik deployment to Lukashenko

In Minsk on December 6, Alexander Lukashenko asked Vladimir Putin to deploy Oreshnik missiles in Belarus, and Putin said the deployment could happen in 2025. Lukashenko pointed to troops of Poland and Lithuania near the border.`
const FLOODS = `Floods hit Valencia

Torrential rain flooded Valencia in Spain; more than 200 people died. Rescue teams searched Paiporta and Catarroja for survivors as the regional government faced criticism over late alerts.`

const REGISTRY = file(
  'outlets.yaml',
  `outlets:
  - name: Left Daily
    domains: left.example
    aliases: [left-daily-file]
    country: US
    groups: { lean: left }
  - name: Right Times
    domains: [right.example]
    aliases: [right-times-file]
    groups: { lean: right, state media: "no" }
  - name: Kyiv Post
    domains: kyivpost.com
    country: UA
    language: en
`,
)

describe('parallax compare --outlets', () => {
  test('outlets resolve to display names by alias; the report carries their registry info and coverage by group', () => {
    const a = file('compare/left-daily-file.txt', ORESHNIK_EN)
    const b = file('compare/some-blog.txt', ORESHNIK_EN_2)
    const r = cli(['compare', a, b, '--json', '--outlets', REGISTRY])
    expect(r.stderr).toBe('')
    const report = JSON.parse(r.stdout) as CoverageReport
    expect(schemaErrors(report)).toEqual([])
    expect(report.articles.map((x) => x.outlet)).toEqual(['Left Daily', 'some-blog'])
    expect(report.outlets).toEqual([
      { name: 'Left Daily', articleIds: ['a1'], isKnown: true, country: 'US', groups: { lean: 'left' } },
      { name: 'some-blog', articleIds: ['a2'], isKnown: false, groups: {} },
    ])
    expect(report.coverageByGroup).toEqual([
      { kind: 'lean', values: [{ value: 'left', outlets: ['Left Daily'] }, { value: 'unknown', outlets: ['some-blog'] }] },
      { kind: 'state media', values: [{ value: 'unknown', outlets: ['Left Daily', 'some-blog'] }] },
    ])
    const md = cli(['compare', a, b, '--md', '-', '--outlets', REGISTRY]).stdout
    expect(md).toContain('## Coverage by group\n\n- **lean**: left 1 (Left Daily) · unknown 1 (some-blog)\n')
  })

  test('$PARALLAX_OUTLETS and ~/.config/parallax/outlets.yaml are found; without any, no groups and file names as today', () => {
    const args = ['compare', SEED_A, SEED_B, '--json']
    const example = join(EXAMPLES_DIR, 'outlets.yaml')
    const fromEnv = JSON.parse(cli(args, { PARALLAX_OUTLETS: example }).stdout) as CoverageReport
    expect(fromEnv.articles.map((x) => x.outlet)).toEqual(['Ukrainian outlet (seed 000)', 'Daily Wrap'])
    expect(fromEnv.coverageByGroup).toEqual([{ kind: 'country', values: [{ value: 'Poland', outlets: ['Daily Wrap'] }, { value: 'Ukraine', outlets: ['Ukrainian outlet (seed 000)'] }] }])
    const config = join(root, 'xdg')
    file('xdg/parallax/outlets.yaml', 'outlets:\n  - name: Wrap\n    aliases: ["002_5f50d3ae80105f63"]\n')
    const fromConfig = JSON.parse(cli(args, { XDG_CONFIG_HOME: config }).stdout) as CoverageReport
    expect(fromConfig.articles.map((x) => x.outlet)).toEqual(['000_ab4b00356de3292d', 'Wrap'])
    const none = JSON.parse(cli(args).stdout) as CoverageReport
    expect(none.articles.map((x) => x.outlet)).toEqual(['000_ab4b00356de3292d', '002_5f50d3ae80105f63'])
    expect(none.outlets.every((o) => !o.isKnown)).toBe(true)
    expect(none.coverageByGroup).toEqual([])
  })

  test('a bad registry is a usage error naming file, line and field, before any input is read; a missing one too', () => {
    const bad = file('bad.yaml', 'outlets:\n  - name: A\n    domain: a.example\n')
    const r = cli(['compare', join(root, 'no-such-input.txt'), '--outlets', bad])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`${bad}:3: outlet "A": unknown field "domain"`)
    expect(r.stderr).not.toContain('no-such-input')
    const missing = cli(['compare', SEED_A, '--outlets', join(root, 'nope.yaml')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain(`--outlets: cannot read ${join(root, 'nope.yaml')}: no such file`)
    expect(cli(['compare', SEED_A], { PARALLAX_OUTLETS: join(root, 'nope.yaml') }).stderr).toContain('$PARALLAX_OUTLETS: cannot read')
  })

  test('front-matter names outlet, date and URL; the body keeps offsets into the file; a bad date skips that input', () => {
    const front = '---\noutlet: Kyiv Post\npublishedAt: 2024-12-06\nurl: https://www.kyivpost.com/post/1\n---\n'
    const a = file('front/a.txt', front + ORESHNIK_EN)
    const b = file('front/b.txt', `---\noutlet: Other\npublishedAt: 2024-12-32\n---\n${ORESHNIK_EN_2}`)
    const c = file('front/c.txt', ORESHNIK_EN_2)
    const r = cli(['compare', a, b, c, '--json', '--outlets', REGISTRY])
    expect(r.stderr).toContain(`skipped ${b} (parse-failed): front-matter: publishedAt "2024-12-32" is not a date`)
    const report = JSON.parse(r.stdout) as CoverageReport
    const [article] = report.articles
    expect(article).toMatchObject({ outlet: 'Kyiv Post', publishedAt: '2024-12-06', url: 'https://www.kyivpost.com/post/1' })
    expect(article?.removed[0]).toEqual({ start: 0, end: front.length, text: front, reason: 'front-matter' })
    expect(article?.text).not.toContain('outlet:')
    expect(report.skipped.map((s) => s.source)).toEqual([b])
  })
})

describe('per-input --outlet', () => {
  const inputs = () => [file('per/one.txt', ORESHNIK_EN), file('per/two.txt', ORESHNIK_EN_2), file('per/three.txt', FLOODS)]

  test('compare: 3 inputs, 3 names, 3 outlets in order; with fewer names the rest keep their file names', () => {
    const three = JSON.parse(cli(['compare', ...inputs(), '--json', '--outlet', 'A', '--outlet', 'B', '--outlet', 'C']).stdout) as CoverageReport
    expect(three.articles.map((x) => x.outlet)).toEqual(['A', 'B', 'C'])
    const one = JSON.parse(cli(['compare', ...inputs(), '--json', '--outlet', 'A']).stdout) as CoverageReport
    expect(one.articles.map((x) => x.outlet)).toEqual(['A', 'two', 'three'])
  })

  test('ingest: 3 inputs, 3 names, 3 outlets; fewer names as compare; a skipped input takes its turn', () => {
    const db = join(root, 'per-input.db')
    expect(cli(['ingest', ...inputs(), '--db', db, '--quiet', '--outlet', 'A', '--outlet', 'B', '--outlet', 'C']).code).toBe(0)
    const stories = JSON.parse(cli(['stories', '--db', db, '--json']).stdout) as { outlets: string[] }[]
    expect(stories.flatMap((s) => s.outlets).sort()).toEqual(['A', 'B', 'C'])

    const db2 = join(root, 'per-input-2.db')
    const missing = join(root, 'per/missing.txt')
    const r = cli(['ingest', missing, ...inputs(), '--db', db2, '--quiet', '--outlet', 'X', '--outlet', 'A'])
    expect(r.code).toBe(0)
    const listed = JSON.parse(cli(['stories', '--db', db2, '--json']).stdout) as { outlets: string[] }[]
    // "X" went to the missing file, "A" to one.txt; two.txt and three.txt keep their file names.
    expect(listed.flatMap((s) => s.outlets).sort()).toEqual(['A', 'three', 'two'])
  })

  test('ingest: plain-text front-matter gives each file its outlet and date, stored as compare reads them', () => {
    // Problem 4: a plain-text file could carry an outlet or a date only through JSON Lines.
    const a = file('front-ingest/a.txt', `---\noutlet: Kyiv Post\npublishedAt: 2024-12-06T17:30:00+02:00\n---\n${ORESHNIK_EN}`)
    const b = file('front-ingest/b.txt', `---\noutlet: Right Times\ndate: 2024-12-07\n---\n${ORESHNIK_EN_2}`)
    const db = join(root, 'front-ingest.db')
    expect(cli(['ingest', a, b, '--db', db, '--quiet']).code).toBe(0)
    const [story, ...rest] = JSON.parse(cli(['stories', '--db', db, '--json']).stdout) as { id: string; outlets: string[] }[]
    expect(rest).toEqual([])
    expect(story?.outlets).toEqual(['Kyiv Post', 'Right Times'])
    const report = JSON.parse(cli(['show', story?.id ?? '', '--db', db, '--json']).stdout) as CoverageReport
    expect(report.articles.map((x) => [x.outlet, x.publishedAt, x.title])).toEqual([
      ['Kyiv Post', '2024-12-06T15:30:00Z', 'Lukashenko asks Putin for Oreshnik missiles'],
      ['Right Times', '2024-12-07', 'Putin promises Oreshnik deployment to Lukashenko'],
    ])
  })

  test('more names than documents is said on stderr', () => {
    const r = cli(['compare', SEED_A, SEED_B, '--json', '--outlet', 'A', '--outlet', 'B', '--outlet', 'C'])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('1 --outlet name(s) left over (more names than documents): "C"')
  })
})

describe('parallax stories with an outlet registry', () => {
  const db = join(root, 'blindspots.db')
  const ingest = () => {
    const dir = join(root, 'bs')
    file('bs/a-left.txt', ORESHNIK_EN)
    file('bs/b-right.txt', ORESHNIK_EN_2)
    file('bs/c-floods-right.txt', FLOODS)
    file('bs/d-floods-blog.txt', `${FLOODS} A local blog adds a line.`)
    const r = cli(['ingest', dir, '--db', db, '--quiet', '--outlets', REGISTRY, '--outlet', 'left-daily-file', '--outlet', 'RIGHT TIMES', '--outlet', 'right.example'])
    expect(r.code).toBe(0)
  }

  test('--json shows outlets by display name with their groups, coverage by group and blindspots per story', () => {
    ingest()
    const stories = JSON.parse(cli(['stories', '--db', db, '--json', '--outlets', REGISTRY]).stdout) as {
      title: string
      outlets: string[]
      outletDetails: { name: string; isKnown: boolean }[]
      coverageByGroup: { kind: string; values: { value: string; outlets: string[] }[] }[]
      blindspots: { kind: string; value: string }[]
    }[]
    const oreshnik = stories.find((s) => s.title.includes('Oreshnik'))
    const floods = stories.find((s) => s.title.startsWith('Floods'))
    expect(oreshnik?.outlets.sort()).toEqual(['Left Daily', 'Right Times'])
    expect(oreshnik?.coverageByGroup[0]).toEqual({ kind: 'lean', values: [{ value: 'left', outlets: ['Left Daily'] }, { value: 'right', outlets: ['Right Times'] }] })
    expect(oreshnik?.blindspots).toEqual([{ kind: 'state media', value: 'no' }])
    expect(floods?.outlets).toEqual(['Right Times', 'd-floods-blog'])
    expect(floods?.outletDetails.map((o) => o.isKnown)).toEqual([true, false])
    expect(floods?.blindspots).toEqual([{ kind: 'lean', value: 'right' }, { kind: 'state media', value: 'no' }])
  })

  test('--blindspots KIND lists only stories covered by one value of that kind; the table shows one line per kind', () => {
    const lean = JSON.parse(cli(['stories', '--db', db, '--json', '--outlets', REGISTRY, '--blindspots', 'lean']).stdout) as { title: string }[]
    expect(lean.map((s) => s.title)).toEqual(['Floods hit Valencia'])
    const any = JSON.parse(cli(['stories', '--db', db, '--json', '--outlets', REGISTRY, '--blindspots']).stdout) as { title: string }[]
    expect(any).toHaveLength(2)
    const table = cli(['stories', '--db', db, '--outlets', REGISTRY, '--blindspots', 'lean']).stdout
    expect(table).toContain('lean: right 1 · unknown 1  (only right)')
    expect(table).not.toContain('Oreshnik')
  })

  test('--blindspots needs a registry with that group kind', () => {
    const none = cli(['stories', '--db', db, '--blindspots'])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('--blindspots needs outlet groups (such as lean) in an outlet registry: no outlet registry found')
    const wrong = cli(['stories', '--db', db, '--outlets', REGISTRY, '--blindspots', 'owner'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('--blindspots: no group kind "owner" in the outlet registry (it has: lean, state media)')
  })

  test('show --outlets: the stored story report carries the registry info', () => {
    const stories = JSON.parse(cli(['stories', '--db', db, '--json']).stdout) as { id: string; title: string }[]
    const floods = stories.find((s) => s.title.startsWith('Floods'))
    const report = JSON.parse(cli(['show', floods?.id ?? '', '--db', db, '--json', '--outlets', REGISTRY]).stdout) as CoverageReport
    expect(report.outlets.map((o) => [o.name, o.isKnown])).toEqual([['Right Times', true], ['d-floods-blog', false]])
    expect(report.coverageByGroup[0]).toEqual({ kind: 'lean', values: [{ value: 'right', outlets: ['Right Times'] }, { value: 'unknown', outlets: ['d-floods-blog'] }] })
  })
})
