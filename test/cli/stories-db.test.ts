// Every `stories` subcommand acts on the database named by --db, wherever --db stands (issue 16: `stories regroup
// --db X` changed $PARALLAX_DB's store instead); a list cut by --limit says so; ingest reads with compare's flags.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCli, runCli, SEED_A, SEED_B, type CliResult } from './built-cli.js'

let bin = ''
const dir = mkdtempSync(join(tmpdir(), 'parallax-stories-db-'))
const db = join(dir, 'news.db')
// Where a subcommand that ignored --db would go instead: it must never be created.
const decoy = join(dir, 'decoy.db')

function cli(args: readonly string[]): CliResult {
  return runCli(bin, args, { env: { PARALLAX_DB: decoy, DATABASE_URL: '' } })
}

interface Row {
  readonly id: string
  readonly articles: number
}

function stories(): Row[] {
  const result = cli(['stories', '--db', db, '--json'])
  expect(result.code, result.stderr).toBe(0)
  return JSON.parse(result.stdout) as Row[]
}

beforeAll(() => {
  bin = buildCli()
  const ingested = cli(['ingest', '--db', db, '--quiet', SEED_A, SEED_B])
  expect(ingested.code, ingested.stderr).toBe(0)
}, 240_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('stories subcommands honour --db', () => {
  test('split, merge and regroup change the --db store, with --db after the subcommand or before it', () => {
    const [story] = stories()
    expect(story?.articles).toBe(2)
    const detail = JSON.parse(cli(['show', story!.id, '--db', db, '--json']).stdout) as { articles: { id: string }[] }
    const storedIds = readStoredArticleIds(story!.id)
    expect(detail.articles).toHaveLength(2)

    const split = cli(['stories', 'split', story!.id, storedIds[1]!, '--db', db])
    expect(split.code, split.stderr).toBe(0)
    const parts = stories()
    expect(parts.map((s) => s.articles).sort()).toEqual([1, 1])

    const merge = cli(['stories', '--db', db, 'merge', ...parts.map((s) => s.id)])
    expect(merge.code, merge.stderr).toBe(0)
    expect(stories().map((s) => s.articles)).toEqual([2])

    const regroup = cli(['stories', 'regroup', '--db', db])
    expect(regroup.code, regroup.stderr).toBe(0)
    expect(regroup.stdout).toMatch(/^regrouped: \d+ articles changed story\n$/)
    // The merge is a correction: it survives the regroup.
    expect(stories().map((s) => s.articles)).toEqual([2])
    expect(existsSync(decoy)).toBe(false)
  })

  test('--limit cuts the list with a note on stderr, and the JSON stays one array', () => {
    const [story] = stories()
    const storedIds = readStoredArticleIds(story!.id)
    expect(cli(['stories', 'split', story!.id, storedIds[0]!, '--db', db]).code).toBe(0)
    const cut = cli(['stories', '--db', db, '--json', '--limit', '1'])
    expect(cut.code).toBe(0)
    expect(JSON.parse(cut.stdout)).toHaveLength(1)
    expect(cut.stderr).toBe('parallax: showing the newest 1 stories; more match (--limit N to see more)\n')
    const whole = cli(['stories', '--db', db, '--json', '--limit', '2'])
    expect(JSON.parse(whole.stdout)).toHaveLength(2)
    expect(whole.stderr).toBe('')
  })
})

describe('ingest reads as compare does', () => {
  test('--max-bytes refuses a larger input by name; the rest is stored', () => {
    const small = join(dir, 'small.db')
    const size = readFileSync(SEED_A).byteLength
    const result = runCli(bin, ['ingest', '--db', small, '--quiet', '--max-bytes', String(size - 1), SEED_A, SEED_B], { env: { DATABASE_URL: '' } })
    expect(result.stderr).toContain(`skipped ${SEED_A}: `)
    expect(result.stderr).toMatch(/over the .* limit/)
  })
})

/** The stored article ids of a story, from `show --json` (report ids are a1, a2…; sources name the files). */
function readStoredArticleIds(storyId: string): string[] {
  const result = cli(['stories', '--db', db, '--json'])
  const rows = JSON.parse(result.stdout) as { id: string; outletDetails: { articleIds: string[] }[] }[]
  return rows.find((r) => r.id === storyId)?.outletDetails.flatMap((o) => o.articleIds) ?? []
}
