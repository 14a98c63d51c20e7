// Every `stories` subcommand acts on the database named by --db, wherever --db stands (issue 16: `stories regroup
// --db X` changed $PARALLAX_DB's store instead); a list cut by --limit says so; ingest reads with compare's flags.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DATABASE_URL, dropCreatedSchemas, freshSchemaUrl, SKIP_MESSAGE } from '../store/postgres-schema.js'
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

  test('regroup and split with --db before the subcommand (it failed with "no database")', () => {
    const regroup = cli(['stories', '--db', db, 'regroup'])
    expect(regroup.code, regroup.stderr).toBe(0)
    expect(regroup.stdout).toMatch(/^regrouped: \d+ articles changed story\n$/)
    const [story] = stories()
    const split = cli(['stories', '--db', db, 'split', story!.id, readStoredArticleIds(story!.id)[1]!])
    expect(split.code, split.stderr).toBe(0)
    expect(stories().map((s) => s.articles).sort()).toEqual([1, 1])
    const merge = cli(['stories', 'merge', ...stories().map((s) => s.id), '--db', db])
    expect(merge.code, merge.stderr).toBe(0)
    expect(stories().map((s) => s.articles)).toEqual([2])
    expect(existsSync(decoy)).toBe(false)
  })

  test('--limit cuts the list with a note on stderr naming the next page (--after), and the JSON stays one array', () => {
    const [story] = stories()
    const storedIds = readStoredArticleIds(story!.id)
    expect(cli(['stories', 'split', story!.id, storedIds[0]!, '--db', db]).code).toBe(0)
    const cut = cli(['stories', '--db', db, '--json', '--limit', '1'])
    expect(cut.code).toBe(0)
    const first = JSON.parse(cut.stdout) as { id: string }[]
    expect(first).toHaveLength(1)
    const note = /^parallax: showing the newest 1 stories; more match \(--after (\S+) for the next page, --limit N for more\)\n$/.exec(cut.stderr)
    expect(note, cut.stderr).not.toBeNull()
    const whole = cli(['stories', '--db', db, '--json', '--limit', '2'])
    const both = JSON.parse(whole.stdout) as { id: string }[]
    expect(both).toHaveLength(2)
    expect(whole.stderr).toBe('')
    // The next page is the second story, and the last: no note.
    const next = cli(['stories', '--db', db, '--json', '--limit', '1', '--after', note![1]!])
    expect((JSON.parse(next.stdout) as { id: string }[]).map((s) => s.id)).toEqual([both[1]!.id])
    expect(next.stderr).toBe('')
    expect(cli(['stories', '--db', db, '--after', 'nonsense']).code).toBe(2)
  })
})

// DATABASE_URL names the store when no --db is given, for the list and every correction; --db still wins over it.
if (DATABASE_URL === null) {
  describe.skip(SKIP_MESSAGE, () => {
    test('stories subcommands on DATABASE_URL', () => {})
  })
} else {
  const base = DATABASE_URL
  afterAll(() => dropCreatedSchemas(base))

  describe('stories subcommands honour DATABASE_URL', () => {
    test('list, split, merge and regroup act on the PostgreSQL store, never on $PARALLAX_DB; --db wins over DATABASE_URL', async () => {
      const url = await freshSchemaUrl(base, 'stories_db')
      const pgCli = (args: readonly string[]) => runCli(bin, args, { env: { PARALLAX_DB: decoy, DATABASE_URL: url } })
      const pgStories = (): Row[] => {
        const result = pgCli(['stories', '--json'])
        expect(result.code, result.stderr).toBe(0)
        return JSON.parse(result.stdout) as Row[]
      }
      const ingested = pgCli(['ingest', '--quiet', SEED_A, SEED_B])
      expect(ingested.code, ingested.stderr).toBe(0)
      const [story] = pgStories()
      expect(story?.articles).toBe(2)
      const rows = JSON.parse(pgCli(['stories', '--json']).stdout) as { outletDetails: { articleIds: string[] }[] }[]
      const articleId = rows[0]!.outletDetails.flatMap((o) => o.articleIds)[1]!

      const split = pgCli(['stories', 'split', story!.id, articleId])
      expect(split.code, split.stderr).toBe(0)
      const parts = pgStories()
      expect(parts.map((s) => s.articles).sort()).toEqual([1, 1])
      const merge = pgCli(['stories', 'merge', ...parts.map((s) => s.id)])
      expect(merge.code, merge.stderr).toBe(0)
      expect(pgStories().map((s) => s.articles)).toEqual([2])
      const regroup = pgCli(['stories', 'regroup'])
      expect(regroup.code, regroup.stderr).toBe(0)
      expect(regroup.stdout).toMatch(/^regrouped: \d+ articles changed story\n$/)
      expect(pgStories().map((s) => s.articles)).toEqual([2])

      // --db names a SQLite file although DATABASE_URL is set: ingest and the corrections go there, PostgreSQL
      // is untouched.
      const pgBefore = pgCli(['stories', '--json']).stdout
      const local = join(dir, 'local.db')
      const localStories = (): Row[] => JSON.parse(pgCli(['stories', '--db', local, '--json']).stdout) as Row[]
      expect(pgCli(['ingest', '--db', local, '--quiet', SEED_A, SEED_B]).code).toBe(0)
      const [whole] = localStories()
      const localRows = JSON.parse(pgCli(['stories', '--db', local, '--json']).stdout) as { outletDetails: { articleIds: string[] }[] }[]
      const localSplit = pgCli(['stories', 'split', whole!.id, localRows[0]!.outletDetails.flatMap((o) => o.articleIds)[0]!, '--db', local])
      expect(localSplit.code, localSplit.stderr).toBe(0)
      expect(pgCli(['stories', '--db', local, 'regroup']).code).toBe(0)
      expect(localStories().map((s) => s.articles)).toEqual([1, 1])
      expect(pgCli(['stories', '--json']).stdout).toBe(pgBefore)
      expect(existsSync(decoy)).toBe(false)
    }, 120_000)
  })
}

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
